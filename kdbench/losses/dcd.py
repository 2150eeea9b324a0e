"""DCD — Dual Correction Distillation (Lee & Kim, CIKM'21), user side.

The teacher's top-N (N = mxK = 500, train items masked) is computed once; its rank
rank_T = 0..N−1. Every epoch the student ranks all items, and for those N items

    d = rank_S − rank_T                            (rank_S: #items the student scores higher)
    w_under = max(tanh(max(d / T, 0)), 1e-5)       items the student ranks too low
    w_over  = max(tanh(max(−d / T, 0)), 1e-5)      items the student ranks too high

K under- and K over-estimated items are drawn without replacement, independently (an item
may be in both). On the unique batch users, the under list, in draw order, must rank
above the over list (Plackett–Luce):

    L_DCD = Σ_u −Σ_k [ s_{u,under_k} − log( Σ_{j≥k} e^{s_{u,under_j}} + Σ_l e^{s_{u,over_l}} ) ]

As in the reference, the student's rank counts every item, train items included
(``rank_mask_train: true`` leaves them out, as the teacher's list does).

Cost: the student's rank of N items per user needs only its top-(N + ⌈10·T⌉) per user,
taken in user chunks: beyond that, d / T ≥ 10 and w_under is exactly 1 in float32 (and
w_over its floor), so the weights equal those of a full ranking; no users × items
matrix, no full sort. The reference clamps scores at 80 before a raw ``exp``; kdbench's
Plackett–Luce is exact at any magnitude.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from kdbench.backbones.base import Batch
from kdbench.errors import ConfigError
from kdbench.eval.ranking import user_chunks
from kdbench.losses.base import (
    DistillContext,
    DistillLoss,
    lambda_space,
    register_loss,
    temperature_space,
    unit_param,
)
from kdbench.losses.functional import (
    count_higher,
    dcd_weights,
    plackett_luce,
    reduce,
    sample_without_replacement,
)
from kdbench.params import Param, Space


@register_loss("dcd")
class DCD(DistillLoss):
    """Under-estimated items must outrank over-estimated ones (Plackett–Luce)."""

    paper = "Lee & Kim, Dual Correction Strategy for Ranking Distillation, CIKM'21"
    params = {
        "K": Param(
            100,
            "K: under- and K over-estimated items drawn per user",
            int,
            min=1,
            items=True,
            space=Space.of(20, 50, 100),
        ),
        "T": Param(
            10.0,
            "T: temperature of the rank-gap weights tanh(d / T)",
            min=1e-12,
            space=temperature_space(10.0),
        ),
        "mxK": Param(
            500,
            "N: length of the teacher's list (train masked)",
            int,
            min=1,
            items=True,
            space=Space.of(200, 500, 1000),
        ),
        "rank_mask_train": Param(
            False, "leave train items out of the student's rank (reference: no)", bool
        ),
        "unit": unit_param("unique_users"),
        "lambda": Param(
            0.01, "λ: weight of the KD term (KDs, CiteULike MF)", min=0, space=lambda_space(0.01)
        ),
    }
    variants = ("rank_mask_train",)

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        if hp["K"] > hp["mxK"]:
            raise ConfigError(
                f"{where}: K={hp['K']} must be <= mxK={hp['mxK']} (drawn without replacement "
                "from the teacher's top-mxK)"
            )

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.top = ctx.topk(ctx.teacher, self.mxK, mask_train=True)  # [U, N], once
        self.rank_T = torch.arange(self.mxK, device=ctx.device)  # [N]

    @torch.no_grad()
    def student_ranks(self) -> torch.Tensor:
        """[U, N] the student's 0-based rank of the teacher's top-N items, capped where
        the weights no longer change (see the module docstring)."""
        ctx, student = self.ctx, self.ctx.student
        data = ctx.data
        cap = self.mxK + math.ceil(10 * self.T)
        out = torch.empty_like(self.top)
        was = student.training
        student.eval()
        chunks = user_chunks(
            data.n_users, data.n_items, ctx.device, ctx.chunk_bytes, student.score_dim
        )
        for users in chunks:
            scores = student.score(users)  # [c, I]
            if self.rank_mask_train:
                local, items = ctx.train.rows_of(users)
                scores[local, items] = -torch.inf
            query = torch.gather(scores, 1, self.top[users])
            out[users] = count_higher(scores, query, cap)
        student.train(was)
        return out

    def on_epoch_start(self, epoch: int) -> None:
        d = (self.student_ranks() - self.rank_T).float()  # [U, N]
        gen = self.ctx.generator
        under = sample_without_replacement(dcd_weights(d, self.T).log(), self.K, gen)
        over = sample_without_replacement(dcd_weights(-d, self.T).log(), self.K, gen)
        self.under = torch.gather(self.top, 1, under)  # [U, K], draw order
        self.over = torch.gather(self.top, 1, over)  # [U, K]

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        items = torch.cat([self.under[u], self.over[u]], 1)  # [U_b, 2K]
        s = self.ctx.student.score_items(u, items)
        return reduce(plackett_luce(s[:, : self.K], s[:, self.K :]), self.reduction, rows)
