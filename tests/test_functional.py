"""The list-based cores of kdbench.losses.functional against hand-computed values, plain
loops and the naive exp forms; the samplers against their distributions (fixed seeds,
chi-square tests at a strict level, so a wrong distribution fails and noise does not)."""

from __future__ import annotations

import itertools
import math

import pytest
import torch
from list_loss_helpers import reference_rcekd_row_loss
from scipy.stats import chisquare

from kdbench.losses import functional as F


def gen(seed: int = 0) -> torch.Generator:
    g = torch.Generator()
    g.manual_seed(seed)
    return g


def naive_soft_ce(s, t, tau=1.0, mask=None):
    out = []
    for b in range(s.shape[0]):
        idx = range(s.shape[1]) if mask is None else [j for j in range(s.shape[1]) if mask[b, j]]
        if not idx:
            out.append(0.0)
            continue
        zt = sum(math.exp(t[b, j] / tau) for j in idx)
        zs = sum(math.exp(s[b, j] / tau) for j in idx)
        out.append(
            -sum(math.exp(t[b, j] / tau) / zt * math.log(math.exp(s[b, j] / tau) / zs) for j in idx)
        )
    return torch.tensor(out, dtype=torch.float64)


def naive_pl(o, r):
    out = []
    for b in range(o.shape[0]):
        rest = sum(math.exp(x) for x in r[b].tolist())
        total = 0.0
        for k in range(o.shape[1]):
            below = sum(math.exp(x) for x in o[b, k:].tolist()) + rest
            total += o[b, k].item() - math.log(below)
        out.append(-total)
    return torch.tensor(out, dtype=torch.float64)


# ---------------------------------------------------------------- soft_ce, plackett_luce


@pytest.mark.parametrize("tau", [1.0, 0.5, 3.0])
def test_soft_ce_equals_naive_exp_form(tau):
    torch.manual_seed(0)
    s, t = torch.randn(5, 7, dtype=torch.float64), torch.randn(5, 7, dtype=torch.float64)
    torch.testing.assert_close(F.soft_ce(s, t, tau), naive_soft_ce(s, t, tau))


def test_soft_ce_hand_value():
    # two items, equal teacher scores: p = (1/2, 1/2); student log-softmax of (0, log 3)
    s = torch.tensor([[0.0, math.log(3.0)]], dtype=torch.float64)
    t = torch.zeros(1, 2, dtype=torch.float64)
    expected = -(0.5 * math.log(1 / 4) + 0.5 * math.log(3 / 4))
    assert F.soft_ce(s, t).item() == pytest.approx(expected)


def test_soft_ce_mask_is_the_subset_and_empty_rows_are_zero():
    torch.manual_seed(1)
    s, t = torch.randn(4, 6, dtype=torch.float64), torch.randn(4, 6, dtype=torch.float64)
    mask = torch.rand(4, 6) > 0.4
    mask[2] = False  # a row with nothing valid
    mask[3] = True
    s.requires_grad_(True)
    out = F.soft_ce(s, t, 2.0, mask)
    torch.testing.assert_close(out.detach(), naive_soft_ce(s.detach(), t, 2.0, mask))
    assert out[2].item() == 0.0
    out.sum().backward()
    assert torch.isfinite(s.grad).all()
    assert (s.grad[~mask] == 0).all()


def test_soft_ce_finite_and_shift_invariant_at_1e4():
    torch.manual_seed(2)
    s, t = torch.randn(3, 8, dtype=torch.float64), torch.randn(3, 8, dtype=torch.float64)
    big_s = (s + 1e4).requires_grad_(True)
    out = F.soft_ce(big_s, t + 1e4)
    torch.testing.assert_close(out.detach(), F.soft_ce(s, t))
    out.sum().backward()
    assert torch.isfinite(big_s.grad).all()
    # float32 at 1e4 with a mask: still finite
    s32 = (torch.randn(3, 8) * 1e4).requires_grad_(True)
    out32 = F.soft_ce(s32, torch.randn(3, 8) * 1e4, 1.0, torch.rand(3, 8) > 0.3)
    out32.sum().backward()
    assert torch.isfinite(out32).all() and torch.isfinite(s32.grad).all()


def test_plackett_luce_equals_naive_loop():
    torch.manual_seed(3)
    o, r = torch.randn(4, 5, dtype=torch.float64), torch.randn(4, 3, dtype=torch.float64)
    torch.testing.assert_close(F.plackett_luce(o, r), naive_pl(o, r))
    torch.testing.assert_close(
        F.plackett_luce(o, r[:, :0]), naive_pl(o, torch.zeros(4, 0, dtype=torch.float64))
    )


def naive_pl_grad(o, r):
    """∂/∂o_j and ∂/∂r_l of naive_pl's sum, by plain loops over the definition."""
    go, gr = torch.zeros_like(o), torch.zeros_like(r)
    for b in range(o.shape[0]):
        for k in range(o.shape[1]):
            below = [o[b, j].item() for j in range(k, o.shape[1])] + r[b].tolist()
            z = sum(math.exp(x) for x in below)
            go[b, k] -= 1.0
            for j in range(k, o.shape[1]):
                go[b, j] += math.exp(o[b, j].item()) / z
            for m in range(r.shape[1]):
                gr[b, m] += math.exp(r[b, m].item()) / z
    return go, gr


@pytest.mark.parametrize("spread", [1.0, 60.0])  # 60: wider than PL_SHIFT_SPAN
@pytest.mark.parametrize("L", [3, 1, 0])
def test_plackett_luce_gradient_equals_naive_loop(spread, L):
    torch.manual_seed(5)
    o = (torch.randn(4, 5, dtype=torch.float64) * spread).requires_grad_(True)
    r = (torch.randn(4, L, dtype=torch.float64) * spread).requires_grad_(True)
    out = F.plackett_luce(o, r)
    torch.testing.assert_close(out.detach(), naive_pl(o.detach(), r.detach()))
    out.sum().backward()
    go, gr = naive_pl_grad(o.detach(), r.detach())
    torch.testing.assert_close(o.grad, go)
    if L:
        torch.testing.assert_close(r.grad, gr)
    assert torch.autograd.gradcheck(
        F.plackett_luce, (o.detach().requires_grad_(), r.detach().requires_grad_())
    )


def test_plackett_luce_shifted_form_takes_narrow_batches_only(monkeypatch):
    calls = []
    monkeypatch.setattr(
        F._PlackettLuce, "apply", lambda *a: calls.append(1) or F._pl_general(*a[:2])
    )
    narrow = torch.randn(3, 4) * 5
    F.plackett_luce(narrow, torch.randn(3, 2))
    assert calls == [1]
    wide = narrow.clone()
    wide[1, 0] = wide[1, -1] + F.PL_SHIFT_SPAN + 1  # one row spans more: the general form
    F.plackett_luce(wide, torch.zeros(3, 0))
    nan = narrow.clone()
    nan[0, 0] = float("nan")
    assert torch.isnan(F.plackett_luce(nan, torch.randn(3, 2))[0])
    assert calls == [1]


def test_plackett_luce_float32_matches_float64_and_edge_shapes():
    torch.manual_seed(6)
    o, r = (
        torch.randn(200, 50, dtype=torch.float64) * 8,
        torch.randn(200, 80, dtype=torch.float64) * 8,
    )
    o32, r32 = o.float().requires_grad_(True), r.float().requires_grad_(True)
    o64, r64 = o.clone().requires_grad_(True), r.clone().requires_grad_(True)
    F.plackett_luce(o32, r32).sum().backward()
    F.plackett_luce(o64, r64).sum().backward()
    torch.testing.assert_close(o32.grad.double(), o64.grad, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(r32.grad.double(), r64.grad, rtol=1e-5, atol=1e-5)
    # rest without gradient, an empty list, no rows
    o2 = o32.detach().requires_grad_(True)
    F.plackett_luce(o2, r32.detach()).sum().backward()
    torch.testing.assert_close(o2.grad, o32.grad)
    assert F.plackett_luce(torch.zeros(3, 0), torch.randn(3, 2)).tolist() == [0.0] * 3
    assert F.plackett_luce(torch.zeros(0, 4), torch.zeros(0, 2)).shape == (0,)
    # the graph may be walked twice (the backward leaves its saved tensors intact)
    o3 = o32.detach().requires_grad_(True)
    out = F.plackett_luce(o3, r32).sum()
    (g1,) = torch.autograd.grad(out, o3, retain_graph=True)
    (g2,) = torch.autograd.grad(out, o3)
    assert torch.equal(g1, g2)


def test_plackett_luce_hand_value():
    # o = (0, 0), rest = (0): −[0 − log 3] − [0 − log 2] = log 3 + log 2
    out = F.plackett_luce(torch.zeros(1, 2), torch.zeros(1, 1))
    assert out.item() == pytest.approx(math.log(6.0), rel=1e-6)


def test_plackett_luce_finite_and_shift_invariant_at_1e4():
    torch.manual_seed(4)
    o, r = torch.randn(3, 6, dtype=torch.float64), torch.randn(3, 4, dtype=torch.float64)
    big = (o + 1e4).requires_grad_(True)
    out = F.plackett_luce(big, r + 1e4)
    torch.testing.assert_close(out.detach(), F.plackett_luce(o, r))
    out.sum().backward()
    assert torch.isfinite(big.grad).all()
    o32 = (torch.randn(3, 6) * 1e4).requires_grad_(True)
    out32 = F.plackett_luce(o32, torch.randn(3, 4) * 1e4)
    out32.sum().backward()
    assert torch.isfinite(out32).all() and torch.isfinite(o32.grad).all()


def test_reduce_weighted_equals_expanded_rows():
    v = torch.tensor([1.0, 2.0, 4.0])
    w = torch.tensor([2.0, 1.0, 3.0])
    expanded = v.repeat_interleave(w.long())
    assert F.reduce(v, "sum", w).item() == pytest.approx(expanded.sum().item())
    assert F.reduce(v, "mean", w).item() == pytest.approx(expanded.mean().item())
    assert F.reduce(v, "mean").item() == pytest.approx(7 / 3)
    with pytest.raises(ValueError):
        F.reduce(v, "max")


# ---------------------------------------------------------------- sampling


def test_sample_without_replacement_matches_sequential_draw_probabilities():
    # P(first = i, second = j) = w_i / W · w_j / (W − w_i), checked on every ordered pair
    w = torch.tensor([4.0, 2.0, 1.0, 1.0])
    n = 40_000
    draws = F.sample_without_replacement(w.log().expand(n, 4), 2, gen(5))
    assert (draws[:, 0] != draws[:, 1]).all()
    pairs = list(itertools.permutations(range(4), 2))
    W = w.sum().item()
    expected = [n * w[i].item() / W * w[j].item() / (W - w[i].item()) for i, j in pairs]
    code = draws[:, 0] * 4 + draws[:, 1]
    observed = [int((code == i * 4 + j).sum()) for i, j in pairs]
    assert chisquare(observed, expected).pvalue > 1e-4


def test_sample_without_replacement_never_draws_minus_inf_and_survives_tiny_weights():
    logw = torch.tensor([[0.0, float("-inf"), -1e4, -2e4, float("-inf")]]).expand(1000, 5)
    draws = F.sample_without_replacement(logw, 3, gen(6))
    assert set(draws.unique().tolist()) == {0, 2, 3}  # exp(−2e4) is 0 in floats, not here


def test_sample_ranks_distribution_is_exp_minus_r_over_T():
    # one rank per user: exactly p(r) ∝ exp(−r/T)
    N, T, U = 12, 3.0, 30_000
    ranks = F.sample_ranks(U, N, 1, T, gen(7))[:, 0]
    p = torch.exp(-torch.arange(1, N + 1, dtype=torch.float64) / T)
    p = p / p.sum()
    observed = torch.bincount(ranks, minlength=N)
    # pool the sparse tail so every expected count is large
    exp_counts = (p * U).tolist()
    obs, ex = (
        [*observed[:8].tolist(), int(observed[8:].sum())],
        [*exp_counts[:8], sum(exp_counts[8:])],
    )
    assert chisquare(obs, ex).pvalue > 1e-4


def test_sample_ranks_k_of_n_inclusion_matches_enumeration():
    N, K, T, U = 5, 2, 2.0, 30_000
    w = [math.exp(-(r + 1) / T) for r in range(N)]
    W = sum(w)
    incl = [0.0] * N
    for i, j in itertools.permutations(range(N), 2):
        p = w[i] / W * w[j] / (W - w[i])
        incl[i] += p
        incl[j] += p
    ranks = F.sample_ranks(U, N, K, T, gen(8))
    assert (ranks[:, 1:] > ranks[:, :-1]).all()  # sorted ascending, distinct
    observed = torch.bincount(ranks.ravel(), minlength=N).tolist()
    assert chisquare(observed, [U * x for x in incl]).pvalue > 1e-4


def test_first_occurrence_and_keys_contain_match_loops():
    torch.manual_seed(9)
    x = torch.randint(0, 6, (20, 9))
    expected = torch.tensor(
        [[v not in row[:j].tolist() for j, v in enumerate(row.tolist())] for row in x]
    )
    assert torch.equal(F.first_occurrence(x), expected)
    keys = torch.unique(torch.randint(0, 100, (30,)))
    q = torch.randint(0, 100, (7, 5))
    assert torch.equal(
        F.keys_contain(keys, q),
        torch.tensor([[v in set(keys.tolist()) for v in r] for r in q.tolist()]),
    )
    assert not F.keys_contain(keys[:0], q).any()


@pytest.mark.parametrize("oversample", [1.5, 0.05])  # 0.05: most rows need redraws
def test_sample_items_excluding_respects_exclusions_and_is_uniform(oversample):
    U, n_items, n = 3000, 10, 3
    excl_items = {0: [0, 1, 2], 1: [5], 2: []}
    users = [u for u in range(U) for _ in excl_items[u % 3]]
    items = [i for u in range(U) for i in excl_items[u % 3]]
    keys = torch.sort(F.pair_keys(torch.tensor(users), torch.tensor(items), n_items)).values
    out = F.sample_items_excluding(U, n_items, n, keys, gen(10), oversample)
    assert out.shape == (U, n)
    assert (out.sort(1).values[:, 1:] != out.sort(1).values[:, :-1]).all()  # distinct
    for kind, banned in excl_items.items():
        rows = out[kind::3]
        assert not torch.isin(rows, torch.tensor(banned, dtype=torch.long)).any()
        allowed = [i for i in range(n_items) if i not in banned]
        counts = torch.bincount(rows.ravel(), minlength=n_items)[allowed].tolist()
        # each allowed item is in a row's sample with probability n / |allowed|
        assert chisquare(counts, [len(rows) * n / len(allowed)] * len(allowed)).pvalue > 1e-4


def test_sample_items_excluding_with_replacement_is_uniform_over_allowed_items():
    keys = F.pair_keys(torch.zeros(3, dtype=torch.long), torch.tensor([1, 4, 6]), 8)
    out = F.sample_items_excluding(1, 8, 20_000, keys, gen(11), replacement=True)
    assert not torch.isin(out, torch.tensor([1, 4, 6])).any()
    counts = torch.bincount(out.ravel(), minlength=8)[[0, 2, 3, 5, 7]].tolist()
    assert chisquare(counts, [4000.0] * 5).pvalue > 1e-4  # repeats: 20,000 draws of 5 items


def test_sample_items_excluding_too_few_items_is_an_error():
    keys = F.pair_keys(torch.zeros(8, dtype=torch.long), torch.arange(8), 10)
    with pytest.raises(ValueError, match="user 0 has only 2 items"):
        F.sample_items_excluding(2, 10, 3, keys, gen(0))


# ---------------------------------------------------------------- RD


def test_rd_static_weights_hand_value():
    w = F.rd_static_weights(3, 2.0)
    e = [math.exp(-r / 2) for r in (1, 2, 3)]
    torch.testing.assert_close(w, torch.tensor([x / sum(e) for x in e]))


def test_rd_rank_estimate_matches_loop():
    torch.manual_seed(11)
    s_top, s_sample, n_items = torch.randn(6, 4), torch.randn(6, 9), 1000
    est = F.rd_rank_estimate(s_top, s_sample, n_items)
    for b in range(6):
        for r in range(4):
            above = sum(1 for x in s_sample[b].tolist() if x > s_top[b, r].item())
            assert est[b, r].item() == math.floor((n_items - 1) * above / 9)


def test_rd_dynamic_weights_and_loss_hand_values():
    rank_est = torch.tensor([[0.0, 30.0, 0.0]])
    w = F.rd_dynamic_weights(rank_est, 0.1)
    # r − 1 = 0, 1, 2: tanh(0) = 0, tanh(0.1·29), max(0, tanh(−0.2)) = 0
    torch.testing.assert_close(w, torch.tensor([[0.0, math.tanh(2.9), 0.0]]))
    s = torch.tensor([[0.0, 1.0, -2.0]])
    weights = torch.tensor([[0.5, 0.25, 1.0]])
    expected = 0.5 * math.log(2) + 0.25 * math.log(1 + math.exp(-1)) + math.log(1 + math.exp(2))
    assert F.rd_loss(s, weights).item() == pytest.approx(expected, rel=1e-6)


# ---------------------------------------------------------------- RCE-KD


def test_rowwise_isin_matches_loop():
    torch.manual_seed(12)
    x, y = torch.randint(0, 15, (8, 5)), torch.randint(0, 15, (8, 7))
    expected = torch.tensor([[v in set(y[b].tolist()) for v in x[b].tolist()] for b in range(8)])
    assert torch.equal(F.rowwise_isin(x, y), expected)
    assert not F.rowwise_isin(x, y[:, :0]).any()


def test_blocked_counts_and_weights_on_a_hand_made_ranking():
    # student top-6:   a  b  c  d  e  f ; teacher top-K holds b, d, e (positions 1, 3, 4)
    P = torch.tensor([[10, 11, 12, 13, 14, 15]])
    QT = torch.tensor([[13, 99, 11, 14]])
    a = F.rowwise_isin(P, QT)
    assert a.tolist() == [[False, True, False, True, True, False]]
    c = F.blocked_counts(a, cap=50)
    assert c.tolist() == [[3, 3, 2, 2, 1, 0]]
    assert F.blocked_counts(a, cap=2).tolist() == [[2, 2, 2, 2, 1, 0]]
    T = 10.0
    torch.testing.assert_close(
        F.rcekd_log_weights(c, T), torch.tensor([[(x + 1) / T for x in (3, 3, 2, 2, 1, 0)]])
    )
    torch.testing.assert_close(
        F.rcekd_log_weights(c, T, sample_rank=True),
        torch.tensor([[-(j + 1) / T for j in range(6)]]),
    )


def test_rcekd_sampling_follows_the_weights():
    # one draw per user from the hand-made ranking: P(j) = w_j / Σ w, w_j = exp((c_j + 1)/T)
    c = torch.tensor([3.0, 3.0, 2.0, 2.0, 1.0, 0.0])
    T, U = 1.0, 40_000
    logw = F.rcekd_log_weights(c.expand(U, 6), T)
    pos = F.sample_without_replacement(logw, 1, gen(13))[:, 0]
    w = torch.exp((c.double() + 1) / T)
    observed = torch.bincount(pos, minlength=6).tolist()
    assert chisquare(observed, (w / w.sum() * U).tolist()).pvalue > 1e-4


def test_rcekd_gamma_hand_value():
    overlap = torch.tensor([[True, False, False, False], [False] * 4])
    torch.testing.assert_close(F.rcekd_gamma(overlap, 2.0), torch.tensor([math.exp(-0.5), 1.0]))


def test_rcekd_loss_equals_reference_arithmetic():
    torch.manual_seed(14)
    B, K, L, tau, beta = 6, 5, 4, 2.0, 3.0
    s_S, t_S, s_T, t_T = (torch.randn(B, K, dtype=torch.float64) for _ in range(4))
    s_I, t_I = torch.randn(B, L, dtype=torch.float64), torch.randn(B, L, dtype=torch.float64)
    m1, m2 = torch.rand(B, K) > 0.6, torch.rand(B, K) > 0.6
    m2[0] = True  # every teacher item already covered: L2 is over I alone
    keep_J = torch.cat([torch.ones(B, L, dtype=torch.bool), ~m1 & ~m2], 1)
    ours = F.rcekd_loss(
        s_S,
        t_S,
        torch.cat([s_I, s_T], 1),
        torch.cat([t_I, t_T], 1),
        keep_J,
        F.rcekd_gamma(m1, beta).double(),
        tau,
    )
    ref = reference_rcekd_row_loss(s_S, t_S, s_I, t_I, s_T, t_T, m1, m2, beta, tau)
    torch.testing.assert_close(ours, ref)


@pytest.mark.parametrize("shape", [(0,), (7,), (40, 30), (3, 5, 2)])
def test_unique_ids_is_torch_unique(shape):
    """unique_ids (a presence mask) returns torch.unique's tensor: values, order, dtype."""
    g = torch.Generator().manual_seed(sum(shape))
    ids = torch.randint(0, 50, shape, generator=g)
    got = F.unique_ids(ids, 50)
    assert torch.equal(got, torch.unique(ids)) and got.dtype == torch.int64
    assert torch.equal(F.unique_ids(torch.tensor([49, 0, 49]), 50), torch.tensor([0, 49]))
