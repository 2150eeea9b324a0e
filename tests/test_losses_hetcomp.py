"""HetComp: its two phases against plain loops over users and hand values, the DKC move
rule on a hand example and against a loop restating the reference, the teacher's
trajectory recorded at the reference's epochs without changing the teacher, the cached
trajectory served to students (and a clear failure without one), and short training runs
without NaN."""

from __future__ import annotations

import copy
import math
import shutil

import numpy as np
import pytest
import torch
from suite_helpers import mf_suite

from kdbench.backbones.base import BACKBONES
from kdbench.backbones.mf import MF
from kdbench.errors import RunError
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext, functional
from kdbench.losses.functional import (
    clamped_masked_logsumexp,
    dkc_distance,
    dkc_start,
    dkc_update,
    factored_logsumexp,
    hetcomp_overall,
    hetcomp_rank,
)
from kdbench.losses.hetcomp import first_positives, select_checkpoints
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.runner import run_suite
from kdbench.runner.store import Store
from kdbench.suite import load_suite
from kdbench.train.checkpoint import Checkpoint
from kdbench.train.teacher import StoredListsContext, TeacherCache
from kdbench.train.trainer import TrainConfig, fit
from kdbench.train.trajectory import TrajectoryRecorder
from tests.list_loss_helpers import batch_of, full_scores, tiny_data, train_sets

# ---------------------------------------------------------------- plain restatements


def plain_pl(s: list[float], ordered: list[int], rest: list[int]) -> float:
    """−Σ_k [s_{a_k} − log(Σ_{j≥k} e^{s_{a_j}} + Σ_{j∈R} e^{s_j})], with raw exps."""
    out = 0.0
    for k, a in enumerate(ordered):
        below = sum(math.exp(s[j]) for j in ordered[k:]) + sum(math.exp(s[j]) for j in rest)
        out -= s[a] - math.log(below)
    return out


def plain_user_loss(
    s: list[float], train: set[int], pos: list[int], top: list[int], phase: int
) -> float:
    """One user's HetComp term, item by item (the reference's formulas, raw exps)."""
    items = range(len(s))
    if phase == 1:
        rest = [j for j in items if j not in train and j not in top]
        z = sum(math.exp(s[j]) for j in rest)
        return 2 * sum(-(s[i] - math.log(math.exp(s[i]) + z)) for i in pos + top)
    k = len(top)
    half = [j for j in items if j not in train and j not in top[: k // 2]]
    tenth = [j for j in items if j not in train and j not in top[: k // 10]]
    return plain_pl(s, pos, half) + 0.5 * (
        plain_pl(s, top[: k // 2], half) + plain_pl(s, top[: k // 10], tenth)
    )


def gains(k: int) -> list[float]:
    return [(2 ** math.exp(-r / 10) - 1) / math.log2(r + 2) for r in range(k)]


def plain_distance(student: list[int], target: list[int]) -> float:
    g = gains(len(student))
    dcg = sum(g[r] for r, i in enumerate(student) if i in set(target))
    return 1 - round(dcg / sum(g), 4)


def plain_dkc(idx, last, student_top, lists, threshold):
    """The reference's per-user loop, restated (numpy float division: x/0 = inf, 0/0 = nan)."""
    C = len(lists)
    idx, last = list(idx), list(last)
    with np.errstate(divide="ignore", invalid="ignore"):
        for u in range(len(idx)):
            if idx[u] == C - 1:
                continue
            d = plain_distance(student_top[u], lists[min(C - 1, idx[u] + 1)][u])
            ratio = np.float64(last[u]) / np.float64(d)
            if ratio > threshold or ratio < 1:
                idx[u] += 1
                last[u] = plain_distance(student_top[u], lists[min(C - 1, idx[u] + 1)][u])
    return idx, last


# ---------------------------------------------------------------- functional cores


def test_phase1_hand_value_and_stability():
    # one listed item at s = 0 against one other item at s = 0: −log(1/2)
    v = hetcomp_overall(torch.zeros(1, 1), torch.zeros(1, 1))
    assert v.item() == pytest.approx(math.log(2))
    # listed scores 1, 2 against the rest {0, 0}: Σ −log(e^s / (e^s + 2))
    v = hetcomp_overall(torch.tensor([[1.0, 2.0]]), torch.tensor([[math.log(2)]]))
    expected = sum(-math.log(math.exp(x) / (math.exp(x) + 2)) for x in (1.0, 2.0))
    assert v.item() == pytest.approx(expected)
    s = torch.tensor([[40.0, -40.0]], requires_grad=True)
    v = hetcomp_overall(s, torch.tensor([[200.0]]))
    v.backward()
    assert torch.isfinite(v).all() and torch.isfinite(s.grad).all()


def test_clamped_masked_logsumexp_value_and_gradient_equal_the_plain_form():
    s = torch.tensor([[0.0, 1.0, 2.0, 3.0]])
    drop = torch.tensor([[False, False, True, False]])
    got = clamped_masked_logsumexp(s, drop, 2.5)  # 3 → 2.5; item 2 left out
    assert got.item() == pytest.approx(math.log(1 + math.e + math.exp(2.5)))
    g = torch.Generator().manual_seed(0)
    for scale in (1.0, 60.0):  # without and with clamped entries
        x = (torch.randn(4, 30, generator=g, dtype=torch.float64) * scale).requires_grad_()
        drop = torch.rand(4, 30, generator=g) < 0.3
        w = torch.randn(4, 1, generator=g, dtype=torch.float64)
        (clamped_masked_logsumexp(x, drop, 40.0) * w).sum().backward()
        fused = x.grad.clone()
        x.grad = None
        plain = torch.logsumexp(x.clamp(-40, 40).masked_fill(drop, float("-inf")), -1, True)
        (plain * w).sum().backward()
        torch.testing.assert_close(fused, x.grad)
        assert (fused[drop] == 0).all()


@pytest.mark.parametrize("block_bytes", [8 * 30, 8 * 30 * 3, 1 << 20])  # 1, 3, all rows
def test_factored_logsumexp_equals_the_plain_form(monkeypatch, block_bytes):
    monkeypatch.setattr(functional, "FACTORED_BLOCK_BYTES", block_bytes)
    g = torch.Generator().manual_seed(0)
    for scale in (0.3, 8.0):  # without and with scores beyond the clamp
        users = (torch.randn(5, 4, generator=g, dtype=torch.float64) * scale).requires_grad_()
        items = (torch.randn(30, 4, generator=g, dtype=torch.float64) * scale).requires_grad_()
        drop = torch.rand(5, 30, generator=g) < 0.3
        drop[2] = True  # every item left out: −inf, no gradient
        drop[4] = False  # nothing left out
        rows, cols = drop.nonzero(as_tuple=True)
        rows, cols = torch.cat([rows, rows[:5]]), torch.cat([cols, cols[:5]])  # repeats
        rows, order = torch.sort(rows, stable=True)
        w = torch.randn(5, 1, generator=g, dtype=torch.float64)
        got = factored_logsumexp(users, items, rows, cols[order], 40.0)
        (got.masked_fill(got.isinf(), 0) * w).sum().backward()
        grads = users.grad.clone(), items.grad.clone()
        users.grad = items.grad = None
        s = (users @ items.T).clamp(-40, 40).masked_fill(drop, float("-inf"))
        want = torch.logsumexp(s, -1, True)
        (want.masked_fill(want.isinf(), 0) * w).sum().backward()
        torch.testing.assert_close(got, want)
        assert got[2].item() == float("-inf")
        torch.testing.assert_close(grads[0], users.grad)
        torch.testing.assert_close(grads[1], items.grad)
        assert (users @ items.T).abs().max() > 40 or scale < 1


@pytest.mark.parametrize("backbone", ["mf", "lightgcn", "hstu"])
def test_score_factors_give_the_dense_scores_value_and_gradients(backbone):
    """Every built-in backbone's factors multiply to its scores, and the factored
    log-sum-exp trains its parameters exactly as the dense one (HetComp's two paths)."""
    data = tiny_data(n_users=6, n_items=30)
    torch.manual_seed(0)
    extra = {"dropout": 0.0, "linear_dropout": 0.0, "max_len": 8} if backbone == "hstu" else {}
    model = BACKBONES.get(backbone)(data, dim=8, **extra).train()
    users = torch.tensor([0, 2, 3, 5])
    drop = torch.rand(4, 30, generator=torch.Generator().manual_seed(1)) < 0.3
    rows, cols = drop.nonzero(as_tuple=True)
    w = torch.randn(4, 1, generator=torch.Generator().manual_seed(2))
    model.begin_step()
    u, v = model.score_factors(users)
    torch.testing.assert_close(u @ v.T, model.score(users))
    (factored_logsumexp(u, v, rows, cols, 40.0) * w).sum().backward()
    factored = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    model.zero_grad(set_to_none=True)
    model.begin_step()
    (clamped_masked_logsumexp(model.score(users), drop, 40.0) * w).sum().backward()
    dense = {n: p.grad for n, p in model.named_parameters() if p.grad is not None}
    assert factored.keys() == dense.keys() and factored
    for name, grad in dense.items():
        torch.testing.assert_close(factored[name], grad, msg=name)


def test_phase2_equals_plain_plackett_luce_loops():
    g = torch.Generator().manual_seed(0)
    s = torch.randn(3, 30, generator=g, dtype=torch.float64)
    pos = torch.tensor([[0, 1], [2, 3], [4, 5]])
    top = torch.stack([torch.randperm(24, generator=g)[:20] + 6 for _ in range(3)])
    train = [{0, 1}, {2, 3}, {4, 5}]
    drop = torch.zeros(3, 30, dtype=torch.bool)
    for u, items in enumerate(train):
        drop[u, list(items)] = True
    drop.scatter_(1, top, True)
    got = hetcomp_rank(s.gather(1, pos), s.gather(1, top), clamped_masked_logsumexp(s, drop))
    for u in range(3):
        want = plain_user_loss(s[u].tolist(), train[u], pos[u].tolist(), top[u].tolist(), 2)
        assert got[u].item() == pytest.approx(want, rel=1e-9)


def test_dkc_distance_hand_values():
    student = torch.arange(10)[None]
    g = gains(10)
    assert dkc_distance(student, student).item() == 0.0
    assert dkc_distance(student, torch.arange(10, 20)[None]).item() == 1.0
    # a hit at rank 0 only (the target's order does not matter)
    target = torch.tensor([[30, 31, 32, 33, 34, 35, 36, 37, 38, 0]])
    assert dkc_distance(student, target).item() == pytest.approx(1 - round(g[0] / sum(g), 4))
    assert dkc_distance(student, target).dtype == torch.float64


def test_dkc_move_rule_hand_example():
    K = 10
    student = torch.arange(K).expand(6, K)
    same, other = torch.arange(K), torch.arange(K, 2 * K)
    first_hit = torch.cat([torch.tensor([0]), torch.arange(100, 100 + K - 1)])
    d_first = 1 - round(gains(K)[0] / sum(gains(K)), 4)  # ≈ 0.7, a hit at rank 0 only
    # lists[c, u]: checkpoint c's list for user u
    lists = torch.stack(
        [
            torch.stack([other] * 6),
            torch.stack([same, other, other, other, other, first_hit]),
            torch.stack([other, other, same, other, first_hit, other]),
        ]
    )
    idx = torch.tensor([0, 0, 0, 2, 1, 0])
    last = torch.tensor([0.5, 1.0, 0.5, 0.3, 1.0, d_first * 1.04], dtype=torch.float64)
    new_idx, new_last = dkc_update(idx, last, student, lists, threshold=1.05)
    # 0: distance 0 to its next list → ratio inf → moves; last = distance to checkpoint 2
    # 1: ratio 1/1 = 1 → stays; 2: ratio 0.5 < 1 (drifted away) → moves, last = 0 (same)
    # 3: at the last checkpoint; 4: ratio 1/0.7 > 1.05 → moves to the last (last: same list)
    # 5: ratio 1.04 < 1.05 → stays
    assert new_idx.tolist() == [1, 0, 1, 2, 2, 0]
    assert new_last.tolist() == pytest.approx([1.0, 1.0, 0.0, 0.3, d_first, d_first * 1.04])
    # the first call measures the distance to the next checkpoint and moves nobody
    start = dkc_start(torch.zeros(6, dtype=torch.long), student, lists)
    assert start.tolist() == pytest.approx([0.0, 1, 1, 1, 1, d_first])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_dkc_update_equals_the_reference_loop(seed):
    g = torch.Generator().manual_seed(seed)
    U, C, K, n_items = 200, 3, 10, 25  # few items: overlaps, equal and zero distances
    lists = torch.stack([torch.rand(U, n_items, generator=g).argsort(1)[:, :K] for _ in range(C)])
    student = torch.rand(U, n_items, generator=g).argsort(1)[:, :K]
    idx = torch.randint(0, C, (U,), generator=g)
    last = torch.round(torch.rand(U, generator=g, dtype=torch.float64), decimals=2)
    last[:10] = 0.0  # 0/0: no move
    got_idx, got_last = dkc_update(idx, last, student, lists, threshold=1.05 * 0.995**3)
    want_idx, want_last = plain_dkc(
        idx.tolist(), last.tolist(), student.tolist(), lists.tolist(), 1.05 * 0.995**3
    )
    assert got_idx.tolist() == want_idx
    assert got_last.tolist() == pytest.approx(want_last, abs=1e-12)
    assert 0 < (got_idx != idx).sum() < U  # some move, some stay


def test_first_positives_take_the_first_of_each_row_up_to_the_shortest():
    indptr = torch.tensor([0, 3, 5, 9])
    indices = torch.tensor([7, 1, 4, 2, 9, 5, 6, 3, 8])
    assert first_positives(indptr, indices).tolist() == [[7, 1], [2, 9], [5, 6]]


# ---------------------------------------------------------------- the loss


def trajectory_of(ctx: DistillContext, epochs=(50, 100, 150, 160), K: int = 20):
    """A stand-in trajectory: the teacher's masked top-K with its scores perturbed more
    the earlier the checkpoint."""
    g = torch.Generator().manual_seed(3)
    out = []
    for c in range(len(epochs)):
        noise = torch.randn(ctx.data.n_users, ctx.data.n_items, generator=g) * (len(epochs) - c)
        s = full_scores(ctx.teacher) + noise
        for u, items in enumerate(train_sets(ctx.data)):
            s[u, list(items)] = float("-inf")
        out.append(s.topk(K, 1).indices)
    return TeacherTrajectory(torch.stack(out), tuple(epochs))


def setup_hetcomp(traj_epochs=(50, 100, 150, 160), **params):
    data = tiny_data()
    torch.manual_seed(0)
    teacher = MF(data, dim=8, init_std=1.0).eval()
    student = MF(data, dim=4, init_std=1.0)
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), torch.Generator())
    ctx.trajectory = trajectory_of(ctx, traj_epochs)
    loss = LOSSES.get("hetcomp")(**{"K": 10, **params})
    loss.setup(ctx)
    return loss, ctx


@pytest.fixture(params=["factored", "dense"])
def score_path(request, monkeypatch):
    """HetComp's log-sum-exp over the student's score factors (MF has them) or, for a
    backbone without, over its [B, I] scores."""
    if request.param == "dense":
        monkeypatch.setattr(MF, "has_score_factors", classmethod(lambda cls: False))
    return request.param


@pytest.mark.parametrize("unit", ["rows", "unique_users"])
@pytest.mark.parametrize("phase", [1, 2])
def test_forward_equals_a_plain_loop_over_batch_rows(unit, phase, score_path):
    loss, ctx = setup_hetcomp(unit=unit)
    with torch.no_grad():
        ctx.student.user_emb.mul_(8)  # scores beyond ±40: the clamp matters
    loss.idx = torch.tensor([0, 1, 2, 0, 1, 2, 0])
    loss.current_phase = phase
    rows = [0, 3, 3, 5, 6, 6, 6]
    got = loss(batch_of(rows))
    s = full_scores(ctx.student).clamp(-40, 40).double()
    train = train_sets(ctx.data)
    P = min(len(t) for t in train)
    users = rows if unit == "rows" else sorted(set(rows))
    want = 0.0
    for u in users:
        pos = ctx.data.train.row(u)[:P].tolist()
        top = loss.lists[loss.idx[u], u].tolist()
        want += plain_user_loss(s[u].tolist(), train[u], pos, top, phase)
    assert got.item() == pytest.approx(want, rel=1e-5)
    assert (s.abs() == 40).any()


def torch_user_loss(s, train, pos, top, phase):
    """``plain_user_loss`` in torch ops on a score row with gradient (raw exp sums)."""

    def pl(ordered, rest):
        out = 0
        for k, a in enumerate(ordered):
            out = out - (s[a] - torch.log(s[ordered[k:]].exp().sum() + s[rest].exp().sum()))
        return out

    items = range(len(s))
    if phase == 1:
        rest = [j for j in items if j not in train and j not in top]
        z = s[rest].exp().sum()
        return 2 * sum(-(s[i] - torch.log(s[i].exp() + z)) for i in pos + top)
    k = len(top)
    half = [j for j in items if j not in train and j not in top[: k // 2]]
    tenth = [j for j in items if j not in train and j not in top[: k // 10]]
    return pl(pos, half) + 0.5 * (pl(top[: k // 2], half) + pl(top[: k // 10], tenth))


@pytest.mark.parametrize("phase", [1, 2])
def test_gradient_equals_the_plain_form(phase, score_path):
    loss, ctx = setup_hetcomp()
    student = ctx.student
    with torch.no_grad():
        student.user_emb.mul_(8)  # some scores clamped
    loss.idx = torch.tensor([0, 1, 2, 0, 1, 2, 0])
    loss.current_phase = phase
    rows = [0, 3, 3, 5, 6]
    loss(batch_of(rows)).backward()
    fused = [p.grad.clone() for p in student.parameters()]
    student.zero_grad()
    s = (student.user_emb @ student.item_emb.T).clamp(-40, 40)
    train = train_sets(ctx.data)
    P = min(len(t) for t in train)
    total = 0
    for u in rows:
        pos = ctx.data.train.row(u)[:P].tolist()
        top = loss.lists[loss.idx[u], u].tolist()
        total = total + torch_user_loss(s[u], train[u], pos, top, phase)
    total.backward()
    for a, p in zip(fused, student.parameters(), strict=True):
        torch.testing.assert_close(a, p.grad, rtol=1e-4, atol=1e-4)


def test_reference_defaults_and_variants():
    hp = LOSSES.get("hetcomp")().hp
    assert {k: hp[k] for k in ("num_ckpt", "K", "p", "alpha", "lambda")} == {
        "num_ckpt": 3,
        "K": 50,
        "p": 10,
        "alpha": 1.05,
        "lambda": 0.005,
    }
    assert (hp["final"], hp["unit"], hp["reduction"], hp["decay"]) == (
        "ordered",
        "rows",
        "sum",
        0.995,
    )
    assert LOSSES.get("hetcomp").variants == ("final", "unit")


def test_checkpoints_are_the_first_C_or_end_at_the_best():
    lists = torch.arange(4)[:, None, None].expand(4, 2, 3)
    traj = TeacherTrajectory(lists, (50, 100, 150, 320))
    assert select_checkpoints(traj, 3, "ordered")[:, 0, 0].tolist() == [0, 1, 2]
    assert select_checkpoints(traj, 3, "best")[:, 0, 0].tolist() == [0, 1, 3]
    assert select_checkpoints(traj, 1, "best")[:, 0, 0].tolist() == [3]
    short = TeacherTrajectory(lists[-2:], (50, 80))
    assert select_checkpoints(short, 2, "ordered")[:, 0, 0].tolist() == [2, 3]
    with pytest.raises(RunError, match=r"num_ckpt=3.*2 checkpoints \(epochs 50, 80.*lower"):
        select_checkpoints(short, 3, "ordered")


def test_no_trajectory_fails_with_one_clear_line():
    data = tiny_data()
    ctx = DistillContext(MF(data, dim=4), MF(data, dim=4), data, torch.device("cpu"), None)
    with pytest.raises(RunError, match="teacher's training trajectory"):
        LOSSES.get("hetcomp")(K=10).setup(ctx)
    assert "trajectory" in LOSSES.get("hetcomp").requires


def test_dkc_schedule_and_phase_switch():
    loss, ctx = setup_hetcomp(num_ckpt=3, p=2)
    calls = []
    real = ctx.topk
    ctx.topk = lambda model, k, mask_train: calls.append(k) or real(model, k, mask_train)
    loss.on_epoch_start(0)
    loss.on_epoch_start(1)
    assert calls == [] and loss.current_phase == 1
    loss.on_epoch_start(2)  # first call: distances only
    assert calls == [10] and bool(loss.started) and loss.idx.tolist() == [0] * 7
    loss.on_epoch_start(3)
    assert len(calls) == 1
    # the student matches checkpoint 1 exactly: every user moves on the next call
    target = loss.lists[1]
    ctx.topk = lambda model, k, mask_train: calls.append(k) or target
    loss.last_dist.fill_(0.5)
    loss.on_epoch_start(4)
    assert loss.idx.tolist() == [1] * 7 and loss.current_phase == 1
    # six of seven users at the last checkpoint: mean 1.86 → phase 1 goes on
    loss.idx = torch.tensor([2, 2, 2, 2, 2, 2, 1])
    loss.on_epoch_start(5)
    assert loss.current_phase == 1
    loss.idx = torch.full((7,), 2)
    loss.on_epoch_start(5)
    assert loss.current_phase == 2
    n = len(calls)
    loss.on_epoch_start(6)  # phase 2: DKC no longer runs
    assert len(calls) == n and loss.current_phase == 2
    assert set(loss.state_dict()) == {"idx", "last_dist", "started"}


# ---------------------------------------------------------------- the trajectory


def train_mf(data, hook=None, epochs=7):
    torch.manual_seed(0)
    model = MF(data, dim=8)
    gen = torch.Generator().manual_seed(0)
    cfg = TrainConfig(epochs=epochs, batch_size=256, lr=0.02, patience=100)
    result = fit(
        model,
        LOSSES.get("student")(),
        Evaluator(data, ["ndcg@10"], "cpu"),
        cfg,
        gen,
        on_epoch_end=hook,
    )
    return model, result


def test_recorder_keeps_lists_before_the_best_epoch_train_masked(ml100k_slice):
    data = ml100k_slice
    recorder = TrajectoryRecorder(data, "cpu", every=2, max_before_best=2, k=15)
    snapshots = {}

    def hook(epoch, model):
        snapshots[epoch] = copy.deepcopy(model.state_dict())
        recorder(epoch, model)

    model, result = train_mf(data, hook)
    traj = recorder.finish(model, result.best_epoch)
    assert recorder.epochs == [2, 4]  # 0 is no checkpoint; at most two before the best
    assert len(traj.epochs) >= 2
    before = tuple(e for e in (2, 4) if e < result.best_epoch)
    assert traj.epochs == (*before, result.best_epoch)
    assert traj.lists.shape == (len(traj.epochs), data.n_users, 15)
    train = train_sets(data)
    probe = MF(data, dim=8)
    for c, epoch in enumerate(traj.epochs):
        probe.load_state_dict(snapshots[epoch])
        s = full_scores(probe)
        for u in range(data.n_users):
            s[u, list(train[u])] = float("-inf")
        assert torch.equal(traj.lists[c].long(), s.topk(15, 1).indices)
        assert not any(set(traj.lists[c, u].tolist()) & train[u] for u in range(data.n_users))


def test_recording_does_not_change_the_teacher(ml100k_slice):
    plain, r_plain = train_mf(ml100k_slice)
    recorder = TrajectoryRecorder(ml100k_slice, "cpu", every=1, max_before_best=10)
    recorded, r_recorded = train_mf(ml100k_slice, recorder)
    assert len(recorder.epochs) == 6
    for a, b in zip(plain.state_dict().values(), recorded.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    strip = ("seconds",)
    assert [{k: v for k, v in r.items() if k not in strip} for r in r_plain.curve] == [
        {k: v for k, v in r.items() if k not in strip} for r in r_recorded.curve
    ]


def test_a_teacher_resumed_from_a_checkpoint_keeps_its_trajectory(ml100k_slice, tmp_path):
    class Stop(Exception):
        pass

    def run(checkpoint=None, stop_at=None):
        torch.manual_seed(0)
        model = MF(ml100k_slice, dim=8)
        gen = torch.Generator().manual_seed(0)
        recorder = TrajectoryRecorder(ml100k_slice, "cpu", every=1, max_before_best=10)

        def progress(info):
            if info["epoch"] == stop_at:
                raise Stop

        cfg = TrainConfig(epochs=5, batch_size=256, lr=0.005, patience=100)
        evaluator = Evaluator(ml100k_slice, ["ndcg@10"], "cpu")
        loss = LOSSES.get("student")()
        r = fit(model, loss, evaluator, cfg, gen, progress, checkpoint, on_epoch_end=recorder)
        return recorder.finish(model, r.best_epoch), r

    whole, _ = run()
    ckpt = Checkpoint(tmp_path / "t.pt", every_s=0)
    with pytest.raises(Stop):
        run(ckpt, stop_at=3)
    resumed, r = run(ckpt)
    assert r.resumed_from == [3] and len(whole.epochs) >= 3
    assert resumed.epochs == whole.epochs and torch.equal(resumed.lists, whole.lists)


def test_cache_serves_the_trajectory_and_keeps_it_out_of_the_record(tmp_path, ml100k_slice):
    data = ml100k_slice
    cache = TeacherCache(tmp_path / "teachers")
    traj = TeacherTrajectory(torch.randint(0, data.n_items, (2, data.n_users, 5)), (50, 70))
    teacher = MF(data, dim=4)
    cache.save("t", teacher, {"run.json": b"{}", "trajectory.npz": traj.to_bytes()})
    ctx = StoredListsContext(
        teacher,
        MF(data, dim=4),
        data,
        torch.device("cpu"),
        torch.Generator(),
        trajectory_file=cache.trajectory_path("t"),
    )
    got = ctx.teacher_trajectory()
    assert torch.equal(got.lists, traj.lists) and got.epochs == (50, 70)
    cache.copy_record("t", tmp_path / "store" / "t")
    assert [p.name for p in (tmp_path / "store" / "t").iterdir()] == ["run.json"]
    # a teacher cached before trajectories were recorded: one line saying what to do
    cache.save("old", teacher, {"run.json": b"{}"})
    old = StoredListsContext(
        teacher,
        teacher,
        data,
        torch.device("cpu"),
        torch.Generator(),
        trajectory_file=cache.trajectory_path("old"),
    )
    with pytest.raises(RunError, match=r"old has no training trajectory .*remove that folder"):
        old.teacher_trajectory()


# ---------------------------------------------------------------- training


@pytest.mark.parametrize("params", [{}, {"final": "best", "unit": "unique_users", "num_ckpt": 2}])
def test_trains_an_mf_student_from_a_recorded_trajectory_without_nan(ml100k_slice, params):
    data = ml100k_slice
    recorder = TrajectoryRecorder(data, "cpu", every=1, max_before_best=5, k=30)
    teacher, result = train_mf(data, recorder, epochs=9)
    traj = recorder.finish(teacher, result.best_epoch)
    assert len(traj.epochs) >= 3
    torch.manual_seed(1)
    student = MF(data, dim=4)
    gen = torch.Generator().manual_seed(1)
    ctx = DistillContext(teacher.eval(), student, data, torch.device("cpu"), gen, trajectory=traj)
    loss = LOSSES.get("hetcomp")(**{"K": 20, "p": 1, **params})
    loss.setup(ctx)
    cfg = TrainConfig(epochs=6, batch_size=256, lr=0.01, patience=100)
    fr = fit(student, loss, Evaluator(data, ["ndcg@10"], "cpu"), cfg, gen)
    assert fr.epochs_run == 6
    for row in fr.curve:
        assert math.isfinite(row["train_loss"]) and row["kd_loss"] > 0
    assert bool(loss.started)


def test_the_runner_records_a_teachers_trajectory_and_students_read_it(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "suite.yaml").write_text(
        mf_suite("hetcomp", out, "hetcomp: {num_ckpt: 1, K: 20}", epochs=2, metrics="[ndcg@10]")
    )
    suite = load_suite(tmp_path / "suite.yaml")
    cache = TeacherCache(tmp_path / "teachers")
    assert run_suite(suite, teacher_cache=cache).ok
    by_kind = {r["kind"]: r for r in Store(out).records()}
    teacher_id = by_kind["teacher"]["run_id"]
    traj = TeacherTrajectory.load(cache.trajectory_path(teacher_id))
    assert traj.epochs == (by_kind["teacher"]["best_epoch"],)  # no checkpoint before epoch 50
    assert traj.lists.shape == (1, 943, TeacherTrajectory.K)
    assert not (out / "runs" / teacher_id / "trajectory.npz").exists()
    assert by_kind["student"]["status"] == "done"
    # a teacher cached before trajectories were recorded: the student fails, saying why
    cache.trajectory_path(teacher_id).unlink()
    shutil.rmtree(out / "runs" / by_kind["student"]["run_id"])
    outcome = run_suite(suite, teacher_cache=cache)
    assert len(outcome.failed) == 1
    assert "has no training trajectory" in outcome.failed[0][1]
