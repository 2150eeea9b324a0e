"""RRD: lists respect the teacher's ranking and the exclusions; the loss is the PL sum over
unique batch users; rrd_variant changes only how interesting items are chosen."""

from __future__ import annotations

import pytest
import torch
from list_loss_helpers import batch_of, full_scores, setup_loss, train_sets

from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.losses.functional import plackett_luce


def masked_teacher_topn(ctx, N):
    s = full_scores(ctx.teacher)
    for u, items in enumerate(train_sets(ctx.data)):
        s[u, list(items)] = -torch.inf
    return torch.topk(s, N, dim=1).indices


def test_lists_respect_teacher_order_and_exclusions():
    loss, ctx = setup_loss("rrd", K=5, L=6, N=12, T=2.0)
    assert torch.equal(loss.top_N, masked_teacher_topn(ctx, 12))
    loss.on_epoch_start(0)
    train = train_sets(ctx.data)
    for u in range(ctx.data.n_users):
        top = loss.top_N[u].tolist()
        interesting = loss.interesting[u].tolist()
        ranks = [top.index(i) for i in interesting]
        assert ranks == sorted(ranks) and len(set(ranks)) == 5  # teacher order, distinct
        unint = set(loss.uninteresting[u].tolist())
        assert len(unint) == 6
        assert not unint & train[u] and not unint & set(top)


def test_interesting_ranks_follow_exp_minus_r_over_T():
    # K = 1 over many epochs: the rank frequencies are p(r) ∝ exp(−r/T)
    loss, _ = setup_loss("rrd", K=1, L=1, N=6, T=1.5)
    counts = torch.zeros(6)
    for epoch in range(400):
        loss.on_epoch_start(epoch)
        pos = (loss.top_N == loss.interesting).float().argmax(1)
        counts += torch.bincount(pos, minlength=6)
    p = torch.exp(-torch.arange(1, 7, dtype=torch.float64) / 1.5)
    p /= p.sum()
    freq = counts / counts.sum()
    assert (freq - p).abs().max() < 0.03  # 2800 draws: sd ≤ 0.01


def test_topk_variant_is_the_first_K_and_keeps_sampling_the_rest():
    loss, _ = setup_loss("rrd", K=4, L=5, N=10, rrd_variant="topk")
    loss.on_epoch_start(0)
    assert torch.equal(loss.interesting, loss.top_N[:, :4])
    first = loss.uninteresting.clone()
    loss.on_epoch_start(1)
    assert torch.equal(loss.interesting, loss.top_N[:, :4])
    assert not torch.equal(first, loss.uninteresting)  # resampled every epoch


def test_forward_is_plackett_luce_over_unique_users():
    loss, ctx = setup_loss("rrd", K=3, L=4, N=8)
    loss.on_epoch_start(0)
    users = [2, 0, 2, 5, 2]
    out = loss(batch_of(users))
    s = full_scores(ctx.student)
    expected = sum(
        plackett_luce(s[u, loss.interesting[u]][None], s[u, loss.uninteresting[u]][None]).item()
        for u in (0, 2, 5)
    )
    assert out.item() == pytest.approx(expected, rel=1e-5)
    # unit: rows weighs user 2 three times
    loss.unit = "rows"
    rows = sum(
        plackett_luce(s[u, loss.interesting[u]][None], s[u, loss.uninteresting[u]][None]).item()
        for u in users
    )
    assert loss(batch_of(users)).item() == pytest.approx(rows, rel=1e-5)
    out.backward()
    assert torch.isfinite(ctx.student.user_emb.grad).all()


def test_defaults_are_the_papers_and_bad_sizes_are_config_errors():
    hp = LOSSES.get("rrd")().hp
    assert (hp["K"], hp["L"], hp["T"], hp["N"], hp["lambda"]) == (40, 40, 10.0, 500, 1e-3)
    assert (hp["rrd_variant"], hp["unit"], hp["reduction"]) == ("sampled", "unique_users", "sum")
    with pytest.raises(ConfigError, match="K=9 must be <= N=8"):
        LOSSES.get("rrd")(K=9, N=8)
