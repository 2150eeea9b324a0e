"""Vanilla CE: Q(u) is the guide's top-K (student per epoch, or teacher once), unmasked by
default like the reference; the loss sums over batch rows."""

from __future__ import annotations

import pytest
import torch
from list_loss_helpers import batch_of, full_scores, setup_loss, train_sets

from kdbench.losses.functional import soft_ce


def test_student_guide_rebuilds_lists_each_epoch_and_sums_over_rows():
    loss, ctx = setup_loss("ce", K=6, tau=2.0)
    loss.on_epoch_start(0)
    assert torch.equal(loss.Q, torch.topk(full_scores(ctx.student), 6).indices)
    users = [3, 3, 1]
    s, t = full_scores(ctx.student), full_scores(ctx.teacher)
    expected = sum(soft_ce(s[u, loss.Q[u]][None], t[u, loss.Q[u]][None], 2.0).item() for u in users)
    assert loss(batch_of(users)).item() == pytest.approx(expected, rel=1e-5)
    with torch.no_grad():
        ctx.student.user_emb.mul_(-1)
    loss.on_epoch_start(1)
    assert torch.equal(loss.Q, torch.topk(-s, 6).indices)


def test_teacher_guide_and_mask_train():
    loss, ctx = setup_loss("ce", K=5, guide="teacher", mask_train=True)
    t = full_scores(ctx.teacher)
    for u, items in enumerate(train_sets(ctx.data)):
        t[u, list(items)] = -torch.inf
    assert torch.equal(loss.Q, torch.topk(t, 5).indices)
    q = loss.Q.clone()
    loss.on_epoch_start(0)
    assert torch.equal(loss.Q, q)  # the teacher's list is built once


def test_unique_users_unit_and_mean_reduction():
    loss, ctx = setup_loss("ce", K=4, unit="unique_users", reduction="mean")
    loss.on_epoch_start(0)
    s, t = full_scores(ctx.student), full_scores(ctx.teacher)
    per = {u: soft_ce(s[u, loss.Q[u]][None], t[u, loss.Q[u]][None]).item() for u in (0, 2)}
    assert loss(batch_of([0, 2, 2, 2])).item() == pytest.approx((per[0] + per[2]) / 2, rel=1e-5)
