"""Shared plumbing of the representation-distillation losses (DE, HTD, FTD): the frozen
teacher's embeddings cached once, the student's looked up per step, the batch's entities,
and the annealed Gumbel temperature."""

from __future__ import annotations

from typing import ClassVar

import torch

from kdbench.backbones.base import Backbone, Batch
from kdbench.errors import IncompatibleError
from kdbench.losses.base import DistillContext, DistillLoss
from kdbench.losses.functional import annealed_tau
from kdbench.params import Param

#: the Gumbel-softmax temperature schedule of DE and HTD's group assignment
TAU_PARAMS: dict[str, Param] = {
    "tau": Param(1.0, "τ0: Gumbel-softmax temperature at epoch 0 (throughout if fixed)", min=1e-30),
    "tau_min": Param(1e-10, "τ_end: the temperature the schedule anneals to", min=1e-30),
    "tau_epochs": Param(
        1000, "E_max: τ_e = τ0·(τ_end/τ0)^(e/E_max) reaches τ_end at epoch E_max", int, min=1
    ),
    "tau_schedule": Param(
        "anneal",
        "anneal τ per epoch (reference) or keep τ0 fixed",
        str,
        choices=("anneal", "fixed"),
    ),
}


class EmbeddingDistill(DistillLoss):
    """Base of losses on ``Backbone.embeddings()``: users [U, d] and items [I, d].

    The teacher's (propagated, for graph backbones) embeddings are computed once in
    ``setup``; the student's are read once per step, so LightGCN propagates once.
    """

    requires: ClassVar[frozenset[str]] = frozenset({"teacher", "embeddings"})

    @classmethod
    def check_compatible(
        cls, teacher: type[Backbone] | None, student: type[Backbone], where: str = ""
    ) -> None:
        """Also refuse a student trained on user rows (HSTU): the loss reads each batch's
        positive and negative items (``batch_items``), which such batches do not have."""
        super().check_compatible(teacher, student, where)
        if student.batch_unit != "interactions":
            prefix = f"{where}: " if where else ""
            raise IncompatibleError(
                f"{prefix}loss {cls.name!r} needs (user, positive, negative) batches, but the "
                f"student backbone {student.name!r} trains on user rows; use a pairwise "
                "student such as mf or lightgcn"
            )

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        with torch.no_grad():
            t_user, t_item = ctx.teacher.embeddings()
        self.t_user, self.t_item = t_user.detach(), t_item.detach()
        # Gumbel noise from its own stream, seeded from the run's seed, so the base
        # training samples (negatives, batch order) stay those of the no-KD student
        self.noise = torch.Generator(device=ctx.device)
        self.noise.manual_seed(ctx.generator.initial_seed() + 1)
        self.tau_now = float(self.hp.get("tau", 1.0))

    @property
    def d_t(self) -> int:
        return int(self.t_user.shape[1])

    @property
    def d_s(self) -> int:
        return self.ctx.student.dim

    def on_epoch_start(self, epoch: int) -> None:
        if self.hp.get("tau_schedule") == "anneal":
            self.tau_now = annealed_tau(epoch, self.tau, self.tau_min, self.tau_epochs)

    @staticmethod
    def batch_items(batch: Batch) -> tuple[torch.Tensor, torch.Tensor]:
        """(unique positives, unique negatives) of a pairwise batch."""
        if batch.pos is None or batch.neg is None:
            raise IncompatibleError(
                "representation distillation needs (user, positive, negative) batches; "
                "use a pairwise backbone such as mf or lightgcn"
            )
        return batch.pos.unique(), batch.neg.reshape(-1).unique()

    def student_embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The student's (users [U, d_s], items [I, d_s]), with gradient."""
        return self.ctx.student.embeddings()
