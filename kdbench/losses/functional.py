"""Pure tensor-in/tensor-out cores of the KD losses, reusable in any training loop.

Every function is numerically stable (log-sum-exp, softplus; never a raw ``exp`` of a
score) and documents its shapes. B = rows, K/L = list lengths.
"""

from __future__ import annotations

import torch

NEG_INF = float("-inf")


def soft_ce(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    tau: float = 1.0,
    mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Soft cross-entropy over the last dim: −Σ_j softmax(t/τ)_j · log_softmax(s/τ)_j.

    student_logits, teacher_logits: [B, N]; mask: [B, N] bool, False positions are left
    out of both softmaxes (a row with no valid position gives 0). Returns [B].
    """
    s, t = student_logits / tau, teacher_logits / tau
    if mask is not None:
        s = s.masked_fill(~mask, NEG_INF)
        t = t.masked_fill(~mask, NEG_INF)
    log_q = torch.log_softmax(s, dim=-1)
    p = torch.softmax(t, dim=-1)
    terms = p * log_q
    if mask is not None:
        # 0 · (−inf) would be NaN; rows with no valid position have p = NaN: both give 0
        terms = torch.where(mask, terms, torch.zeros_like(terms))
        terms = torch.nan_to_num(terms, nan=0.0)
    return -terms.sum(-1)


def plackett_luce(ordered: torch.Tensor, rest: torch.Tensor) -> torch.Tensor:
    """The RRD list loss: −Σ_k [o_k − logsumexp(o_k, …, o_K, rest_1, …, rest_L)].

    ordered: [B, K] scores of the list that must come first, in the teacher's order;
    rest: [B, L] scores of items that must rank below all of it. Returns [B].
    Stable for scores of any magnitude (log-cum-sum-exp from the tail).
    """
    tail = torch.logcumsumexp(ordered.flip(-1), dim=-1).flip(-1)  # [B,K] log Σ_{j≥k} e^{o_j}
    if rest.shape[-1]:
        tail = torch.logaddexp(tail, torch.logsumexp(rest, dim=-1, keepdim=True))
    return -(ordered - tail).sum(-1)


def bpr(pos: torch.Tensor, neg: torch.Tensor) -> torch.Tensor:
    """Elementwise −log σ(pos − neg) = softplus(neg − pos), any matching shapes."""
    return torch.nn.functional.softplus(neg - pos)


def reduce(values: torch.Tensor, reduction: str) -> torch.Tensor:
    """Sum (the originals) or mean of per-row losses [B] → scalar."""
    if reduction == "sum":
        return values.sum()
    if reduction == "mean":
        return values.mean()
    raise ValueError(f"reduction must be 'sum' or 'mean', got {reduction!r}")
