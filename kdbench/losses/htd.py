"""HTD — Hierarchical Topology Distillation (Kang et al., "Topology Distillation for
Recommender System", KDD 2021; SeongKu-Kang/Topology_Distillation_KDD21).

Entities: the batch's unique users, then unique(positives ∪ negatives); T [n, d_t],
S [n, d_s]. Each side has K experts and a selection net v(t) as in DE:

    GA  = Σ_{u∈U_b} ||t_u − ŝ_u||² + Σ_{i∈I_b} ||t_i − ŝ_i||²   (DE-style, no 0.5 factor)
    g   = argmax v(t) (no gradient); item groups offset by K → up to 2K groups
    P_T, P_S = group means (prototypes) of T, S; C_X = cosine matrix of X
    L_ent = Σ_{a,b same group, C_T[a,b] > 0} (C_S[a,b] − C_T[a,b])²
    L_grp = Σ_g Σ_a (cos(P_S[g], s_a) − cos(P_T[g], t_a))²      ("second", Group(P, e))
         or Σ_{g,g'} (cos(P_S[g], P_S[g']) − cos(P_T[g], P_T[g']))²  ("first", Group(P, P))
    TD  = L_ent + L_grp        (a plain sum of the two levels, as in the reference code)
    HTD = α·TD + (1 − α)·GA

Reference behaviour is the default: prototypes without gradient (``grad_prototypes``
lets P_S carry it; with ``first`` the reference's group term is a constant) and the
``> 0`` teacher-cosine filter on intra-group pairs (``pair_filter: none`` keeps them all).
Reduction ``mean`` divides each sum by its number of terms (entities, kept pairs,
group-entity cosines).
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.losses.base import DistillContext, lambda_space, register_loss
from kdbench.losses.embedding import TAU_PARAMS, EmbeddingDistill
from kdbench.losses.experts import Experts
from kdbench.losses.functional import (
    entity_topology,
    group_topology,
    reconstruction_error,
    reduce,
)
from kdbench.params import Param, Space


@register_loss("htd")
class HTD(EmbeddingDistill):
    paper = "Kang et al., Topology Distillation for Recommender System (HTD), KDD 2021"
    variants = ("choice", "grad_prototypes", "pair_filter", "tau_schedule")
    params = {
        "K": Param(
            30,
            "K: experts = groups per side (users, items)",
            int,
            min=1,
            space=Space.of(10, 30, 50),
        ),
        "alpha": Param(
            0.5,
            "α: HTD = α·TD + (1−α)·GA (TD notebook 0.5; KDs CiteULike 0.9)",
            min=0,
            max=1,
            space=Space.range(0.0, 1.0),
        ),
        "choice": Param(
            "second",
            "group-level topology: prototype vs entity (second) or prototype vs prototype (first)",
            str,
            choices=("second", "first"),
        ),
        "grad_prototypes": Param(
            False, "let the student's prototypes P_S carry gradient (reference: no)", bool
        ),
        "pair_filter": Param(
            "positive",
            "intra-group pairs kept: teacher cosine > 0 (reference) or all (none)",
            str,
            choices=("positive", "none"),
        ),
        **TAU_PARAMS,
        "lambda": Param(
            1e-3,
            "λ: weight of HTD (TD notebook 1e-3; KDs CiteULike MF 0.5)",
            min=0,
            space=lambda_space(1e-3),
        ),
        "reduction": Param(
            "sum",
            "sum (original) or mean: GA, L_ent, L_grp each divided by its number of terms",
            str,
            choices=("sum", "mean"),
        ),
    }

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        # h = (d_s + d_t) // 2 always: the TD code has no self-distillation rule
        h = (self.d_s + self.d_t) // 2
        self.user_experts = Experts(self.K, self.d_s, self.d_t, hidden=h, device=ctx.device)
        self.item_experts = Experts(self.K, self.d_s, self.d_t, hidden=h, device=ctx.device)

    def forward(self, batch: Batch) -> torch.Tensor:
        ga, ent, grp = self.terms(batch)
        return self.alpha * (ent + grp) + (1 - self.alpha) * ga

    def terms(self, batch: Batch) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(GA, L_ent, L_grp) of ``batch``, each reduced as ``reduction`` says."""
        s_user, s_item = self.student_embeddings()
        users = batch.users.unique()
        items = torch.cat(self.batch_items(batch)).unique()
        s_u, s_i = s_user[users], s_item[items]
        t_u, t_i = self.t_user[users], self.t_item[items]
        r = self.reduction

        # adaptive group assignment: DE on users and items
        ga = reduce(
            reconstruction_error(t_u, self.user_experts(s_u, t_u, self.tau_now, self.noise)), r
        ) + reduce(
            reconstruction_error(t_i, self.item_experts(s_i, t_i, self.tau_now, self.noise)), r
        )

        # topology distillation inside and across the groups the gates assign
        groups = torch.cat([self.user_experts.assign(t_u), self.item_experts.assign(t_i) + self.K])
        t, s = torch.cat([t_u, t_i]), torch.cat([s_u, s_i])
        ent, n_pairs = entity_topology(t, s, groups, self.pair_filter)
        grp, n_terms = group_topology(t, s, groups, self.choice, self.grad_prototypes)
        if r == "mean":
            ent, grp = ent / n_pairs.clamp_min(1), grp / n_terms
        return ga, ent, grp
