"""RD — Ranking Distillation (Tang & Wang, KDD'18), in its collaborative-filtering form.

The teacher's top-K items C(u) are extra positives for the student, weighted by rank:

    w_a[r] = softmax_r(−r / T_rd)                                   static, r = 1..K
    rhat[u, r] = ⌊(I − 1) · #{j ∈ S_u : s_uj > s_{u, C_r}} / S⌋      student's rank estimate
    w_b[u, r] = max(0, tanh(μ · (rhat[u, r] − (r − 1))))            dynamic, from an epoch on
    L_RD = Σ_u Σ_r w[u, r] · (−log σ(s_{u, C_r})),   w = detach(w_a · w_b)

S_u: S items drawn uniformly (with replacement, as KDs) each epoch from those u has not
interacted with in train.
``rd_variant: kds`` is the KDs / UnKD reimplementation: rhat + 1 and w L1-renormalised per
user. The original takes the teacher's ranking without removing history items
(``mask_train: false``) and averages the loss over the batch (``reduction: mean``).
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.losses.base import (
    DistillContext,
    DistillLoss,
    register_loss,
    temperature_space,
    unit_param,
)
from kdbench.losses.functional import (
    rd_dynamic_weights,
    rd_loss,
    rd_rank_estimate,
    rd_static_weights,
    reduce,
    sample_items_excluding,
)
from kdbench.params import Param, Space


@register_loss("rd")
class RD(DistillLoss):
    """Teacher's top-K as rank-weighted extra positives (static + dynamic weights)."""

    paper = "Tang & Wang, Ranking Distillation, KDD'18 (graytowne/rank_distill)"
    params = {
        "K": Param(
            10,
            "K: teacher top-K items distilled per user",
            int,
            min=1,
            items=True,
            space=Space.of(10, 20, 30, 50),
        ),
        "T_rd": Param(
            1.0,
            "T_rd: temperature of the static weights w_a ∝ exp(−r/T_rd)",
            min=1e-12,
            space=temperature_space(1.0),
        ),
        "mu": Param(
            0.1,
            "μ: sharpness of the dynamic weights tanh(μ·(rhat − (r−1)))",
            min=0,
            space=Space.range(0.01, 1.0, log=True),
        ),
        "S": Param(
            100, "S: uniform items per user per epoch to estimate student ranks", int, min=1
        ),
        "dynamic_start_epoch": Param(
            10, "first epoch (0-based) using w_a·w_b; before it, w_a alone", int, min=0
        ),
        "rd_variant": Param(
            "original",
            "original: w = w_a·w_b as is; kds: rhat + 1 and w L1-renormalised per user (KDs, UnKD)",
            str,
            choices=("original", "kds"),
        ),
        "mask_train": Param(
            False, "drop train items from the teacher's top-K (original: no; KDs: yes)", bool
        ),
        "unit": unit_param("rows"),
        "reduction": Param(
            "mean",
            "how per-row KD terms are reduced (original: mean)",
            str,
            choices=("sum", "mean"),
        ),
    }
    variants = ("rd_variant", "mask_train")

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.C = ctx.topk(ctx.teacher, self.K, self.mask_train)  # [U, K], teacher order
        self.w_a = rd_static_weights(self.K, self.T_rd, ctx.device)  # [K]
        self._train_keys = ctx.train.keys  # sorted user·I + item of train pairs
        self.epoch = 0

    def on_epoch_start(self, epoch: int) -> None:
        self.epoch = epoch
        data = self.ctx.data
        self.S_items = sample_items_excluding(
            data.n_users,
            data.n_items,
            self.S,
            self._train_keys,
            self.ctx.generator,
            replacement=True,
        )  # [U, S]

    def weights(self, users: torch.Tensor, s_top: torch.Tensor) -> torch.Tensor:
        """[U_b] users, [U_b, K] student scores on C → [U_b, K] detached weights w."""
        w = self.w_a.expand_as(s_top)
        if self.epoch < self.dynamic_start_epoch:
            return w
        with torch.no_grad():
            s_sample = self.ctx.student.score_items(users, self.S_items[users])  # [U_b, S]
            rhat = rd_rank_estimate(s_top.detach(), s_sample, self.ctx.data.n_items)
            if self.rd_variant == "kds":
                rhat = rhat + 1
            w = w * rd_dynamic_weights(rhat, self.mu)
            if self.rd_variant == "kds":
                w = torch.nn.functional.normalize(w, p=1, dim=-1)
        return w

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        s_top = self.ctx.student.score_items(u, self.C[u])  # [U_b, K]
        return reduce(rd_loss(s_top, self.weights(u, s_top)), self.reduction, rows)
