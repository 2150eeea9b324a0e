"""Vanilla KD for ranking: soft cross-entropy between teacher and student over a top-K list.

The form of the RCE-KD / KDs reference code (class ``KD``): Q(u) = the guide's top-K,

    L_CE = Σ_rows CE_{Q(u)}(t/τ, s/τ),   CE_Q(t, s) = −Σ_{i∈Q} softmax(t_Q)_i · log_softmax(s_Q)_i

with no τ² factor. The reference ranks every item, train items included, when it builds
Q(u) (``get_topk_dict`` takes ``topk`` of the raw score matrix), so ``mask_train`` is
off by default.
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Backbone, Batch
from kdbench.losses.base import (
    DistillContext,
    DistillLoss,
    register_loss,
    temperature_space,
    unit_param,
)
from kdbench.losses.functional import reduce, soft_ce
from kdbench.params import Param, Space


@register_loss("ce")
class CE(DistillLoss):
    """Soft cross-entropy on the guide's top-K list Q(u)."""

    paper = "Hinton et al., 2015 (ranking form of the RCE-KD reference code)"
    params = {
        "K": Param(
            50,
            "K: size of the guide's top-K list Q(u)",
            int,
            min=1,
            items=True,
            space=Space.of(10, 20, 50, 100, 200),
        ),
        "tau": Param(
            1.0,
            "τ: softmax temperature on both score lists",
            min=1e-12,
            space=temperature_space(1.0),
        ),
        "guide": Param(
            "student",
            "whose top-K forms Q(u): the student's, refreshed every epoch (reference), "
            "or the teacher's, once",
            str,
            choices=("student", "teacher"),
        ),
        "mask_train": Param(False, "drop train items from Q(u) (reference: no)", bool),
        "unit": unit_param("rows"),
    }
    variants = ("guide", "mask_train")

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        if self.guide == "teacher":
            self._build_lists(ctx.teacher)

    def _build_lists(self, guide: Backbone) -> None:
        self.Q = self.ctx.topk(guide, self.K, self.mask_train)  # [U, K]
        self.t_Q = self.ctx.score_lists(self.ctx.teacher, self.Q)  # [U, K], frozen teacher

    def on_epoch_start(self, epoch: int) -> None:
        if self.guide == "student":
            self._build_lists(self.ctx.student)

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        s = self.ctx.student.score_items(u, self.Q[u])  # [U_b, K]
        return reduce(soft_ce(s, self.t_Q[u], self.tau), self.reduction, rows)
