"""Chunked full-ranking: score users against every item, mask, take the top-K.

Shared by evaluation and by the losses' per-epoch top-K lists; never holds a
users × items matrix, only one chunk of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import torch

from kdbench.data import CSR

DEFAULT_CHUNK_BYTES = 256 * 2**20
#: CPU: a block of scores this large stays in cache from scoring through masking to top-K
CPU_BLOCK_BYTES = 8 * 2**20


class DeviceCSR:
    """A CSR split as tensors on ``device``, for batched masking and membership."""

    def __init__(self, csr: CSR, n_items: int, device: torch.device | str) -> None:
        self.indptr = torch.as_tensor(csr.indptr, device=device)
        self.indices = torch.as_tensor(csr.indices, device=device)
        self.lengths = self.indptr[1:] - self.indptr[:-1]
        self.n_items = n_items
        #: [nnz] the user of every stored pair, in storage order
        self.row_ids = torch.repeat_interleave(
            torch.arange(len(self.lengths), device=device), self.lengths
        )
        # sorted (user * I + item) keys: membership by binary search
        self.keys = torch.sort(self.row_ids * n_items + self.indices).values

    def rows_of(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """For users [c]: (local row index [m], item [m]) of every stored pair of theirs.

        A contiguous ascending range of users (what ``user_chunks`` yields) is one slice
        of the CSR arrays; other user sets take one ``repeat_interleave``.
        """
        c = len(users)
        if c and int(users[-1] - users[0]) == c - 1 and bool((users[1:] > users[:-1]).all()):
            first = int(users[0])
            lo, hi = int(self.indptr[first]), int(self.indptr[first + c])
            return self.row_ids[lo:hi] - first, self.indices[lo:hi]
        lens = self.lengths[users]
        local = torch.repeat_interleave(torch.arange(c, device=users.device), lens)
        # position of each pair = its row's start + its rank within the row
        shift = (self.indptr[users] - (torch.cumsum(lens, 0) - lens))[local]
        return local, self.indices[torch.arange(len(local), device=users.device) + shift]

    def dense(self, users: torch.Tensor) -> torch.Tensor:
        """[c, I] bool: which items each user has in this split."""
        out = torch.zeros(len(users), self.n_items, dtype=torch.bool, device=users.device)
        local, items = self.rows_of(users)
        out[local, items] = True
        return out

    def contains(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """Elementwise membership of (users, items), any matching shapes."""
        q = users * self.n_items + items
        pos = torch.searchsorted(self.keys, q).clamp_max(max(len(self.keys) - 1, 0))
        return self.keys[pos] == q if len(self.keys) else torch.zeros_like(q, dtype=torch.bool)


def user_chunks(
    n_users: int,
    n_items: int,
    device: torch.device | str,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    width: int | None = None,
) -> Iterator[torch.Tensor]:
    """User-id chunks sized so a chunk of float32 scores stays within ``chunk_bytes``.

    ``width``: the scorer's dot-product width d, when known. On CPU a chunk then holds
    max(CPU_BLOCK_BYTES of scores, 2·d) users: small blocks stay in cache between the
    passes over them, and 2·d users amortise re-reading the [I, d] item table per chunk
    (``benchmarks/ranking_chunked.txt``: 2.3× faster for MF-20, the same for MF-400).
    """
    row_bytes = 4 * max(n_items, 1)
    size = max(1, chunk_bytes // row_bytes)
    if width is not None and torch.device(device).type == "cpu":
        size = min(size, max(CPU_BLOCK_BYTES // row_bytes, 2 * width, 1))
    for start in range(0, n_users, size):
        yield torch.arange(start, min(start + size, n_users), device=device)


@torch.no_grad()
def chunked_topk(
    score_fn: Callable[[torch.Tensor], torch.Tensor],
    n_users: int,
    n_items: int,
    k: int,
    exclude: DeviceCSR | None,
    device: torch.device | str,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    width: int | None = None,
) -> torch.Tensor:
    """[n_users, k] item ids of each user's top-k, best first, ``exclude`` items masked
    (``width``: see ``user_chunks``)."""
    out = torch.empty(n_users, k, dtype=torch.long, device=device)
    for users in user_chunks(n_users, n_items, device, chunk_bytes, width):
        scores = score_fn(users)
        if exclude is not None:
            local, items = exclude.rows_of(users)
            scores[local, items] = -torch.inf
        out[users] = torch.topk(scores, k, dim=1, sorted=True).indices
    return out
