"""UnKD — Unbiased Knowledge Distillation (Chen et al., WSDM'23; chengang95/UnKD).

Popularity bias in the teacher's ranking is distilled away by comparing items only
within popularity groups:

    groups   items sorted by train popularity, cut into G groups of about equal total
             interactions (items with no train interaction are in none)
    lists    per user and group, the teacher's ranking of the group's non-train items,
             top 1000 kept (once)
    pairs    each epoch, per user and group: ranks (r_i, r_j), r_i < r_j, drawn with
             p(r) ∝ exp(−(r + 1) / 20), redrawn while equal; n_g pairs for group g
    L_UnKD = mean over a user's pairs of −log σ(s_ui − s_uj), reduced over batch rows

Pairs per group follow the reference code: shares ∝ (flipped, rounded group
popularity)^λ_g, normalised (λ_g = 0, every recorded config: equal shares).

Defaults are the official ones (G = 4, n_distill = 30, weight 1, mean over the batch);
the KDs / RCE-KD harness reimplementation sums over rows instead (``reduction: sum``,
CiteULike: G = 2, n_distill = 2, λ = 0.5). Lists are built for all users at once in
chunks and pairs drawn by inverse CDF, where the reference loops over users and groups
in Python.
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.eval.ranking import user_chunks
from kdbench.losses.base import (
    DistillContext,
    DistillLoss,
    register_loss,
    temperature_space,
    unit_param,
)
from kdbench.losses.functional import (
    bpr,
    distinct_rank_pairs,
    popularity_groups,
    reduce,
    unkd_group_pairs,
)
from kdbench.params import Param, Space


@register_loss("unkd")
class UnKD(DistillLoss):
    """Teacher-ordered item pairs within popularity groups, pairwise (BPR) loss."""

    paper = "Chen et al., Unbiased Knowledge Distillation for Recommendation, WSDM'23"
    params = {
        "G": Param(
            4,
            "G: popularity groups of about equal total interactions",
            int,
            min=1,
            space=Space.of(2, 4, 8),
        ),
        "n_distill": Param(
            30,
            "n: pairs per user per epoch, split over the groups",
            int,
            min=1,
            space=Space.of(10, 30, 60),
        ),
        "lambda_g": Param(
            0.0,
            "λ_g: group share exponent, shares ∝ popularity^λ_g (0: equal shares; no "
            "recorded default)",
            min=0,
            space=Space.range(0.0, 1.0),
        ),
        "N": Param(
            1000,
            "N: teacher's top items kept per user and group",
            int,
            min=2,
            space=Space.of(500, 1000, 2000),
        ),
        "T": Param(
            20.0,
            "T: rank temperature, p(r) ∝ exp(−(r + 1) / T)",
            min=1e-12,
            space=temperature_space(20.0),
        ),
        "unit": unit_param("rows"),
        "reduction": Param(
            "mean",
            "how per-row KD terms are reduced (official: mean; KDs harness: sum)",
            str,
            choices=("sum", "mean"),
        ),
    }
    variants = ("reduction", "lambda_g")

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        data, train = ctx.data, ctx.train
        counts = torch.bincount(train.indices, minlength=data.n_items)  # [I] popularity
        first_seen = torch.full((data.n_items,), len(train.indices), device=ctx.device)
        first_seen = first_seen.scatter_reduce(
            0, train.indices, torch.arange(len(train.indices), device=ctx.device), "amin"
        )
        self.group = group = popularity_groups(counts, first_seen, self.G)  # [I]
        self.pairs_per_group = unkd_group_pairs(counts, group, self.n_distill, self.lambda_g)
        n_groups = len(self.pairs_per_group)
        self.group_items = [(group == g).nonzero(as_tuple=True)[0] for g in range(n_groups)]
        # candidates per (user, group): group size minus the user's train items in it
        users = torch.repeat_interleave(
            torch.arange(data.n_users, device=ctx.device), train.lengths
        )
        g_of = group[train.indices]
        seen = g_of >= 0
        in_train = torch.bincount(
            users[seen] * n_groups + g_of[seen], minlength=data.n_users * n_groups
        ).view(data.n_users, n_groups)
        sizes = torch.tensor([len(x) for x in self.group_items], device=ctx.device)
        self.lengths = (sizes - in_train).clamp_max(self.N)  # [U, groups]
        self.lists = self._teacher_lists()

    @torch.no_grad()
    def _teacher_lists(self) -> list[torch.Tensor]:
        """Per group g, [U, min(N, |g|)]: each user's top non-train items of g by the teacher."""
        ctx, teacher = self.ctx, self.ctx.teacher
        data = ctx.data
        lists = [
            torch.empty(data.n_users, min(self.N, len(items)), dtype=torch.long, device=ctx.device)
            for items in self.group_items
        ]
        teacher.eval()
        for users in user_chunks(data.n_users, data.n_items, ctx.device, ctx.chunk_bytes):
            scores = teacher.score(users)  # [c, I]
            local, items = ctx.train.rows_of(users)
            scores[local, items] = -torch.inf
            for g, g_items in enumerate(self.group_items):
                top = torch.topk(scores[:, g_items], lists[g].shape[1], dim=1).indices
                lists[g][users] = g_items[top]
        return lists

    def on_epoch_start(self, epoch: int) -> None:
        gen = self.ctx.generator
        hi_items, lo_items, valid = [], [], []
        for g, n in enumerate(self.pairs_per_group):
            if n == 0:
                continue
            hi, lo, ok = distinct_rank_pairs(self.lengths[:, g], n, self.T, gen)  # [U, n]
            width = self.lists[g].shape[1]
            hi_items.append(torch.gather(self.lists[g], 1, hi.clamp_max(width - 1)))
            lo_items.append(torch.gather(self.lists[g], 1, lo.clamp_max(width - 1)))
            valid.append(ok[:, None].expand(-1, n))
        self.pos = torch.cat(hi_items, 1)  # [U, P] teacher-higher item of each pair
        self.neg = torch.cat(lo_items, 1)  # [U, P]
        self.valid = torch.cat(valid, 1).float()  # [U, P]

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        P = self.pos.shape[1]
        s = self.ctx.student.score_items(u, torch.cat([self.pos[u], self.neg[u]], 1))
        valid = self.valid[u]
        per_user = (bpr(s[:, :P], s[:, P:]) * valid).sum(1) / valid.sum(1).clamp_min(1)
        return reduce(per_user, self.reduction, rows)
