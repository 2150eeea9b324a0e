"""HSTU: input sequences, padding invariance, the causal mask, cosine scores and the
sampled-softmax loss against a plain Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from kdbench.backbones.base import Batch
from kdbench.backbones.hstu import (
    HSTU,
    l2norm,
    length_groups,
    sampled_logits,
    train_sequences,
)
from kdbench.data import CSR, Interactions

SMALL = {"dim": 16, "heads": 2, "attn_dim": 4, "linear_dim": 4, "max_len": 12, "negatives": 8}
NO_DROPOUT = {"dropout": 0.0, "linear_dropout": 0.0}


def make(data, **extra) -> HSTU:
    torch.manual_seed(0)
    return HSTU(data, **{**SMALL, **extra})


def test_train_sequences_are_the_last_items_in_stored_order(ml100k_slice):
    train = ml100k_slice.train
    seq = train_sequences(train, 12).numpy()
    for u in range(train.n_rows):
        row = list(train.row(u)[-12:] + 1)
        assert list(seq[u, : len(row)]) == row
        assert not seq[u, len(row) :].any()


@pytest.mark.parametrize("rel_pos_bias", [False, True])
def test_padding_does_not_change_valid_outputs(rel_pos_bias, ml100k_slice):
    model = make(ml100k_slice, rel_pos_bias=rel_pos_bias).eval()
    seq = model.seq[:6, :7].clone()
    seq[2, 4:] = 0  # a shorter sequence in the batch
    valid = seq > 0
    base = model(seq)
    for extra in (1, 3, 5):  # up to max_len = 12
        padded = torch.cat([seq, torch.zeros(6, extra, dtype=torch.long)], 1)
        out = model(padded)
        # masked keys add exact zeros, but the BLAS kernel (and so the summation order)
        # may change with the sequence length on some CPUs: equal up to float32 rounding
        torch.testing.assert_close(out[:, :7][valid], base[valid], atol=1e-6, rtol=1e-5)
        assert not out[:, 7:].any()  # padded positions are 0
    # one user alone or beside longer users: the same representation
    alone = model._encode_users(torch.tensor([3]))
    together = model._encode_users(torch.arange(10))[3:4]
    torch.testing.assert_close(alone, together, atol=1e-6, rtol=1e-5)


def test_length_groups_cover_every_row_once_in_power_of_two_bands():
    lengths = torch.tensor([100, 3, 0, 64, 65, 1, 2, 33, 17, 4, 100, 9])
    groups = length_groups(lengths)
    rows = torch.cat([r for r, _ in groups])
    assert sorted(rows.tolist()) == list(range(len(lengths)))
    assert [m for _, m in groups] == [100, 64, 17, 9, 4, 2, 1]  # (64,128], (32,64], ...
    for r, m in groups:
        assert r.tolist() == sorted(r.tolist())
        assert int(lengths[r].max().clamp_min(1)) == m
        assert m <= 2 * max(int(lengths[r].min()), 1)  # longest at most twice the shortest
    one = length_groups(torch.tensor([5, 7, 6]))  # one band: one group
    assert [(r.tolist(), m) for r, m in one] == [([0, 1, 2], 7)]


@pytest.mark.parametrize("rel_pos_bias", [False, True])
def test_grouped_encoding_equals_one_padded_block(rel_pos_bias, ml100k_slice):
    model = make(ml100k_slice, blocks=2, rel_pos_bias=rel_pos_bias, **NO_DROPOUT).train()
    seq = model.seq[:16].clone()
    seq[3, 2:] = 0  # lengths spread over several bands, one row of a single item
    seq[5, 1:] = 0
    seq[9, 6:] = 0
    assert len(length_groups((seq > 0).sum(1))) > 1
    grouped, block = model(seq), model._encode(seq)
    torch.testing.assert_close(grouped, block, atol=1e-6, rtol=1e-5)
    assert not grouped[seq == 0].any()
    w = torch.randn_like(block)
    g1 = torch.autograd.grad((grouped * w).sum(), list(model.parameters()), allow_unused=True)
    g2 = torch.autograd.grad((block * w).sum(), list(model.parameters()), allow_unused=True)
    for a, b in zip(g1, g2, strict=True):
        if a is None:
            assert b is None
        else:
            torch.testing.assert_close(a, b, atol=1e-6, rtol=1e-4)


def test_every_user_encoded_as_alone(ml100k_slice, monkeypatch):
    import kdbench.backbones.hstu as hstu

    model = make(ml100k_slice).eval()
    monkeypatch.setattr(hstu, "_ENCODE_CHUNK_ELEMS", 2 * 12 * 12 * 5)  # 5 users per chunk
    with torch.no_grad():
        every = model._all_users()
        alone = torch.cat([model._encode_users(torch.tensor([u])) for u in range(len(every))])
    torch.testing.assert_close(every, alone, atol=1e-6, rtol=1e-5)
    # with autograd (an HSTU student's embeddings() in a training step): gradients reach
    # the encoder through every chunk
    model.train()
    model.begin_step()
    users, _ = model.embeddings()
    assert users.requires_grad
    users.sum().backward()
    assert model.item_emb.grad is not None and model.item_emb.grad.abs().sum() > 0


@pytest.mark.parametrize("rel_pos_bias", [False, True])
def test_causal_mask_no_position_sees_a_later_one(rel_pos_bias, ml100k_slice):
    model = make(ml100k_slice, blocks=2, rel_pos_bias=rel_pos_bias).eval()
    seq = model.seq[:4, :10].clone()
    base = model(seq)
    for t in range(10):
        changed = seq.clone()
        changed[:, t] = changed[:, t] % ml100k_slice.n_items + 1  # another item at t
        out = model(changed)
        torch.testing.assert_close(out[:, :t], base[:, :t], atol=0, rtol=0)
        assert (out[:, t] - base[:, t]).abs().max() > 1e-4  # t itself sees the change


def test_scores_are_cosines(ml100k_slice):
    model = make(ml100k_slice).eval()
    users = torch.arange(8)
    scores = model.score(users)
    assert scores.min() >= -1 - 1e-6 and scores.max() <= 1 + 1e-6
    seq, lengths = model._batch_inputs(users)
    last = model(seq)[torch.arange(8), lengths - 1]
    expected = torch.nn.functional.cosine_similarity(
        last[:, None, :], model.item_emb[1:][None], dim=-1
    )
    torch.testing.assert_close(scores, expected, atol=1e-5, rtol=1e-5)


def test_item_init(ml100k_slice):
    xavier = make(ml100k_slice, dim=64).item_emb.detach()
    expected = math.sqrt(2 / (ml100k_slice.n_items + 1 + 64))
    assert abs(float(xavier.std()) - expected) < 0.05 * expected
    trunc = make(ml100k_slice, dim=64, item_init="truncated_normal").item_emb.detach()
    assert float(trunc.abs().max()) <= 0.04 and 0.01 < float(trunc.std()) < 0.02


@pytest.mark.parametrize("n, items, d, r", [(7, 11, 5, 4), (300, 700, 64, 512)])
def test_sampled_logits_against_autograd(n, items, d, r):
    """The row dots and their two gradients against plain indexing and einsum under
    autograd: forward values equal, gradients up to rounding (summed in another order),
    with repeated negatives and negatives equal to the positive; deterministic."""
    gen = torch.Generator().manual_seed(0)
    query = l2norm(torch.randn(n, d, generator=gen))
    table = l2norm(torch.randn(items, d, generator=gen))
    pos = torch.randint(1, items, (n,), generator=gen)
    neg = torch.randint(1, items, (n, r), generator=gen)
    weights = torch.randn(n, 1 + r, generator=gen)
    out = {}
    for name in ("autograd", "ours", "ours again"):
        q, t = query.clone().requires_grad_(True), table.clone().requires_grad_(True)
        if name == "autograd":
            y = torch.einsum("nd,ncd->nc", q, t[torch.cat([pos[:, None], neg], 1)])
        else:
            y = sampled_logits(q, t, pos, neg)
        (y * weights).sum().backward()
        out[name] = (y.detach(), q.grad, t.grad)
    torch.testing.assert_close(out["ours"][0], out["autograd"][0], rtol=0, atol=1e-6)
    for ours, ref in zip(out["ours"][1:], out["autograd"][1:], strict=True):
        torch.testing.assert_close(ours, ref)
        assert ours.abs().sum() > 0
    assert all(torch.equal(a, b) for a, b in zip(out["ours"], out["ours again"], strict=True))
    assert out["ours"][0][2, 0] == pytest.approx(float(query[2] @ table[pos[2]]), abs=1e-6)
    assert out["ours"][0][2, 1 + 3] == pytest.approx(float(query[2] @ table[neg[2, 3]]), abs=1e-6)
    assert out["ours"][2][0].abs().sum() == 0  # the padding row is never scored


def toy() -> Interactions:
    """4 users over 5 items, train rows of length 1, 2, 4, 6 (stored order kept)."""
    rows = [[3], [0, 4], [1, 2, 3, 0], [4, 3, 2, 1, 0, 2]]
    users = np.concatenate([[u] * len(r) for u, r in enumerate(rows)])
    train = CSR.from_pairs(users, np.concatenate(rows), 4)
    empty = CSR.from_pairs(np.array([], dtype=np.int64), np.array([], dtype=np.int64), 4)
    return Interactions("toy", 4, 5, train, empty, empty)


def test_loss_matches_a_plain_loop():
    data = toy()
    model = make(data, max_len=5, negatives=6, temperature=0.1, **NO_DROPOUT).train()
    users = torch.tensor([3, 0, 2, 1])
    gen = torch.Generator().manual_seed(5)
    loss = model.base_loss(Batch(users, generator=gen))

    seq = model.seq[users]
    with torch.no_grad():
        out, items = model(seq), l2norm(model.item_emb)
    n_supervised = int((seq[:, 1:] > 0).sum())
    neg = torch.randint(1, 6, (n_supervised, 6), generator=torch.Generator().manual_seed(5))
    terms, row = [], 0
    for b in range(4):
        length = int((seq[b] > 0).sum())
        for t in range(length - 1):
            target = int(seq[b, t + 1])
            logits = [float(out[b, t] @ items[target]) / 0.1]
            for j in neg[row].tolist():
                logits.append(-5e4 if j == target else float(out[b, t] @ items[j]) / 0.1)
            top = max(logits)
            log_z = top + math.log(sum(math.exp(x - top) for x in logits))
            terms.append(log_z - logits[0])
            row += 1
    assert row == n_supervised == 0 + 1 + 3 + 4  # the last 5 of user 3's 6 items
    assert any(j == int(t) for j, t in zip(neg[:, 0], seq[:, 1:][seq[:, 1:] > 0], strict=True))
    assert loss.item() == pytest.approx(sum(terms) / len(terms), rel=1e-5)


def test_loss_of_users_without_a_next_item_is_zero_with_a_graph():
    model = make(toy()).train()
    loss = model.base_loss(Batch(torch.tensor([0, 0]), generator=torch.Generator()))
    assert loss.item() == 0.0 and loss.requires_grad


def test_encodes_once_per_step_and_once_per_eval(ml100k_slice):
    model = make(ml100k_slice)
    calls = [0]
    inner = model.forward

    def counted(seq):
        calls[0] += 1
        return inner(seq)

    model.forward = counted
    users = torch.arange(5)
    model.train()
    model.begin_step()
    model.base_loss(Batch(users, generator=torch.Generator()))
    model.score_items(users, torch.zeros(5, 3, dtype=torch.long))  # what a KD loss does
    model.score(users)
    assert calls[0] == 1
    model.eval()
    for _ in range(3):
        model.score(torch.arange(ml100k_slice.n_users))
    model.embeddings()
    assert calls[0] == 2  # every user in one chunk, once


@pytest.mark.slow
def test_hstu_student_beats_popularity_on_ml1m():
    """Four epochs of the 1-block student on MovieLens-1M (chronological): better test
    NDCG@20 and Recall@20 than ranking by train popularity (benchmarks/hstu_ml1m.py)."""
    from kdbench.data import load_dataset
    from kdbench.eval.evaluator import Evaluator
    from kdbench.losses import LOSSES
    from kdbench.train.device import seed_everything
    from kdbench.train.trainer import TrainConfig, fit

    data = load_dataset("ml-1m")
    evaluator = Evaluator(data, ["ndcg@20", "recall@20"], "cpu")

    class Popularity(torch.nn.Module):
        def score(self, users):
            return torch.as_tensor(data.item_popularity()).float().repeat(len(users), 1)

    pop = evaluator.evaluate(Popularity(), ("test",)).summary()["test"]
    gen = seed_everything(0, torch.device("cpu"))
    model = HSTU(data, dim=64, blocks=1, heads=2, negatives=512, temperature=0.05)
    cfg = TrainConfig(epochs=4, batch_size=128, lr=1e-3, weight_decay=1e-5, monitor="ndcg@20")
    test = fit(model, LOSSES.get("student")(), evaluator, cfg, gen).result.summary()["test"]
    assert test["ndcg@20"] > pop["ndcg@20"] and test["recall@20"] > pop["recall@20"]


def test_a_no_grad_encoding_is_not_reused_for_training(ml100k_slice):
    model = make(ml100k_slice).train()
    users = torch.arange(4)
    model.begin_step()
    with torch.no_grad():
        model.score_items(users, torch.zeros(4, 2, dtype=torch.long))
    assert model.score_items(users, torch.zeros(4, 2, dtype=torch.long)).requires_grad
