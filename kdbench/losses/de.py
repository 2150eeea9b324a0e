"""DE — Distillation Experts (Kang et al., "DE-RRD", CIKM 2020; SeongKu-Kang/DE-RRD_CIKM20).

Each side (users, items) has M experts E_m: d_s → h → d_t and a selection net on the
frozen teacher embedding t_x. One expert is chosen per entity by Gumbel-softmax:

    log α = log_softmax(W·t_x)                     [n, M]
    z     = softmax((log α + Gumbel(0, 1)) / τ)     [n, M], τ annealed per epoch
    ŝ_x   = Σ_m z_m · E_m(s_x)                      [n, d_t]
    L(X)  = Σ_{x∈X} ||t_x − ŝ_x||²
    DE    = L(U_b) + 0.5 · (L(I⁺_b) + L(I⁻_b))      unique users / positives / negatives

The original takes log(softmax + 1e-10); we take log_softmax (equal wherever a
probability exceeds ~1e-8). Reduction ``mean`` divides each L(X) by |X|.
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.losses.base import DistillContext, lambda_space, register_loss
from kdbench.losses.embedding import TAU_PARAMS, EmbeddingDistill
from kdbench.losses.experts import Experts
from kdbench.losses.functional import reconstruction_error, reduce
from kdbench.params import Param, Space


@register_loss("de")
class DE(EmbeddingDistill):
    paper = "Kang et al., DE-RRD: Distillation Experts, CIKM 2020"
    variants = ("tau_schedule",)
    params = {
        "M": Param(
            30,
            "M: experts per side (users, items); KDs: 30 CiteULike, 5 Gowalla",
            int,
            min=1,
            space=Space.of(5, 10, 30),
        ),
        **TAU_PARAMS,
        "lambda": Param(
            0.01,
            "λ: weight of the DE term (paper 0.01; KDs CiteULike MF 0.05)",
            min=0,
            space=lambda_space(0.01),
        ),
        "reduction": Param(
            "sum",
            "sum (original) or mean: L(U_b), L(I⁺_b), L(I⁻_b) each divided by its entity count",
            str,
            choices=("sum", "mean"),
        ),
    }

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.user_experts = Experts(self.M, self.d_s, self.d_t, device=ctx.device)
        self.item_experts = Experts(self.M, self.d_s, self.d_t, device=ctx.device)

    def errors(self, experts: Experts, s: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """||t_x − ŝ_x||² per entity: s [n, d_s], t [n, d_t] → [n]."""
        return reconstruction_error(t, experts(s, t, self.tau_now, self.noise))

    def forward(self, batch: Batch) -> torch.Tensor:
        s_user, s_item = self.student_embeddings()
        users = batch.users.unique()
        pos, neg = self.batch_items(batch)
        # positives and negatives share the item experts: one call, independent noise per row
        items = torch.cat([pos, neg])
        e_user = self.errors(self.user_experts, s_user[users], self.t_user[users])
        e_pos, e_neg = self.errors(self.item_experts, s_item[items], self.t_item[items]).split(
            [len(pos), len(neg)]
        )
        r = self.reduction
        return reduce(e_user, r) + 0.5 * (reduce(e_pos, r) + reduce(e_neg, r))
