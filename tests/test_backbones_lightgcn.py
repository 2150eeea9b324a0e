"""LightGCN: the normalised graph by hand, propagation against a plain loop, its gradient,
and one propagation per training step (per run for a frozen teacher)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from kdbench.backbones import graph
from kdbench.backbones.base import Batch
from kdbench.backbones.graph import LayerMean, layer_mean, normalized_adjacency, segment_product
from kdbench.backbones.lightgcn import LightGCN
from kdbench.data import CSR, Interactions
from kdbench.losses import DistillContext


def toy() -> Interactions:
    """2 users, 3 items: u0 → {i0, i1}, u1 → {i1}; i2 only in test (degree 0)."""
    train = CSR.from_pairs(np.array([0, 0, 1]), np.array([0, 1, 1]), 2)
    valid = CSR.from_pairs(np.array([], dtype=np.int64), np.array([], dtype=np.int64), 2)
    test = CSR.from_pairs(np.array([1]), np.array([2]), 2)
    return Interactions("toy", 2, 3, train, valid, test)


def counting(model: LightGCN) -> list[int]:
    """Wrap ``model._propagate`` to count its calls."""
    calls = [0]
    inner = model._propagate

    def wrapped():
        calls[0] += 1
        return inner()

    model._propagate = wrapped
    return calls


def test_normalized_adjacency_by_hand():
    adj = normalized_adjacency(toy().train, 2, 3)
    assert adj.layout == torch.sparse_csr
    # node order u0, u1, i0, i1, i2; degrees 2, 1, 1, 2, 0
    expected = torch.zeros(5, 5)
    for u, i, value in ((0, 0, 1 / math.sqrt(2)), (0, 1, 1 / 2), (1, 1, 1 / math.sqrt(2))):
        expected[u, 2 + i] = expected[2 + i, u] = value
    torch.testing.assert_close(adj.to_dense(), expected)


def test_graph_is_train_only(ml100k_slice):
    data = ml100k_slice
    adj = normalized_adjacency(data.train, data.n_users, data.n_items).to_dense()
    assert int((adj != 0).sum()) == 2 * data.train.nnz
    u, i = data.test.pairs()
    in_train = {(a, b) for a, b in zip(*data.train.pairs(), strict=True)}
    held_out = [(a, b) for a, b in zip(u, i, strict=True) if (a, b) not in in_train]
    assert held_out and all(adj[a, data.n_users + b] == 0 for a, b in held_out)


@pytest.mark.parametrize("layers", [0, 1, 3])
def test_output_is_the_mean_of_layers(layers, ml100k_slice):
    data = ml100k_slice
    torch.manual_seed(0)
    model = LightGCN(data, dim=6, layers=layers)
    dense = model.adj.to_dense()
    e = model.emb.detach()
    outs = [e]
    for _ in range(layers):
        outs.append(dense @ outs[-1])
    expected = torch.stack(outs).mean(0)
    torch.testing.assert_close(model.propagate(), expected, atol=1e-6, rtol=1e-5)
    users, items = model.embeddings()
    torch.testing.assert_close(torch.cat([users, items]), expected, atol=1e-6, rtol=1e-5)


def test_layer_mean_gradient():
    adj = normalized_adjacency(toy().train, 2, 3).to(torch.float64)
    x = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda t: LayerMean.apply(t, adj, 3, {}), (x,))


def test_segment_product_by_loop(ml100k_slice):
    """The deterministic product used on CUDA: Â·x by rows against a plain loop over the
    nonzeros, with a degree-0 row (empty segment) and column chunks of one column."""
    adj = normalized_adjacency(toy().train, 2, 3)
    x = torch.randn(5, 3)
    crow, col, val = adj.crow_indices(), adj.col_indices(), adj.values()
    expected = torch.zeros(5, 3)
    for r in range(5):
        for k in range(int(crow[r]), int(crow[r + 1])):
            expected[r] += val[k] * x[col[k]]
    assert float(expected[4].abs().sum()) == 0.0  # i2: no train pair
    torch.testing.assert_close(segment_product(adj, x), expected)
    torch.testing.assert_close(segment_product(adj, x, chunk_bytes=1), expected)
    big = normalized_adjacency(ml100k_slice.train, ml100k_slice.n_users, ml100k_slice.n_items)
    y = torch.randn(big.shape[0], 8)
    torch.testing.assert_close(segment_product(big, y, chunk_bytes=4096), big @ y)


def test_layer_mean_segment_path_same_values(monkeypatch):
    adj = normalized_adjacency(toy().train, 2, 3)
    x = torch.randn(5, 4)
    plain = layer_mean(adj, x, 3)
    monkeypatch.setattr(graph, "_segments", lambda adj: True)
    torch.testing.assert_close(layer_mean(adj, x, 3), plain)
    for layers in (1, 2):  # the buffer alternation ends in `out` for odd and even L
        monkeypatch.setattr(graph, "_segments", lambda adj: False)
        want = layer_mean(adj, x, layers)
        monkeypatch.setattr(graph, "_segments", lambda adj: True)
        torch.testing.assert_close(layer_mean(adj, x, layers), want)


def test_init_std(ml100k_slice):
    torch.manual_seed(0)
    model = LightGCN(ml100k_slice, dim=64)
    assert abs(float(model.emb.detach().std()) - 0.1) < 0.005
    assert abs(float(LightGCN(ml100k_slice, dim=64, init_std=0.3).emb.detach().std()) - 0.3) < 0.015


def test_one_propagation_per_training_step(ml100k_slice):
    model = LightGCN(ml100k_slice, dim=8)
    calls = counting(model)
    batch = Batch(torch.tensor([0, 1, 2]), torch.tensor([3, 4, 5]), torch.tensor([6, 7, 8]))
    model.train()
    for step in range(1, 4):
        model.begin_step()
        loss = model.base_loss(batch)  # the base loss...
        loss = loss + model.score_items(batch.users, batch.pos[:, None]).sum()  # ...a KD loss
        loss = loss + model.embeddings()[0].sum() + model.score(batch.users).sum()
        loss.backward()
        assert calls[0] == step
    assert model.emb.grad is not None


def test_a_no_grad_propagation_is_not_reused_for_training(ml100k_slice):
    model = LightGCN(ml100k_slice, dim=8).train()
    model.begin_step()
    with torch.no_grad():
        model.score(torch.arange(3))
    batch = Batch(torch.tensor([0]), torch.tensor([1]), torch.tensor([2]))
    model.base_loss(batch).backward()
    assert model.emb.grad is not None and model.emb.grad.abs().sum() > 0


def test_frozen_teacher_propagates_once(ml100k_slice):
    data = ml100k_slice
    teacher = LightGCN(data, dim=8).eval().requires_grad_(False)
    student = LightGCN(data, dim=4)
    calls = counting(teacher)
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), torch.Generator())
    lists = ctx.topk(teacher, 10, mask_train=True)
    ctx.score_lists(teacher, lists)
    teacher.score_items(torch.arange(5), lists[:5])
    teacher.embeddings()
    assert calls[0] == 1
    teacher.load_state_dict(teacher.state_dict())  # new weights: propagate again
    teacher.score(torch.arange(3))
    assert calls[0] == 2


def test_eval_propagation_keeps_no_graph(ml100k_slice):
    model = LightGCN(ml100k_slice, dim=8).eval()
    assert not model.propagate().requires_grad
    model.train()
    assert model.propagate().requires_grad
