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


# --- DE, HTD, FTD cores (representation distillation) ---------------------------------
# n = batch entities (users or items), d_s / d_t = student / teacher embedding sizes,
# M = experts, h = expert hidden size, G = groups present in the batch.


def annealed_tau(
    epoch: int, tau0: float = 1.0, tau_end: float = 1e-10, epochs: int = 1000
) -> float:
    """The DE/HTD Gumbel temperature of ``epoch``: τ_e = τ0·(τ_end/τ0)^(e/E_max), ≥ τ_end.

    τ0: temperature at epoch 0; τ_end: the floor it decays to at E_max = ``epochs``.
    """
    return max(tau0 * (tau_end / tau0) ** (epoch / epochs), tau_end)


def sample_gumbel(
    shape: tuple[int, ...], generator: torch.Generator | None, device: torch.device | str
) -> torch.Tensor:
    """Standard Gumbel(0, 1) noise of ``shape``, drawn as −log E with E ~ Exp(1).

    E is clamped away from 0 so the noise is always finite.
    """
    e = torch.empty(shape, device=device).exponential_(generator=generator)
    return -e.clamp_min_(torch.finfo(e.dtype).tiny).log()


def gumbel_softmax(log_alpha: torch.Tensor, gumbel: torch.Tensor, tau: float) -> torch.Tensor:
    """Relaxed one-hot expert selection z = softmax((log α + g) / τ).

    log_alpha: [n, M] log-probabilities of the selection net; gumbel: [n, M] Gumbel(0, 1)
    noise; τ > 0 (τ → 0 makes z one-hot). Returns z [n, M], rows summing to 1.
    """
    return torch.softmax((log_alpha + gumbel) / tau, dim=-1)


def expert_mixture(
    s: torch.Tensor,
    z: torch.Tensor,
    w1: torch.Tensor,
    b1: torch.Tensor,
    w2: torch.Tensor,
    b2: torch.Tensor,
) -> torch.Tensor:
    """ŝ = Σ_m z[:, m] · E_m(s), E_m(x) = ReLU(x·W1_m + b1_m)·W2_m + b2_m, all M at once.

    s: [n, d_s] student embeddings; z: [n, M] expert weights; w1: [M, d_s, h];
    b1: [M, h]; w2: [M, h, d_t]; b2: [M, d_t]. Returns ŝ [n, d_t].

    Two GEMMs instead of M small ones: the first layer of every expert is one
    [n, d_s] × [d_s, M·h] product; z is folded into the hidden units
    (z_m·E_m(s) = (z_m·ReLU(·))·W2_m + z_m·b2_m), so the second layer is one
    [n, M·h] × [M·h, d_t] product and no [n, M, d_t] tensor is ever formed.
    """
    n = s.shape[0]
    m, d_s, h = w1.shape
    hidden = torch.addmm(b1.reshape(1, m * h), s, w1.permute(1, 0, 2).reshape(d_s, m * h))
    hidden = (hidden.relu_().view(n, m, h) * z.unsqueeze(-1)).view(n, m * h)
    return torch.addmm(z @ b2, hidden, w2.reshape(m * h, -1))


def reconstruction_error(t: torch.Tensor, s_hat: torch.Tensor) -> torch.Tensor:
    """DE's per-entity error ||t − ŝ||² over the last dim: [n, d_t] × [n, d_t] → [n]."""
    return (t - s_hat).pow(2).sum(-1)


def unit_rows(x: torch.Tensor, eps: float = 1e-12) -> torch.Tensor:
    """x / ||x|| row-wise ([n, d] → [n, d]); norms below ``eps`` are clamped to it."""
    return x / x.norm(dim=-1, keepdim=True).clamp_min(eps)


def cosine_matrix(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """C[i, j] = cos(a_i, b_j): [n, d] × [m, d] → [n, m]."""
    return unit_rows(a) @ unit_rows(b).T


def full_topology(t: torch.Tensor, s: torch.Tensor) -> torch.Tensor:
    """FTD: Σ_{a,b} (C_T[a,b] − C_S[a,b])² over all n² ordered pairs (diagonal included).

    t: [n, d_t], s: [n, d_s]; C_X = cosine matrix of X. Returns a scalar.
    Computed without the n×n matrices, by the Gram identity
    Σ (T̂T̂ᵀ − ŜŜᵀ)² = ||T̂ᵀT̂||² − 2·||T̂ᵀŜ||² + ||ŜᵀŜ||² (Frobenius, T̂/Ŝ rows of unit
    norm): O(n·d²) time and d² memory instead of O(n²·d) and n².
    """
    t_hat, s_hat = unit_rows(t), unit_rows(s)
    g_tt = t_hat.T @ t_hat  # [d_t, d_t]
    g_ts = t_hat.T @ s_hat  # [d_t, d_s]
    g_ss = s_hat.T @ s_hat  # [d_s, d_s]
    return g_tt.pow(2).sum() - 2 * g_ts.pow(2).sum() + g_ss.pow(2).sum()


def group_prototypes(x: torch.Tensor, groups: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Group means (HTD's prototypes) of the groups present in ``groups``.

    x: [n, d]; groups: [n] int ids. Returns (ids [G] sorted, P [G, d] with
    P[k] = mean of x over entities of group ids[k]); differentiable in x.
    """
    ids, inverse, counts = torch.unique(groups, return_inverse=True, return_counts=True)
    sums = torch.zeros(len(ids), x.shape[1], dtype=x.dtype, device=x.device)
    return ids, sums.index_add(0, inverse, x) / counts.unsqueeze(1).to(x.dtype)


def entity_topology(
    t: torch.Tensor, s: torch.Tensor, groups: torch.Tensor, pair_filter: str = "positive"
) -> tuple[torch.Tensor, torch.Tensor]:
    """HTD entity level: Σ (C_S[a,b] − C_T[a,b])² over ordered pairs of one group.

    t: [n, d_t], s: [n, d_s], groups: [n] int ids. ``pair_filter="positive"`` keeps only
    pairs with C_T[a,b] > 0 (the reference's ``>0`` filter, diagonal included);
    ``"none"`` keeps every intra-group pair. Returns (sum, number of pairs kept).
    The cosines are computed group block by group block (Σ_g n_g²·d, never n²).
    """
    if pair_filter not in ("positive", "none"):
        raise ValueError(f"pair_filter must be 'positive' or 'none', got {pair_filter!r}")
    order = torch.argsort(groups, stable=True)
    sizes = torch.unique_consecutive(groups[order], return_counts=True)[1].tolist()
    t_hat, s_hat = unit_rows(t)[order], unit_rows(s)[order]
    total = s.new_zeros(())
    pairs = torch.zeros((), dtype=torch.long, device=s.device)
    for tg, sg in zip(t_hat.split(sizes), s_hat.split(sizes), strict=True):
        c_t, c_s = tg @ tg.T, sg @ sg.T  # [n_g, n_g]
        sq = (c_s - c_t).pow(2)
        if pair_filter == "positive":
            keep = c_t > 0
            sq = sq.masked_fill(~keep, 0.0)
            pairs = pairs + keep.sum()
        else:
            pairs = pairs + sq.numel()
        total = total + sq.sum()
    return total, pairs


def group_topology(
    t: torch.Tensor,
    s: torch.Tensor,
    groups: torch.Tensor,
    choice: str = "second",
    grad_prototypes: bool = False,
) -> tuple[torch.Tensor, int]:
    """HTD group level, with prototypes P_T, P_S = group means of t, s.

    ``choice="second"`` (Group(P, e)): Σ_g Σ_a (cos(P_S[g], s_a) − cos(P_T[g], t_a))² over
    every present group g and every entity a; ``"first"`` (Group(P, P)):
    Σ_{g,g'} (cos(P_S[g], P_S[g']) − cos(P_T[g], P_T[g']))². The reference computes the
    prototypes without gradient (then ``first`` is a constant); ``grad_prototypes=True``
    lets P_S carry it. t: [n, d_t], s: [n, d_s], groups: [n]. Returns (sum, number of terms).
    """
    if choice not in ("first", "second"):
        raise ValueError(f"choice must be 'first' or 'second', got {choice!r}")
    _, p_t = group_prototypes(t.detach(), groups)
    _, p_s = group_prototypes(s, groups)
    if not grad_prototypes:
        p_s = p_s.detach()
    if choice == "second":
        c_t, c_s = cosine_matrix(p_t, t), cosine_matrix(p_s, s)  # [G, n]
    else:
        c_t, c_s = cosine_matrix(p_t, p_t), cosine_matrix(p_s, p_s)  # [G, G]
    return (c_s - c_t).pow(2).sum(), c_t.numel()
