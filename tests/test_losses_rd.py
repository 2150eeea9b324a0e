"""RD: the teacher's top-K with static weights before the start epoch, static × dynamic
after; the kds variant adds 1 to the rank estimate and renormalises."""

from __future__ import annotations

import math

import pytest
import torch
from list_loss_helpers import batch_of, full_scores, setup_loss, train_sets

from kdbench.losses import LOSSES


def test_static_weights_before_the_start_epoch():
    loss, ctx = setup_loss("rd", K=4, T_rd=2.0, S=5, dynamic_start_epoch=3)
    assert torch.equal(loss.C, torch.topk(full_scores(ctx.teacher), 4).indices)  # unmasked
    loss.on_epoch_start(2)
    users = [1, 1, 4]
    s = full_scores(ctx.student)
    e = [math.exp(-r / 2) for r in range(1, 5)]
    w = [x / sum(e) for x in e]

    def per_user(u):
        return sum(
            wr * math.log1p(math.exp(-s[u, c].item())) for wr, c in zip(w, loss.C[u], strict=True)
        )

    expected = sum(per_user(u) for u in users) / len(users)  # reduction: mean over rows
    assert loss(batch_of(users)).item() == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize("variant", ["original", "kds"])
def test_dynamic_weights_follow_the_rank_estimate(variant):
    loss, ctx = setup_loss(
        "rd", K=3, T_rd=1.0, S=6, mu=0.5, dynamic_start_epoch=0, rd_variant=variant
    )
    loss.on_epoch_start(0)
    n_items = ctx.data.n_items
    for u in range(ctx.data.n_users):
        # the loss's own scoring calls, so an item in both lists compares equal to itself
        with torch.no_grad():
            sample = ctx.student.score_items(torch.tensor([u]), loss.S_items[u][None])[0]
            s_top = ctx.student.score_items(torch.tensor([u]), loss.C[u][None])
        w = []
        for r in range(3):
            above = int((sample > s_top[0, r]).sum())
            rhat = math.floor((n_items - 1) * above / 6) + (variant == "kds")
            w_a = math.exp(-(r + 1)) / sum(math.exp(-j) for j in (1, 2, 3))
            w.append(w_a * max(0.0, math.tanh(0.5 * (rhat - r))))
        if variant == "kds" and sum(w) > 0:
            w = [x / sum(w) for x in w]
        got = loss.weights(torch.tensor([u]), s_top)[0]
        torch.testing.assert_close(got, torch.tensor(w), rtol=1e-5, atol=1e-7)


def test_samples_avoid_train_items_and_mask_train_changes_only_the_list():
    loss, ctx = setup_loss("rd", K=5, S=8, mask_train=True)
    loss.on_epoch_start(0)
    train = train_sets(ctx.data)
    for u in range(ctx.data.n_users):
        assert not set(loss.S_items[u].tolist()) & train[u]
        assert not set(loss.C[u].tolist()) & train[u]
    plain, _ = setup_loss("rd", K=5, S=8)
    assert plain.hp | {"mask_train": True} == loss.hp


def test_defaults_are_the_originals():
    hp = LOSSES.get("rd")().hp
    assert (hp["K"], hp["T_rd"], hp["mu"], hp["S"], hp["dynamic_start_epoch"]) == (
        10,
        1.0,
        0.1,
        100,
        10,
    )
    assert (hp["rd_variant"], hp["mask_train"], hp["reduction"], hp["lambda"]) == (
        "original",
        False,
        "mean",
        1.0,
    )
