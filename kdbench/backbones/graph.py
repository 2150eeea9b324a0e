"""LightGCN's graph operators, kept sparse (never a dense (U+I)² matrix).

Â = D^{-1/2} A D^{-1/2} with A = [[0, R], [Rᵀ, 0]] the user–item bipartite adjacency of
the train split, and the layer-mean propagation P = (1/(L+1)) Σ_{l=0..L} Âˡ as one autograd
function: P is symmetric because Â is, so its backward is P applied to the gradient, and
nothing but Â has to be kept for it.

On CUDA the sparse product of PyTorch (cuSPARSE's CSR SpMM) is not deterministic: the same
Â·x differed between three calls on an H200 (torch 2.11), and PyTorch's deterministic mode
does not flag it. There, while deterministic algorithms are on (the trainer's default),
each product is a gather and a per-row segment sum instead: same values to float32
rounding, bit-identical between calls, 5-10× the product's time (2.5 vs 0.46 ms for Â·x at
CiteULike-t, d = 2000; benchmarks/cuda_check.txt), still a small part of an epoch.
"""

from __future__ import annotations

import warnings

import numpy as np
import torch

from kdbench.data import CSR


def normalized_adjacency(train: CSR, n_users: int, n_items: int) -> torch.Tensor:
    """Â [(U+I), (U+I)] as a float32 sparse CSR tensor; users first, then items.

    Duplicate train pairs are summed (as the reference's COO/scipy builds do); a node of
    degree 0 gets 0 in D^{-1/2}. Memory: 2·|train| entries (Gowalla: ~1.6M, ~20 MB).
    """
    users, items = train.pairs()
    n = n_users + n_items
    rows = np.concatenate([users, items + n_users])
    cols = np.concatenate([items + n_users, users])
    index = torch.from_numpy(np.stack([rows, cols]))
    ones = torch.ones(index.shape[1], dtype=torch.float32)
    with warnings.catch_warnings():
        # torch 2.11 warns that invariant checks are off even where they are asked for
        warnings.filterwarnings("ignore", message="Sparse invariant checks are implicitly")
        warnings.filterwarnings("ignore", message="Sparse CSR tensor support is in beta")
        coo = torch.sparse_coo_tensor(index, ones, (n, n), check_invariants=True).coalesce()
        idx, val = coo.indices(), coo.values()
        deg = torch.zeros(n, dtype=torch.float32).index_add_(0, idx[0], val)
        d_inv_sqrt = torch.where(deg > 0, deg.clamp_min(1e-12).rsqrt(), torch.zeros_like(deg))
        val = d_inv_sqrt[idx[0]] * val * d_inv_sqrt[idx[1]]
        csr = torch.sparse_coo_tensor(idx, val, (n, n), is_coalesced=True, check_invariants=True)
        return csr.to_sparse_csr()


def layer_mean(
    adj: torch.Tensor, x: torch.Tensor, layers: int, workspace: dict | None = None
) -> torch.Tensor:
    """P·x = (1/(L+1)) Σ_{l=0..L} Âˡ x for x [(U+I), d], without autograd.

    Horner's rule, h ← c·x + Â h with c = 1/(L+1), starting from h = c·x: L sparse
    products, each one ``addmm`` writing into a preallocated buffer. ``workspace`` (a dict)
    keeps the two scratch buffers between calls: on CPU, allocating a fresh ~n·d·4-byte
    tensor per product costs as much as the product itself (page faults).
    """
    if layers == 0:
        return x.clone()
    ws = workspace if workspace is not None else {}
    for key in ("cx", "tmp"):
        buf = ws.get(key)
        if buf is None or buf.shape != x.shape or buf.dtype != x.dtype or buf.device != x.device:
            ws[key] = torch.empty_like(x)
    cx, tmp = ws["cx"], ws["tmp"]
    torch.mul(x, 1.0 / (layers + 1), out=cx)
    out = torch.empty_like(x)
    prev = cx
    segments = _segments(adj)
    for layer in range(1, layers + 1):
        # alternate buffers so that the last product lands in the fresh `out`
        dest = out if (layers - layer) % 2 == 0 else tmp
        if segments:
            torch.add(cx, segment_product(adj, prev), out=dest)
        else:
            torch.addmm(cx, adj, prev, out=dest)
        prev = dest
    return out


def _segments(adj: torch.Tensor) -> bool:
    """Whether the products go through :func:`segment_product` (see the module's note)."""
    return adj.is_cuda and torch.are_deterministic_algorithms_enabled()


def segment_product(adj: torch.Tensor, x: torch.Tensor, chunk_bytes: int = 2**28) -> torch.Tensor:
    """Â·x for a CSR ``adj``, deterministically: each row's Σ_j Â_ij x_j is one segment sum
    over the gathered rows x_j (``torch.segment_reduce`` adds a segment in a fixed order,
    where the CSR SpMM of CUDA does not). Columns go in chunks so that the gathered
    [nnz, chunk] block stays under ``chunk_bytes``."""
    crow, col, val = adj.crow_indices(), adj.col_indices(), adj.values()
    step = max(1, chunk_bytes // max(1, col.numel() * x.element_size()))
    parts = [
        torch.segment_reduce(val[:, None] * x[col, j : j + step], "sum", offsets=crow, axis=0)
        for j in range(0, x.shape[1], step)
    ]
    return parts[0] if len(parts) == 1 else torch.cat(parts, dim=1)


class LayerMean(torch.autograd.Function):
    """Autograd wrapper of :func:`layer_mean`: y = P x, ∂L/∂x = P ∂L/∂y (P symmetric)."""

    @staticmethod
    def forward(ctx, x: torch.Tensor, adj: torch.Tensor, layers: int, workspace: dict | None):
        ctx.adj, ctx.layers, ctx.workspace = adj, layers, workspace
        return layer_mean(adj, x, layers, workspace)

    @staticmethod
    def backward(ctx, grad: torch.Tensor):
        return layer_mean(ctx.adj, grad.contiguous(), ctx.layers, ctx.workspace), None, None, None
