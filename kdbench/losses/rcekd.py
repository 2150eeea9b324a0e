"""RCE-KD (Zhu & Zhang, ICLR'26; woriazzc/RCEKD): CE-KD split over two item sets, mixed
by how much of the teacher's top-K the student already covers.

Once:        Q^T = teacher top-K [U, K] (teacher order, train items kept by default).
Every epoch (no grad):

    P   = student top-mxK [U, mxK];  Q^S = P[:, :K]
    c_j = min(#{teacher items at student positions ≥ j}, cap)     items above many Q^T items
    w_j = exp((c_j + 1) / T_s)        (sample_rank: exp(−(j + 1) / T_s), the ablation)
    I   = L positions of P drawn ∝ w without replacement          [U, L]

Per batch, scores divided by τ before every softmax:

    L1 = CE_{Q^S}(t, s)
    L2 = CE_J(t, s),  J = I ∪ (Q^T \\ (Q^S ∪ I))
    γ  = exp(−β · |Q^T ∩ I| / K)      (gamma_overlap: student_topk uses |Q^T ∩ Q^S|)
    L_RCE = Σ_rows (1 − γ) · L1 + γ · L2

Early in training the overlap is ≈ 0, so γ ≈ 1 and L2 dominates; as the student absorbs
Q^T the weight moves to L1. Everything that depends on the teacher and the epoch's lists
alone (teacher scores, membership masks, γ) is computed once per epoch.
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
    blocked_counts,
    rcekd_gamma,
    rcekd_log_weights,
    rcekd_loss,
    reduce,
    rowwise_isin,
    sample_without_replacement,
)
from kdbench.params import Param, Space


@register_loss("rcekd")
class RCEKD(DistillLoss):
    """Rejuvenated CE-KD: CE on the student's top-K plus CE on sampled ∪ teacher items."""

    paper = "Zhu & Zhang, RCE-KD, ICLR'26 (woriazzc/RCEKD)"
    # defaults: the reference's CiteULike MF→MF configuration
    params = {
        "K": Param(
            50,
            "K: size of the teacher's and the student's top-K lists (mkd_K)",
            int,
            min=1,
            items=True,
            space=Space.of(20, 50, 100),
        ),
        "L": Param(
            50,
            "L: items sampled per user from the student's top-mxK (mkd_L)",
            int,
            min=0,
            items=True,
            space=Space.of(20, 50, 100),
        ),
        "mxK": Param(
            200,
            "mxK: length of the student's list the samples come from (mkd_mxK)",
            int,
            min=1,
            items=True,
            space=Space.of(200, 500),
        ),
        "T_s": Param(
            10.0,
            "T_s: temperature of the sampling weights (mkd_T)",
            min=1e-12,
            space=temperature_space(10.0),
        ),
        "tau": Param(
            1.0,
            "τ: softmax temperature on all scores (mkd_tau)",
            min=1e-12,
            space=temperature_space(1.0),
        ),
        "beta": Param(
            3.0,
            "β: γ = exp(−β · overlap), the mixing weight of L2 (mkd_beta)",
            min=0,
            space=Space.range(0.0, 10.0),
        ),
        "sample_rank": Param(
            False,
            "sample positions ∝ exp(−(j+1)/T_s) instead of the blocked counts (ablation)",
            bool,
        ),
        "count_cap": Param(
            50.0, "cap on the blocked counts c_j (hard-coded 50 in the reference)", min=0
        ),
        "gamma_overlap": Param(
            "sampled",
            "which overlap with Q^T sets γ: the sampled set I (reference) or the student's "
            "top-K Q^S (the method's description)",
            str,
            choices=("sampled", "student_topk"),
        ),
        "mask_train": Param(False, "drop train items from Q^T and P (reference: no)", bool),
        "unit": unit_param("rows"),
        "lambda": Param(
            500.0,
            "λ: weight of the KD term (reference, CiteULike MF→MF)",
            min=0,
            space=lambda_space(500.0),
        ),
    }
    variants = ("gamma_overlap", "mask_train", "sample_rank")

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        for key in ("K", "L"):
            if hp[key] > hp["mxK"]:
                raise ConfigError(f"{where}: {key}={hp[key]} must be <= mxK={hp['mxK']}")

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.QT = ctx.topk(ctx.teacher, self.K, self.mask_train)  # [U, K]
        self.t_QT = ctx.score_lists(ctx.teacher, self.QT)  # [U, K], once

    @torch.no_grad()
    def on_epoch_start(self, epoch: int) -> None:
        ctx, K = self.ctx, self.K
        P = ctx.topk(ctx.student, self.mxK, self.mask_train)  # [U, mxK], student order
        c = blocked_counts(rowwise_isin(P, self.QT), self.count_cap)  # [U, mxK]
        logw = rcekd_log_weights(c, self.T_s, self.sample_rank)
        A = sample_without_replacement(logw, self.L, ctx.generator)  # [U, L] positions
        self.I = torch.gather(P, 1, A)  # [U, L] sampled items
        self.QS = P[:, :K]
        t = ctx.score_lists(ctx.teacher, torch.cat([self.QS, self.I], 1))  # [U, K+L]
        m1 = rowwise_isin(self.QT, self.I)  # Q^T items among the sampled ones   [U, K]
        m2 = rowwise_isin(self.QT, self.QS)  # Q^T items in the student's top-K [U, K]
        self.gamma = rcekd_gamma(m1 if self.gamma_overlap == "sampled" else m2, self.beta)
        # per-batch lookups, one gather each: items Q^S | I | Q^T, and on J = I | Q^T the
        # teacher's scores and which positions count
        self.items = torch.cat([self.QS, self.I, self.QT], 1)  # [U, K+L+K]
        self.t_S = t[:, :K].contiguous()  # [U, K]
        self.t_J = torch.cat([t[:, K:], self.t_QT], 1)  # [U, L+K]
        self.keep_J = torch.cat([torch.ones_like(self.I, dtype=torch.bool), ~m1 & ~m2], 1)

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        K = self.K
        s = self.ctx.student.score_items(u, self.items[u])  # [U_b, K+L+K]
        per_user = rcekd_loss(
            s[:, :K], self.t_S[u], s[:, K:], self.t_J[u], self.keep_J[u], self.gamma[u], self.tau
        )
        return reduce(per_user, self.reduction, rows)
