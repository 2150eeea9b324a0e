"""A tiny dataset, teacher and student for the list-based loss tests."""

from __future__ import annotations

import numpy as np
import torch

from kdbench.backbones.base import Batch
from kdbench.backbones.mf import MF
from kdbench.data import CSR, Interactions
from kdbench.losses import LOSSES, DistillContext, DistillLoss


def tiny_data(
    n_users: int = 7, n_items: int = 40, per_user: int = 5, seed: int = 0
) -> Interactions:
    rng = np.random.default_rng(seed)
    users, items = [], []
    for u in range(n_users):
        chosen = rng.choice(n_items, per_user + u % 3, replace=False)
        users += [u] * len(chosen)
        items += chosen.tolist()
    train = CSR.from_pairs(np.array(users), np.array(items), n_users)
    empty = CSR.from_pairs(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), n_users)
    return Interactions("tiny", n_users, n_items, train, empty, empty)


def setup_loss(name: str, data: Interactions | None = None, seed: int = 0, **params):
    """(loss after setup, context) with a frozen MF-8 teacher and an MF-4 student."""
    data = data or tiny_data()
    torch.manual_seed(seed)
    teacher = MF(data, dim=8, init_std=1.0).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = MF(data, dim=4, init_std=1.0)
    gen = torch.Generator()
    gen.manual_seed(seed)
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), gen)
    loss: DistillLoss = LOSSES.get(name)(**params)
    loss.setup(ctx)
    return loss, ctx


def batch_of(users: list[int]) -> Batch:
    u = torch.tensor(users)
    return Batch(u, torch.zeros_like(u), torch.zeros_like(u))


def full_scores(model: MF) -> torch.Tensor:
    """[U, I] every score (tests only: the data is tiny)."""
    return (model.user_emb @ model.item_emb.T).detach()


def train_sets(data: Interactions) -> list[set[int]]:
    return [set(data.train.row(u).tolist()) for u in range(data.n_users)]


def reference_rcekd_row_loss(s_S, t_S, s_I, t_I, s_T, t_T, m1, m2, beta, tau):
    """The RCE-KD reference code's per-row arithmetic (raw exp, masks zeroing exp terms),
    restated: [B, K] scores on Q^S, [B, L] on I, [B, K] on Q^T; m1 = Q^T ∈ I, m2 = Q^T ∈ Q^S."""
    eT_S = torch.exp(t_S / tau)
    loss_S = -(eT_S / eT_S.sum(-1, keepdim=True) * torch.log_softmax(s_S / tau, -1)).sum(-1)
    eT_I, eT_T = torch.exp(t_I / tau), torch.exp(t_T / tau)
    eT_T = eT_T * (~m1) * (~m2)
    Z_T = eT_I.sum(-1, keepdim=True) + eT_T.sum(-1, keepdim=True)
    prob = torch.cat([eT_I, eT_T], -1) / Z_T
    eS_T = torch.exp(s_T / tau) * (~m1) * (~m2)
    Z_S = torch.exp(s_I / tau).sum(-1, keepdim=True) + eS_T.sum(-1, keepdim=True)
    loss_T = -(prob * (torch.cat([s_I, s_T], -1) / tau - torch.log(Z_S))).sum(-1)
    w = torch.exp(-beta * m1.to(s_S.dtype).mean(-1))
    return (1 - w) * loss_S + w * loss_T
