"""RRD — Relaxed Ranking Distillation (Kang et al., DE-RRD, CIKM'20).

Per user, the teacher's top-N (train items masked, computed once) gives

    interesting   [U, K]: K distinct ranks r ∈ {1..N} drawn with p(r) ∝ exp(−r / T),
                          sorted ascending (teacher order)           — rrd_variant: sampled
                          or the first K, deterministically          — rrd_variant: topk
    uninteresting [U, L]: uniform without replacement from items neither in train nor in
                          the top-N, rebuilt every epoch

and the student's raw scores must rank the interesting list in the teacher's order, above
every uninteresting item (a Plackett–Luce list likelihood):

    L_RRD = Σ_u −Σ_k [ s_{u,int_k} − log( Σ_{j≥k} e^{s_{u,int_j}} + Σ_l e^{s_{u,unint_l}} ) ]

on the unique users of the batch. The original exponentiates raw scores (KDs clamps them
at 80); kdbench shifts by the row maximum instead (``plackett_luce``), exact at any magnitude.
``rrd_variant: topk`` is the authors' later correction (DE-RRD and HetComp READMEs).
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
from kdbench.losses.functional import (
    pair_keys,
    plackett_luce,
    reduce,
    sample_items_excluding,
    sample_ranks,
)
from kdbench.params import Param, Space


@register_loss("rrd")
class RRD(DistillLoss):
    """Plackett–Luce over teacher-ranked interesting items above uninteresting ones."""

    paper = "Kang et al., DE-RRD, CIKM'20 (SeongKu-Kang/DE-RRD_CIKM20)"
    params = {
        "K": Param(
            40,
            "K: interesting items per user, from the teacher's top-N",
            int,
            min=1,
            items=True,
            space=Space.of(20, 40, 100),
        ),
        "L": Param(
            40,
            "L: uninteresting items per user (uniform, outside train ∪ top-N)",
            int,
            min=0,
            items=True,
            space=Space.of(40, 100, 200),
        ),
        "T": Param(
            10.0,
            "T: temperature of the rank distribution p(r) ∝ exp(−r/T)",
            min=1e-12,
            space=temperature_space(10.0),
        ),
        "N": Param(
            500,
            "N: length of the teacher's list the interesting items come from",
            int,
            min=1,
            items=True,
            space=Space.of(200, 500, 1000),
        ),
        "rrd_variant": Param(
            "sampled",
            "sampled: K ranks drawn with p(r) ∝ exp(−r/T) (paper); topk: the first K "
            "(authors' later correction)",
            str,
            choices=("sampled", "topk"),
        ),
        "unit": unit_param("unique_users"),
        "lambda": Param(
            1e-3, "λ: weight of the KD term (paper, CiteULike)", min=0, space=lambda_space(1e-3)
        ),
    }
    variants = ("rrd_variant",)

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        if hp["K"] > hp["N"]:
            raise ConfigError(
                f"{where}: K={hp['K']} must be <= N={hp['N']} (K ranks come from the top-N)"
            )

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        U = ctx.data.n_users
        self.top_N = ctx.topk(ctx.teacher, self.N, mask_train=True)  # [U, N], once
        users = torch.arange(U, device=ctx.device)[:, None].expand_as(self.top_N)
        # pairs that may never be uninteresting: train items and the teacher's top-N
        self._excluded = torch.unique(
            torch.cat([ctx.train.keys, pair_keys(users, self.top_N, ctx.data.n_items).ravel()])
        )
        if self.rrd_variant == "topk":
            self.interesting = self.top_N[:, : self.K]

    def on_epoch_start(self, epoch: int) -> None:
        data, gen = self.ctx.data, self.ctx.generator
        if self.rrd_variant == "sampled":
            ranks = sample_ranks(data.n_users, self.N, self.K, self.T, gen)  # [U, K] ascending
            self.interesting = torch.gather(self.top_N, 1, ranks)
        self.uninteresting = sample_items_excluding(
            data.n_users, data.n_items, self.L, self._excluded, gen
        )  # [U, L]
        self.items = torch.cat([self.interesting, self.uninteresting], 1)  # [U, K+L]

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        s = self.ctx.student.score_items(u, self.items[u])  # [U_b, K+L]
        return reduce(plackett_luce(s[:, : self.K], s[:, self.K :]), self.reduction, rows)
