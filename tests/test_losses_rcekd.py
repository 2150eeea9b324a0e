"""RCE-KD: per-epoch lists (teacher top-K once, student top-mxK, sampled I ⊂ P) and the
per-batch loss against the reference code's arithmetic; each option changes only what it
names."""

from __future__ import annotations

import pytest
import torch
from list_loss_helpers import (
    batch_of,
    full_scores,
    reference_rcekd_row_loss,
    setup_loss,
    train_sets,
)

from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.losses.functional import rowwise_isin


def test_lists_are_the_references_unmasked_top_lists():
    loss, ctx = setup_loss("rcekd", K=4, L=5, mxK=10)
    assert torch.equal(loss.QT, torch.topk(full_scores(ctx.teacher), 4).indices)
    loss.on_epoch_start(0)
    P = torch.topk(full_scores(ctx.student), 10).indices
    assert torch.equal(loss.QS, P[:, :4])
    for u in range(ctx.data.n_users):
        sampled = loss.I[u].tolist()
        assert len(set(sampled)) == 5 and set(sampled) <= set(P[u].tolist())


def test_forward_equals_the_reference_arithmetic_over_rows():
    loss, ctx = setup_loss("rcekd", K=4, L=5, mxK=8, tau=2.0, beta=3.0)
    loss.on_epoch_start(0)
    users = [0, 3, 3, 6, 3]
    s, t = full_scores(ctx.student).double(), full_scores(ctx.teacher).double()
    total = 0.0
    for u in users:
        QS, QT, sampled = loss.QS[u][None], loss.QT[u][None], loss.I[u][None]
        total += reference_rcekd_row_loss(
            s[u, QS],
            t[u, QS],
            s[u, sampled],
            t[u, sampled],
            s[u, QT],
            t[u, QT],
            rowwise_isin(QT, sampled),
            rowwise_isin(QT, QS),
            3.0,
            2.0,
        ).item()
    out = loss(batch_of(users))
    assert out.item() == pytest.approx(total, rel=1e-5)
    out.backward()
    assert torch.isfinite(ctx.student.item_emb.grad).all()


def test_gamma_overlap_changes_only_gamma():
    a, _ = setup_loss("rcekd", K=6, L=6, mxK=6, seed=3)  # mxK = K: I ⊆ Q^S
    b, _ = setup_loss("rcekd", K=6, L=6, mxK=6, seed=3, gamma_overlap="student_topk")
    a.on_epoch_start(0)
    b.on_epoch_start(0)
    for name in ("QT", "QS", "I", "items", "t_S", "t_J", "keep_J"):
        assert torch.equal(getattr(a, name), getattr(b, name)), name
    torch.testing.assert_close(a.gamma, torch.exp(-3.0 * rowwise_isin(a.QT, a.I).float().mean(1)))
    torch.testing.assert_close(b.gamma, torch.exp(-3.0 * rowwise_isin(b.QT, b.QS).float().mean(1)))


def test_mask_train_drops_train_items_from_every_list():
    loss, ctx = setup_loss("rcekd", K=4, L=4, mxK=9, mask_train=True)
    loss.on_epoch_start(0)
    for u, items in enumerate(train_sets(ctx.data)):
        for lists in (loss.QT, loss.QS, loss.I):
            assert not set(lists[u].tolist()) & items


def test_sample_rank_draws_top_positions_more_often():
    loss, ctx = setup_loss("rcekd", K=2, L=1, mxK=10, T_s=1.0, sample_rank=True)
    P = torch.topk(full_scores(ctx.student), 10).indices
    counts = torch.zeros(10)
    for epoch in range(300):
        loss.on_epoch_start(epoch)
        counts += torch.bincount((P == loss.I).float().argmax(1), minlength=10)
    p = torch.softmax(-torch.arange(1, 11, dtype=torch.float64), 0)
    assert ((counts / counts.sum()) - p).abs().max() < 0.04  # 2100 draws


def test_defaults_are_the_reference_citeulike_mf_config_and_sizes_are_checked():
    hp = LOSSES.get("rcekd")().hp
    assert (hp["K"], hp["L"], hp["mxK"], hp["T_s"], hp["tau"], hp["beta"]) == (
        50,
        50,
        200,
        10.0,
        1.0,
        3.0,
    )
    assert (hp["lambda"], hp["count_cap"], hp["sample_rank"], hp["mask_train"]) == (
        500.0,
        50.0,
        False,
        False,
    )
    assert (hp["gamma_overlap"], hp["unit"], hp["reduction"]) == ("sampled", "rows", "sum")
    with pytest.raises(ConfigError, match="L=60 must be <= mxK=50"):
        LOSSES.get("rcekd")(L=60, mxK=50)
