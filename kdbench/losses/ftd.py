"""FTD — Full Topology Distillation (Kang et al., "Topology Distillation for Recommender
System", KDD 2021; SeongKu-Kang/Topology_Distillation_KDD21).

Entities: the batch's unique users, then unique(positives ∪ negatives); T [n, d_t],
S [n, d_s], C_X their cosine matrices [n, n]:

    L_FTD = Σ_{a,b} (C_T[a,b] − C_S[a,b])²

No modules. Computed through d×d Gram matrices (``functional.full_topology``), never
the n×n ones. λ has no recorded default; 1e-3 follows HTD. The batch size changes the
distilled topology. Reduction ``mean`` divides by n².
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.losses.base import register_loss
from kdbench.losses.embedding import EmbeddingDistill
from kdbench.losses.functional import full_topology
from kdbench.params import Param


@register_loss("ftd")
class FTD(EmbeddingDistill):
    paper = "Kang et al., Topology Distillation for Recommender System (FTD), KDD 2021"
    params = {
        "lambda": Param(1e-3, "λ: weight of FTD (no recorded default; HTD's 1e-3)", min=0),
        "reduction": Param(
            "sum", "sum (original) or mean over the n² entity pairs", str, choices=("sum", "mean")
        ),
    }

    def forward(self, batch: Batch) -> torch.Tensor:
        s_user, s_item = self.student_embeddings()
        users = batch.users.unique()
        items = torch.cat(self.batch_items(batch)).unique()
        t = torch.cat([self.t_user[users], self.t_item[items]])
        s = torch.cat([s_user[users], s_item[items]])
        loss = full_topology(t, s)
        return loss / t.shape[0] ** 2 if self.reduction == "mean" else loss
