"""No KD: the student trained from scratch on its base loss alone (the baseline row)."""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.losses.base import DistillLoss, register_loss


@register_loss("student")
class Student(DistillLoss):
    """The student alone, trained on its base loss (λ = 0: the trainer skips the KD term)."""

    paper = "no distillation (student trained from scratch)"
    requires = frozenset()

    def forward(self, batch: Batch) -> torch.Tensor:
        return torch.zeros((), device=batch.users.device)
