"""CD — Collaborative Distillation (Lee et al., ICDM'19), in the KDs / UnKD form.

No official code; kdbench follows the KDs harness (also in the RCE-KD repository). Per
user, a guide ranks all items with train items masked and keeps its top-N (N = 3000):

    p(r) ∝ exp(−r / (N · T)),  r = 1..N                rank distribution over the list
    each draw: two ranks from p, keep the better one    until n_distill distinct items
    y = σ((t(u,i) + t2) / t1)                           teacher soft label
    L_CD = Σ_u Σ_i BCE(s(u,i), y) = Σ softplus(s) − y·s

The guide is the student, re-ranked every epoch (KDs default), the teacher, ranked once
(UnKD), or ``random``: n_distill uniform items drawn once, train items not masked (the
reference's third strategy). The teacher's labels on the sampled items are computed once
per list rebuild, not per batch.

Deviation exposed: the reference collects draws in a Python set of 0-d tensors, which
hashes by identity and never deduplicates, so it keeps the first n_distill draws, repeats
included (``distinct: false``); the default keeps n_distill distinct items, as the method
states. With the reference settings (n_distill = 2 among 3000) the two agree almost
always.

The reference writes the BCE as −[y·log(σ(s) + 1e-10) + (1 − y)·log(1 − σ(s) + 1e-10)];
the softplus form above equals it for −20 ≲ s ≲ 16, and keeps its gradient σ(s) − y at
larger |s|, where the reference's vanishes (σ(s) rounds to 1 in float32 from s ≈ 17 on;
the 1e-10 dominates below s ≈ −23).
"""

from __future__ import annotations

from typing import Any

import torch

from kdbench.backbones.base import Batch
from kdbench.errors import ConfigError
from kdbench.losses.base import (
    DistillContext,
    DistillLoss,
    lambda_space,
    register_loss,
    temperature_space,
    unit_param,
)
from kdbench.losses.functional import better_of_pairs, reduce, soft_bce
from kdbench.params import Param, Space


@register_loss("cd")
class CD(DistillLoss):
    """Rank-sampled items from the guide's top list, teacher soft labels, BCE."""

    paper = "Lee et al., Collaborative Distillation, ICDM'19 (KDs form)"
    params = {
        "n_distill": Param(
            2,
            "n_distill: items distilled per user per epoch",
            int,
            min=1,
            space=Space.of(1, 2, 5, 10),
        ),
        "N": Param(
            3000,
            "N: length of the guide's top list the items come from",
            int,
            min=1,
            items=True,
            space=Space.of(500, 1000, 3000),
        ),
        "T": Param(
            20.0,
            "T: rank temperature, p(r) ∝ exp(−r / (N·T))",
            min=1e-12,
            space=temperature_space(20.0),
        ),
        "t1": Param(
            2.0,
            "t1: label temperature, y = σ((t + t2) / t1)",
            min=1e-12,
            space=Space.range(0.5, 10.0, log=True),
        ),
        "t2": Param(0.0, "t2: label shift, y = σ((t + t2) / t1)"),
        "guide": Param(
            "student",
            "whose top-N is sampled: the student's, every epoch (KDs); the teacher's, "
            "once (UnKD); random: uniform items, once",
            str,
            choices=("student", "teacher", "random"),
        ),
        "distinct": Param(
            True,
            "n_distill distinct items (method); false: the first n_distill draws, "
            "repeats allowed (what the reference code does)",
            bool,
        ),
        "unit": unit_param("rows"),
        "lambda": Param(
            0.5, "λ: weight of the KD term (KDs, CiteULike MF)", min=0, space=lambda_space(0.5)
        ),
    }
    variants = ("guide", "distinct")

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        if hp["distinct"] and hp["guide"] != "random" and hp["n_distill"] > hp["N"]:
            raise ConfigError(
                f"{where}: n_distill={hp['n_distill']} distinct items cannot come from a "
                f"top-{hp['N']} list; lower n_distill or raise N"
            )

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.N = min(self.N, ctx.data.n_items)
        r = torch.arange(1, self.N + 1, dtype=torch.float32, device=ctx.device)
        self.rank_weights = torch.exp(-r / (self.N * self.T))  # [N]
        if self.guide != "student":
            self._build_lists()

    def _build_lists(self) -> None:
        ctx = self.ctx
        U = ctx.data.n_users
        if self.guide == "random":
            shape = (U, self.n_distill)
            self.items = torch.randint(
                ctx.data.n_items, shape, generator=ctx.generator, device=ctx.device
            )
        else:
            guide = ctx.student if self.guide == "student" else ctx.teacher
            top = ctx.topk(guide, self.N, mask_train=True)  # [U, N], best first
            pos = better_of_pairs(
                self.rank_weights, U, self.n_distill, ctx.generator, self.distinct
            )
            self.items = torch.gather(top, 1, pos)  # [U, n_distill]
        self.labels = torch.sigmoid(
            (ctx.score_lists(ctx.teacher, self.items) + self.t2) / self.t1
        )  # [U, n_distill], teacher-only: once per rebuild

    def on_epoch_start(self, epoch: int) -> None:
        if self.guide == "student":
            self._build_lists()

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        s = self.ctx.student.score_items(u, self.items[u])  # [U_b, n_distill]
        return reduce(soft_bce(s, self.labels[u]), self.reduction, rows)
