"""Per-epoch batch construction, vectorised: no Python loop over users or items."""

from __future__ import annotations

from collections.abc import Iterator

import torch

from kdbench.backbones.base import Batch
from kdbench.eval.ranking import DeviceCSR


def sample_negatives(
    train: DeviceCSR, users: torch.Tensor, generator: torch.Generator, n: int = 1
) -> torch.Tensor:
    """[B] users → [B, n] items drawn uniformly from each user's non-train items.

    Rejection sampling: draw uniformly over all items, redraw the rejected ones.
    """
    shape = (len(users), n)
    items = torch.randint(train.n_items, shape, generator=generator, device=users.device)
    u = users[:, None].expand(shape)
    bad = train.contains(u, items)
    while bad.any():
        idx = bad.nonzero(as_tuple=True)
        items[idx] = torch.randint(
            train.n_items, (len(idx[0]),), generator=generator, device=users.device
        )
        bad[idx] = train.contains(u[idx], items[idx])
    return items


def bpr_batches(train: DeviceCSR, batch_size: int, generator: torch.Generator) -> Iterator[Batch]:
    """One epoch of (u, i⁺, j) rows: every train pair once, a fresh uniform negative each,
    shuffled, in batches of ``batch_size`` rows."""
    users = torch.repeat_interleave(
        torch.arange(len(train.lengths), device=train.indices.device), train.lengths
    )
    neg = sample_negatives(train, users, generator)[:, 0]
    perm = torch.randperm(len(users), generator=generator, device=users.device)
    for start in range(0, len(perm), batch_size):
        idx = perm[start : start + batch_size]
        yield Batch(users[idx], train.indices[idx], neg[idx])


def user_batches(
    n_users: int, batch_size: int, generator: torch.Generator, device: torch.device
) -> Iterator[Batch]:
    """One epoch of user rows (sequence backbones), shuffled; each batch carries
    ``generator`` for the backbone's own sampling (HSTU's negatives)."""
    perm = torch.randperm(n_users, generator=generator, device=device)
    for start in range(0, n_users, batch_size):
        yield Batch(perm[start : start + batch_size], generator=generator)
