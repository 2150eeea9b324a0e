"""CD, DCD and UnKD: functional cores against hand values and plain loops, sampling
distributions against their formulas, sampled lists against their exclusions, and a
short training run of each on a slice of CiteULike-t."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
import torch

from kdbench.losses.functional import (
    better_of_pairs,
    count_higher,
    dcd_weights,
    distinct_rank_pairs,
    popularity_groups,
    soft_bce,
    truncated_geometric,
    unkd_group_pairs,
)


def gen(seed: int = 0) -> torch.Generator:
    g = torch.Generator()
    g.manual_seed(seed)
    return g


# ---------------------------------------------------------------- CD


def test_soft_bce_equals_naive_form_and_hand_value():
    x = torch.tensor([[0.0, 2.0, -1.0]])
    y = torch.tensor([[0.5, 0.9, 0.2]])
    naive = -(y * torch.log(torch.sigmoid(x)) + (1 - y) * torch.log(1 - torch.sigmoid(x))).sum(-1)
    assert torch.allclose(soft_bce(x, y), naive, atol=1e-6)
    # hand: x = 0, y = 1/2 → log 2
    assert soft_bce(torch.zeros(1, 1), torch.full((1, 1), 0.5)).item() == pytest.approx(math.log(2))


def test_soft_bce_finite_at_large_logits():
    x = torch.tensor([[1e3, -1e3, 1e4]], requires_grad=True)
    y = torch.tensor([[1.0, 0.0, 0.3]])
    v = soft_bce(x, y)
    v.sum().backward()
    assert torch.isfinite(v).all() and torch.isfinite(x.grad).all()
    # y·(−x) part only for the third: softplus(1e4) − 0.3e4 = 0.7e4
    assert v.item() == pytest.approx(0.7e4, rel=1e-6)


def _min_of_two(p: np.ndarray) -> np.ndarray:
    """P(min(X1, X2) = r) for X1, X2 i.i.d. ~ p."""
    above = p[::-1].cumsum()[::-1] - p  # P(X > r)
    return p**2 + 2 * p * above


def test_better_of_pairs_repeats_allowed_follows_min_of_two_draws():
    N, T = 6, 0.5
    w = torch.exp(-torch.arange(1, N + 1) / (N * T))
    draws = better_of_pairs(w, 40_000, 2, gen(1), distinct=False)
    assert draws.shape == (40_000, 2)
    freq = np.bincount(draws.ravel().numpy(), minlength=N) / draws.numel()
    expected = _min_of_two((w / w.sum()).numpy())
    assert np.abs(freq - expected).max() < 0.01


def test_better_of_pairs_distinct_is_the_first_two_distinct_of_the_draw_stream():
    N, T = 4, 0.25
    w = torch.exp(-torch.arange(1, N + 1) / (N * T))
    q = _min_of_two((w / w.sum()).numpy())
    out = better_of_pairs(w, 30_000, 2, gen(2), distinct=True)
    assert (out[:, 0] != out[:, 1]).all() and out.min() >= 0 and out.max() < N
    # first two distinct values of an i.i.d. stream ~ q: P(a, b) = q_a · q_b / (1 − q_a)
    counts = Counter(map(tuple, out.tolist()))
    for a in range(N):
        for b in range(N):
            if a != b:
                expected = q[a] * q[b] / (1 - q[a])
                assert counts[(a, b)] / len(out) == pytest.approx(expected, abs=0.01)


def test_better_of_pairs_draws_on_until_every_row_has_n_distinct():
    w = torch.ones(5)
    out = better_of_pairs(w, 300, 5, gen(3), distinct=True)  # all five positions, any order
    assert (out.sort(1).values == torch.arange(5)).all()


# ---------------------------------------------------------------- DCD


def test_count_higher_matches_loop_and_cap_clips():
    g = gen(4)
    scores = torch.randint(0, 20, (5, 30), generator=g).float()  # ties on purpose
    query = torch.gather(scores, 1, torch.randint(0, 30, (5, 7), generator=g))
    loop = torch.tensor([[int((scores[b] > q).sum()) for q in query[b]] for b in range(5)])
    assert torch.equal(count_higher(scores, query), loop)
    assert torch.equal(count_higher(scores, query, cap=6), loop.clamp_max(6))
    assert torch.equal(count_higher(scores, query, cap=100), loop)


def test_dcd_weights_hand_values():
    d = torch.tensor([-5.0, 0.0, 10.0, 1e6])
    expected = torch.tensor([1e-5, 1e-5, math.tanh(1.0), 1.0])
    assert torch.allclose(dcd_weights(d, 10.0), expected)


def test_dcd_capped_ranks_give_the_weights_of_a_full_ranking():
    g = gen(5)
    U, n_items, N, T = 8, 3000, 50, 10.0
    scores = torch.randn(U, n_items, generator=g)
    top = torch.randperm(n_items, generator=g)[: U * N].view(U, N)  # any teacher list
    query = torch.gather(scores, 1, top)
    rank_T = torch.arange(N)
    full = count_higher(scores, query) - rank_T
    capped = count_higher(scores, query, cap=N + math.ceil(10 * T)) - rank_T
    assert not torch.equal(full, capped)  # the cap does clip some ranks here
    for sign in (1, -1):
        assert torch.equal(
            dcd_weights(sign * full.float(), T), dcd_weights(sign * capped.float(), T)
        )


# ---------------------------------------------------------------- UnKD


def test_truncated_geometric_follows_its_formula():
    T = 3.0
    lengths = torch.tensor([1, 4, 1000])
    r = truncated_geometric(lengths.repeat_interleave(20_000), T, 1, gen(6))[:, 0].view(3, -1)
    assert (r[0] == 0).all()
    for row, n in ((1, 4), (2, 12)):  # length 1000: look at the first ranks only
        p = np.exp(-(np.arange(int(lengths[row])) + 1) / T)
        p /= p.sum()
        freq = np.bincount(r[row].numpy(), minlength=len(p)) / r.shape[1]
        assert np.abs(freq[:n] - p[:n]).max() < 0.01
    assert r.max() < 1000 and r.min() >= 0


def test_distinct_rank_pairs_are_ordered_distinct_and_follow_the_formula():
    lengths = torch.tensor([3] * 30_000 + [1, 0])
    hi, lo, valid = distinct_rank_pairs(lengths, 2, 2.0, gen(7))
    assert valid[:-2].all() and not valid[-2:].any()
    assert (hi[valid] < lo[valid]).all()
    p = np.exp(-(np.arange(3) + 1) / 2.0)
    p /= p.sum()
    z = 1 - (p**2).sum()
    pairs = Counter(zip(hi[:-2].ravel().tolist(), lo[:-2].ravel().tolist(), strict=True))
    total = sum(pairs.values())
    for a, b in ((0, 1), (0, 2), (1, 2)):
        assert pairs[(a, b)] / total == pytest.approx(2 * p[a] * p[b] / z, abs=0.01)


def reference_groups(counts: list[int], G: int) -> list[list[int]]:
    """The UnKD reference's greedy split, transcribed as a plain loop over items (first
    appearance = item order here)."""
    item_count = {i: c for i, c in enumerate(counts) if c > 0}
    ranked = sorted(item_count.items(), key=lambda x: x[1], reverse=True)
    aver = sum(item_count.values()) / G
    groups, temp, temp_count = [], [], 0
    for i, j in ranked:
        temp.append(i)
        temp_count += j
        if temp_count > aver:
            if len(temp) == 1:
                groups.append(temp)
                temp, temp_count = [], 0
                continue
            temp.remove(i)
            groups.append(temp)
            temp, temp_count = [i], j
    if temp:
        if temp_count > aver / 2 or not groups:
            groups.append(temp)
        else:
            groups[-1].extend(temp)
    return groups


@pytest.mark.parametrize("G", [1, 2, 3, 4, 7])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_popularity_groups_match_the_reference_loop(G, seed):
    rng = np.random.default_rng(seed)
    counts = (rng.pareto(1.2, 60) * 3).astype(int)  # skewed, with zeros and ties
    counts[rng.integers(0, 60, 3)] = 0
    group = popularity_groups(torch.as_tensor(counts), torch.arange(60), G)
    expected = reference_groups(counts.tolist(), G)
    got = [sorted((group == g).nonzero().ravel().tolist()) for g in range(int(group.max()) + 1)]
    assert got == [sorted(x) for x in expected]
    assert (group[torch.as_tensor(counts) == 0] == -1).all()


def test_popularity_groups_hand_case():
    # total 20, G = 2 → average 10: {10} closes alone at 10? no: 10 is not > 10, so
    # 10 + 6 = 16 > 10 closes [10]; then 6 + 3 + 1 = 10, remainder 10 > 5 → own group
    counts = torch.tensor([3, 10, 1, 6])
    assert popularity_groups(counts, torch.arange(4), 2).tolist() == [1, 0, 1, 1]


def test_unkd_group_pairs_hand_values():
    counts = torch.tensor([8, 2, 1, 1])
    group = torch.tensor([0, 1, 1, 1])  # mean popularity 8 and 4/3
    assert unkd_group_pairs(counts, group, 2, 0.0) == [1, 1]
    assert unkd_group_pairs(counts, group, 30, 0.0) == [15, 15]
    # λ = 1: flipped means 4/3 and 8 → shares 0.14, 0.86 → 30 pairs: round(4.2)=4, 26
    assert unkd_group_pairs(counts, group, 30, 1.0) == [4, 26]
    # four equal shares of 3: round(0.75) = 1 each, already ≥ 3
    four = torch.tensor([0, 1, 2, 3])
    assert unkd_group_pairs(torch.ones(4), four, 3, 0.0) == [1, 1, 1, 1]
    # shares rounding down: n = 6 over 4 groups → round(1.5) = 2 each (banker's), 8 ≥ 6
    assert unkd_group_pairs(torch.ones(4), four, 6, 0.0) == [2, 2, 2, 2]
    # n = 5: round(1.25) = 1 each, total 4 < 5 → the first group gets one more
    assert unkd_group_pairs(torch.ones(4), four, 5, 0.0) == [2, 1, 1, 1]


# ---------------------------------------------------------------- the losses on real data


@pytest.fixture(scope="module")
def cite_slice():
    """The first 400 users of CiteULike-t's users.dat (≥ 5 items kept), split as the
    full data is: a small real slice for the loss tests."""
    from tests.conftest import SHARED_DATA

    path = SHARED_DATA / "citeulike-t" / "users.dat"
    if not path.is_file():
        pytest.skip(f"CiteULike-t users.dat not found under {SHARED_DATA}")
    import pandas as pd

    from kdbench.data import prepare_frame

    rows = []
    with open(path) as fh:
        for u, line in zip(range(400), fh, strict=False):
            rows += [(u, int(i)) for i in line.split()[1:]]
    df = pd.DataFrame(rows, columns=["user", "item"])
    return prepare_frame(df, {"order": "file", "user_min": 5}, "citeulike-t-slice")


def make_ctx(data, seed: int = 0):
    from kdbench.backbones import BACKBONES
    from kdbench.losses import DistillContext

    torch.manual_seed(seed)
    teacher = BACKBONES.get("mf")(data, dim=32, init_std=0.1).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = BACKBONES.get("mf")(data, dim=8)
    return DistillContext(teacher, student, data, torch.device("cpu"), gen(seed))


def build(name: str, data, **params):
    from kdbench.losses import LOSSES

    loss = LOSSES.get(name)(**params)
    ctx = make_ctx(data)
    loss.setup(ctx)
    return loss, ctx


def train_keys_hit(ctx, items: torch.Tensor) -> torch.Tensor:
    users = torch.arange(ctx.data.n_users)[:, None].expand_as(items)
    return ctx.train.contains(users, items)


def test_cd_lists_come_from_the_guides_masked_top_list(cite_slice):
    loss, ctx = build("cd", cite_slice, guide="teacher", N=100, n_distill=5, t1=2.0, t2=0.5)
    top = ctx.topk(ctx.teacher, 100, mask_train=True)
    assert loss.items.shape == (cite_slice.n_users, 5)
    assert (
        torch.isin(loss.items, top).all() and (loss.items[:, :, None] == top[:, None]).any(-1).all()
    )
    assert not train_keys_hit(ctx, loss.items).any()
    assert (loss.items.sort(1).values.diff(dim=1) > 0).all()  # distinct per user
    t = ctx.score_lists(ctx.teacher, loss.items)
    assert torch.allclose(loss.labels, torch.sigmoid((t + 0.5) / 2.0))


def test_cd_student_guide_rebuilds_every_epoch_and_variants_change_only_their_part(cite_slice):
    loss, ctx = build("cd", cite_slice, N=100, n_distill=3)
    assert not hasattr(loss, "items")  # the student guide ranks at the epoch start
    loss.on_epoch_start(0)
    first = loss.items.clone()
    top = ctx.topk(ctx.student, 100, mask_train=True)
    assert (loss.items[:, :, None] == top[:, None]).any(-1).all()
    loss.on_epoch_start(1)
    assert not torch.equal(first, loss.items)
    rep, _ = build("cd", cite_slice, guide="teacher", N=5, n_distill=40, distinct=False)
    assert rep.items.shape[1] == 40  # repeats allowed: more draws than the list holds
    rnd, _ = build("cd", cite_slice, guide="random", n_distill=4)
    assert rnd.items.shape == (cite_slice.n_users, 4)


def test_dcd_student_ranks_equal_a_plain_count_and_lists_respect_the_teacher_list(cite_slice):
    loss, ctx = build("dcd", cite_slice, mxK=60, K=20, T=2.0)
    ranks = loss.student_ranks()
    scores = ctx.student.score(torch.arange(cite_slice.n_users)).detach()
    query = torch.gather(scores, 1, loss.top)
    plain = (scores[:, None, :] > query[:, :, None]).sum(-1)  # small slice: fine here
    assert torch.equal(ranks, plain.clamp_max(60 + 20))
    loss.on_epoch_start(0)
    for lst in (loss.under, loss.over):
        assert lst.shape == (cite_slice.n_users, 20)
        assert (lst[:, :, None] == loss.top[:, None]).any(-1).all()
        assert (lst.sort(1).values.diff(dim=1) > 0).all()
        assert not train_keys_hit(ctx, lst).any()
    masked, _ = build("dcd", cite_slice, mxK=60, K=20, T=2.0, rank_mask_train=True)
    scores[ctx.train.dense(torch.arange(cite_slice.n_users))] = -torch.inf
    plain = (scores[:, None, :] > torch.gather(scores, 1, loss.top)[:, :, None]).sum(-1)
    assert torch.equal(masked.student_ranks(), plain.clamp_max(80))


def test_dcd_draws_follow_the_rank_gap(cite_slice):
    from kdbench.backbones import BACKBONES
    from kdbench.losses import LOSSES

    ctx = make_ctx(cite_slice)
    # a student close to the teacher, so items are both over- and under-estimated
    ctx.student = BACKBONES.get("mf")(cite_slice, dim=32)
    with torch.no_grad():
        for mine, theirs in zip(ctx.student.parameters(), ctx.teacher.parameters(), strict=True):
            mine.copy_(theirs + 0.05 * torch.randn(theirs.shape, generator=gen(9)))
    loss = LOSSES.get("dcd")(mxK=60, K=5, T=1.0)
    loss.setup(ctx)
    d = (loss.student_ranks() - torch.arange(60)).float()
    loss.on_epoch_start(0)
    for items, sign in ((loss.over, -1), (loss.under, 1)):
        pos = (items[:, :, None] == loss.top[:, None]).float().argmax(-1)
        ok = (sign * d > 0).sum(1) >= 5  # rows with 5 items above the 1e-5 floor
        assert ok.sum() > 20
        assert (sign * torch.gather(d, 1, pos)[ok] > 0).float().mean() > 0.99


def test_cd_forward_is_the_per_row_sigmoid_bce_of_the_kds_form(cite_slice):
    """The KDs form, as a plain loop: for every batch row (a user's duplicates included)
    and each of its n_distill items, −[y·log σ(s) + (1 − y)·log(1 − σ(s))] with
    y = σ((t + t2) / t1), teacher and student scored on that row; summed. Gradients too."""
    from kdbench.backbones.base import Batch

    loss, ctx = build("cd", cite_slice, guide="teacher", N=50, n_distill=4, t1=2.0, t2=0.5)
    # p(r) ∝ exp(−r / (N·T)), r = 1..N, T = 20 (the KDs setting)
    assert torch.allclose(loss.rank_weights, torch.exp(-torch.arange(1, 51) / (50 * 20.0)))
    student = ctx.student
    with torch.no_grad():
        student.user_emb.mul_(30.0)  # scores of order 0.1–1, not ≈ 0
    users = torch.tensor([3, 3, 7, 1, 7, 7])
    batch = Batch(users, torch.zeros_like(users), torch.ones_like(users))
    got = loss(batch)
    got.backward()
    grads = [p.grad.clone() for p in (student.user_emb, student.item_emb)]
    student.zero_grad()
    expected = torch.zeros(())
    for u in users.tolist():
        for i in loss.items[u].tolist():
            s = student.user_emb[u] @ student.item_emb[i]
            t = ctx.teacher.user_emb[u] @ ctx.teacher.item_emb[i]
            y, p = torch.sigmoid((t + 0.5) / 2.0), torch.sigmoid(s)
            expected = expected - (y * torch.log(p) + (1 - y) * torch.log(1 - p))
    expected.backward()
    assert got.item() == pytest.approx(expected.item(), rel=1e-5)
    for mine, plain in zip(grads, (student.user_emb.grad, student.item_emb.grad), strict=True):
        assert torch.allclose(mine, plain, rtol=1e-4, atol=1e-7)


def test_dcd_forward_is_the_relaxed_ranking_loss_over_unique_batch_users(cite_slice):
    """The reference's loss, as a plain loop over the batch's unique users (duplicates
    once): Σ_k [log(Σ_{j≥k} e^{s(under_j)} + Σ_l e^{s(over_l)}) − s(under_k)], the under
    list in draw order. Gradients too."""
    from kdbench.backbones.base import Batch

    loss, ctx = build("dcd", cite_slice, mxK=60, K=20, T=2.0)
    student = ctx.student
    with torch.no_grad():
        student.user_emb.mul_(30.0)
    loss.on_epoch_start(0)
    users = torch.tensor([5, 2, 5, 9, 2])
    got = loss(Batch(users, torch.zeros_like(users), torch.ones_like(users)))
    got.backward()
    grads = [p.grad.clone() for p in (student.user_emb, student.item_emb)]
    student.zero_grad()
    expected = torch.zeros(())
    for u in (2, 5, 9):
        under = student.item_emb[loss.under[u]] @ student.user_emb[u]
        over = student.item_emb[loss.over[u]] @ student.user_emb[u]
        for k in range(20):
            expected = expected + torch.log(under[k:].exp().sum() + over.exp().sum()) - under[k]
    expected.backward()
    assert got.item() == pytest.approx(expected.item(), rel=1e-5)
    for mine, plain in zip(grads, (student.user_emb.grad, student.item_emb.grad), strict=True):
        assert torch.allclose(mine, plain, rtol=1e-4, atol=1e-7)


def test_dcd_weights_equal_those_of_the_full_argsort_rank_train_items_included(cite_slice):
    """The reference ranks the student's scores over all items, train items included
    (rank = argsort of the descending argsort, 0-based); the capped count gives the same
    weights for both lists."""
    loss, ctx = build("dcd", cite_slice, mxK=60, K=20, T=2.0)
    scores = ctx.student.score(torch.arange(cite_slice.n_users)).detach()
    full = torch.argsort(torch.argsort(scores, dim=1, descending=True), dim=1)
    d_full = (torch.gather(full, 1, loss.top) - torch.arange(60)).float()
    d_ours = (loss.student_ranks() - torch.arange(60)).float()
    assert not torch.equal(d_full, d_ours)  # the cap clips some ranks
    for sign in (1, -1):
        assert torch.equal(dcd_weights(sign * d_full, 2.0), dcd_weights(sign * d_ours, 2.0))
    # train items do count: leaving them out (the option) gives other weights here
    masked, _ = build("dcd", cite_slice, mxK=60, K=20, T=2.0, rank_mask_train=True)
    d_masked = (masked.student_ranks() - torch.arange(60)).float()
    assert not torch.equal(dcd_weights(d_full, 2.0), dcd_weights(d_masked, 2.0))


def test_paper_suite_gives_cd_and_dcd_the_reference_configurations():
    """configs/citeulike/bpr/{cd,dcd}.yaml of the reference, key by key: cd_sample_num → N,
    cd_strategy "student guide" → guide, cd_T → T, cd_n_distill, cd_t1, cd_t2, lmbda → λ,
    wd; dcd_K, dcd_T, dcd_mxK, lmbda, wd (dcd_tau only serves its --ablation branch)."""
    from kdbench.suite import expand, load_suite
    from tests.conftest import REPO

    _, students = expand(load_suite(REPO / "suites" / "paper.yaml"))
    by = {(s.dataset, s.labels["pair"], s.labels["method"], s.seed): s for s in students}
    cd = by[("citeulike-t", "mf-t→mf-s", "cd", 0)]
    assert cd.loss_params == {
        "N": 3000,
        "guide": "student",
        "T": 20.0,
        "n_distill": 2,
        "t1": 2.0,
        "t2": 0.0,
        "distinct": True,
        "lambda": 0.5,
        "reduction": "sum",
        "unit": "rows",
    }
    dcd = by[("citeulike-t", "mf-t→mf-s", "dcd", 0)]
    assert dcd.loss_params == {
        "K": 100,
        "T": 10.0,
        "mxK": 500,
        "rank_mask_train": False,
        "lambda": 0.01,
        "reduction": "sum",
        "unit": "unique_users",
    }
    for spec, wd in ((cd, 1e-8), (dcd, 1e-5)):
        assert (spec.train["weight_decay"], spec.train["lr"], spec.train["batch_size"]) == (
            wd,
            1e-3,
            2048,
        )
        assert spec.train["kd_module_weight_decay"] is None


def test_unkd_pairs_stay_in_one_group_out_of_train_in_teacher_order(cite_slice):
    loss, ctx = build("unkd", cite_slice, G=3, n_distill=6, N=50)
    loss.on_epoch_start(0)
    counts = torch.bincount(ctx.train.indices, minlength=cite_slice.n_items)
    first = torch.tensor(
        [
            int((ctx.train.indices == i).nonzero()[0]) if c else 0
            for i, c in enumerate(counts.tolist())
        ]
    )
    group = popularity_groups(counts, first, 3)
    assert torch.equal(group, loss.group)
    assert loss.pos.shape == loss.neg.shape == (cite_slice.n_users, sum(loss.pairs_per_group))
    valid = loss.valid.bool()
    assert torch.equal(group[loss.pos][valid], group[loss.neg][valid])
    assert (group[loss.pos][valid] >= 0).all()
    assert not train_keys_hit(ctx, loss.pos)[valid].any()
    assert not train_keys_hit(ctx, loss.neg)[valid].any()
    users = torch.arange(cite_slice.n_users)
    t_pos = ctx.teacher.score_items(users, loss.pos)
    t_neg = ctx.teacher.score_items(users, loss.neg)
    assert (t_pos[valid] >= t_neg[valid]).all()
    assert (loss.pos != loss.neg)[valid].all()


def test_irrrd_item_top_users_equal_a_plain_per_item_ranking(cite_slice):
    from kdbench.losses.irrrd import item_topk_users

    ctx = make_ctx(cite_slice)
    U = cite_slice.n_users
    got = item_topk_users(ctx.teacher, U, cite_slice.n_items, 30, ctx.train, "cpu", 2**20)
    scores = ctx.teacher.score(torch.arange(U))
    scores[ctx.train.dense(torch.arange(U))] = -torch.inf
    expected = torch.topk(scores.T, 30, dim=1)
    assert torch.allclose(torch.gather(scores.T, 1, got), expected.values)


def test_irrrd_item_lists_respect_their_exclusions_and_the_loss_is_a_per_item_loop(cite_slice):
    from kdbench.losses.functional import plackett_luce

    loss, ctx = build("irrrd", cite_slice, N=50, K=10, L=10, N_I=40, K_I=5, L_I=6)
    loss.on_epoch_start(0)
    n_items = cite_slice.n_items
    assert loss.item_interesting.shape == (n_items, 5)
    assert loss.item_uninteresting.shape == (n_items, 6)
    assert (loss.item_interesting[:, :, None] == loss.item_top[:, None]).any(-1).all()
    assert not (loss.item_uninteresting[:, :, None] == loss.item_top[:, None]).any(-1).any()
    items = torch.arange(n_items)[:, None].expand(-1, 6)
    assert not ctx.train.contains(loss.item_uninteresting, items).any()
    assert (loss.item_uninteresting.sort(1).values.diff(dim=1) > 0).all()
    # interesting users keep the teacher's order
    pos = (loss.item_interesting[:, :, None] == loss.item_top[:, None]).float().argmax(-1)
    assert (pos.diff(dim=1) > 0).all()
    users = torch.tensor([0, 3, 7])
    got = loss.item_side(users)
    lists = torch.cat([loss.interesting[users], loss.uninteresting[users]], 1)
    expected = []
    for i in sorted(set(lists.ravel().tolist())):
        who = torch.cat([loss.item_interesting[i], loss.item_uninteresting[i]])
        s = ctx.student.score_items(who, torch.full((len(who), 1), i))[:, 0]
        expected.append(plackett_luce(s[None, :5], s[None, 5:])[0])
    assert torch.allclose(got, torch.stack(expected), rtol=1e-5)


def test_irrrd_item_side_covers_the_unique_items_of_the_batch_users_lists():
    """Hand example of the authors' rule: the item side runs over the unique items of the
    (unique) batch users' interesting and uninteresting lists — not the batch's own
    positive/negative items, not other users' lists — each item once, summed."""
    from list_loss_helpers import setup_loss, tiny_data

    from kdbench.backbones.base import Batch
    from kdbench.losses.functional import plackett_luce
    from kdbench.losses.rrd import RRD

    loss, ctx = setup_loss(
        "irrrd", tiny_data(n_users=12), N=10, K=2, L=2, N_I=3, K_I=2, L_I=2, lambda_ir=5e-4
    )
    loss.on_epoch_start(0)
    loss.interesting = torch.tensor([[3, 1], [1, 5], [20, 21]] + [[30, 31]] * 9)
    loss.uninteresting = torch.tensor([[9, 7], [11, 9], [22, 23]] + [[32, 33]] * 9)
    loss.items = torch.cat([loss.interesting, loss.uninteresting], 1)
    users = torch.tensor([0, 1])
    assert loss.side_items(users).tolist() == [1, 3, 5, 7, 9, 11]
    got = loss.item_side(users)
    expected = []
    for i in [1, 3, 5, 7, 9, 11]:
        who = torch.cat([loss.item_interesting[i], loss.item_uninteresting[i]])
        s = ctx.student.score_items(who, torch.full((4, 1), i))[:, 0]
        expected.append(plackett_luce(s[None, :2], s[None, 2:])[0])
    assert torch.allclose(got, torch.stack(expected))
    # a batch of rows (0, 1, 0) with positives/negatives 38, 39 that are in no list
    batch = Batch(torch.tensor([0, 1, 0]), torch.tensor([38, 38, 38]), torch.tensor([39, 39, 39]))
    item_term = loss(batch) - RRD.forward(loss, batch)
    assert torch.allclose(item_term, 5e-4 / 1e-3 * torch.stack(expected).sum())


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("cd", {"N": 300}),
        ("cd", {"N": 300, "guide": "teacher", "reduction": "mean"}),
        ("dcd", {"mxK": 100, "K": 30}),
        ("irrrd", {"N": 100, "N_I": 50}),
        ("unkd", {}),
        ("unkd", {"G": 2, "n_distill": 2, "reduction": "sum", "lambda": 0.5}),
    ],
)
def test_each_loss_trains_a_student_on_citeulike_without_nan(cite_slice, name, params):
    from kdbench.eval.evaluator import Evaluator
    from kdbench.train.trainer import TrainConfig, fit

    loss, ctx = build(name, cite_slice, **params)
    result = fit(
        ctx.student,
        loss,
        Evaluator(cite_slice, ["ndcg@10"], "cpu"),
        TrainConfig(epochs=2, batch_size=1024, lr=0.01),
        ctx.generator,
    )
    assert len(result.curve) == 2
    for row in result.curve:
        assert math.isfinite(row["train_loss"]) and math.isfinite(row["kd_loss"])
        assert row["kd_loss"] > 0
