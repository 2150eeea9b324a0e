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
#: ``topk_indices``: columns per group of its group-maxima filter
TOPK_BLOCK = 32


def topk_indices(scores: torch.Tensor, k: int) -> torch.Tensor:
    """``torch.topk(scores, k, dim=1).indices`` for [c, n] scores, the same tensor, faster
    on the CPU when k ≪ n.

    ``torch.topk`` on the CPU copies and selects over every entry of a row: about 3x the
    cost of the scoring GEMM that produced it (MF-20 on CiteULike-t, k = 20;
    benchmarks/topk_indices.txt, where this takes 30-40% off at k = 10-20). Here the
    columns are dealt into groups (column j into group j mod g, g = n // ``TOPK_BLOCK``:
    each group holds ``TOPK_BLOCK`` columns g apart, so its maximum is an elementwise max
    over contiguous slices), and a group's maximum bounds its entries: a row's k best
    entries lie in the k groups with the highest maxima. One pass takes the maxima, then
    ``torch.topk`` runs over the maxima and over those k groups' entries only. Where the
    k + 1 best values hold equal (or NaN) scores, or a group left out has a maximum equal
    to the k-th value, the order among equals would be the selection algorithm's, so
    those rows are given to ``torch.topk`` itself: every row's result is what
    ``torch.topk`` returns (tested, ties and masked rows included).
    """
    c, n = scores.shape
    B = TOPK_BLOCK
    g = n // B
    # few groups per k: no cheaper; a GPU's torch.topk is one kernel (not measured there)
    if k >= n or g < 16 * k or c == 0 or scores.device.type != "cpu":
        return torch.topk(scores, k, dim=1).indices
    # [c, B, g] view: entry (r, i, j) is column i·g + j; the n − B·g last columns are
    # folded into the groups of their j = column − B·g
    maxima = scores.as_strided((c, B, g), (scores.stride(0), g, 1)).amax(1)  # [c, g]
    rest = n - B * g
    if rest:
        maxima[:, :rest] = torch.maximum(maxima[:, :rest], scores[:, B * g :])
    groups = torch.topk(maxima, k, dim=1, sorted=False).indices  # [c, k]
    cols = groups[:, :, None] + g * torch.arange(B + 1, device=scores.device)  # [c, k, B+1]
    cols = cols.view(c, k * (B + 1))
    beyond = cols >= n  # a group's (B+1)-th column exists for j < rest only
    values = scores.gather(1, cols.clamp_max(n - 1)).masked_fill_(beyond, -torch.inf)
    best = torch.topk(values, k + 1, dim=1)  # [c, k + 1], sorted
    out = cols.gather(1, best.indices[:, :k])
    v = best.values
    kth = v[:, k - 1 : k]
    open_rows = (v[:, 1:] == v[:, :-1]).any(1) | v.isnan().any(1)
    open_rows |= (maxima == kth).sum(1) != (maxima.gather(1, groups) == kth).sum(1)
    if open_rows.any():
        rows = open_rows.nonzero().squeeze(1)
        out[rows] = torch.topk(scores[rows], k, dim=1).indices
    return out


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
        out[users] = topk_indices(scores, k)
    return out
