"""The Backbone contract, checked for every registered backbone on a tiny real slice."""

from __future__ import annotations

import copy

import pytest
import torch

from kdbench.backbones import BACKBONES, Backbone
from kdbench.errors import ConfigError, IncompatibleError
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.ranking import DeviceCSR
from kdbench.losses import DistillLoss
from kdbench.train.device import determinism_flags, resolve_device, seed_everything
from kdbench.train.sampling import bpr_batches, user_batches
from kdbench.train.trainer import TrainConfig, fit

#: small sizes of every backbone, so the whole file runs in seconds
SMALL = {
    "mf": {"dim": 8},
    "lightgcn": {"dim": 8, "layers": 2},
    "hstu": {"dim": 16, "heads": 2, "attn_dim": 4, "linear_dim": 4, "max_len": 20, "negatives": 16},
}


def make(name: str, data, **extra) -> Backbone:
    torch.manual_seed(0)
    return BACKBONES.get(name)(data, **{**SMALL[name], **extra})


def batches(model: Backbone, data, gen: torch.Generator, size: int = 256):
    if model.batch_unit == "users":
        return user_batches(data.n_users, size, gen, torch.device("cpu"))
    return bpr_batches(DeviceCSR(data.train, data.n_items, "cpu"), size, gen)


def test_every_backbone_is_covered():
    assert set(SMALL) <= set(BACKBONES.names())


@pytest.mark.parametrize("name", sorted(SMALL))
@pytest.mark.parametrize("training", [True, False])
def test_score_matches_score_items_and_embeddings(name, training, ml100k_slice):
    data = ml100k_slice
    model = make(name, data, **({"dropout": 0.0, "linear_dropout": 0.0} if name == "hstu" else {}))
    model.train(training)
    model.begin_step()
    users = torch.tensor([0, 5, 17, 59])
    full = model.score(users)
    assert full.shape == (4, data.n_items)
    items = torch.randint(data.n_items, (4, 30), generator=torch.Generator().manual_seed(1))
    torch.testing.assert_close(model.score_items(users, items), torch.gather(full, 1, items))
    eu, ei = model.embeddings()
    assert eu.shape[0] == data.n_users and ei.shape[0] == data.n_items
    torch.testing.assert_close(eu[users] @ ei.T, full, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("name", sorted(SMALL))
def test_base_loss_decreases(name, ml100k_slice):
    data = ml100k_slice
    model = make(name, data)
    opt = torch.optim.Adam(model.parameters(), lr=0.03)
    gen = torch.Generator().manual_seed(0)
    model.train()
    losses = []
    for _ in range(8):
        for batch in batches(model, data, gen, size=4096):
            model.begin_step()
            loss = model.base_loss(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    assert all(torch.isfinite(torch.tensor(losses)))
    assert sum(losses[-2:]) < 0.9 * sum(losses[:2]), losses


@pytest.mark.parametrize("name", sorted(SMALL))
def test_same_seed_same_training(name, ml100k_slice):
    def run() -> list[float]:
        gen = seed_everything(3, torch.device("cpu"))
        model = BACKBONES.get(name)(ml100k_slice, **SMALL[name])
        opt = torch.optim.Adam(model.parameters(), lr=0.01)
        out = []
        for batch in batches(model, ml100k_slice, gen, size=512):
            model.begin_step()
            loss = model.base_loss(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            out.append(loss.item())
        return out

    assert run() == run()


@pytest.mark.parametrize("name", sorted(SMALL))
def test_trains_and_evaluates_through_the_trainer(name, ml100k_slice):
    data = ml100k_slice
    gen = seed_everything(0, torch.device("cpu"))
    model = BACKBONES.get(name)(data, **SMALL[name])
    evaluator = Evaluator(data, ["ndcg@10", "recall@20"], "cpu")

    class NoKD(DistillLoss):
        name = "none"
        requires = frozenset()
        lam = 0.0

    cfg = TrainConfig(epochs=2, patience=5, batch_size=256, lr=0.01)
    fr = fit(model, NoKD(), evaluator, cfg, gen)
    assert fr.epochs_run == 2
    assert 0.0 <= fr.result.summary()["test"]["ndcg@10"] <= 1.0
    # the kept lists go past the metrics' largest K (20) to the default depth
    assert fr.result.topk.shape == (data.n_users, 100) == fr.result.hits["test"].shape


@pytest.mark.parametrize("name", sorted(SMALL))
def test_deep_copy(name, ml100k_slice):
    model = make(name, ml100k_slice).train()
    model.begin_step()
    users = torch.arange(6)
    model.score(users).sum()  # leaves a cache with an autograd graph
    twin = copy.deepcopy(model).eval()
    model.eval()
    torch.testing.assert_close(twin.score(users), model.score(users))
    with torch.no_grad():
        next(twin.parameters()).add_(1.0)
    twin.begin_step()  # eval caches assume frozen weights: say they changed
    assert not torch.equal(twin.score(users), model.score(users))


def test_batch_unit_of_each_backbone():
    assert BACKBONES.get("hstu").batch_unit == "users"
    assert BACKBONES.get("mf").batch_unit == BACKBONES.get("lightgcn").batch_unit == "interactions"


def test_user_batches_carry_the_generator():
    gen = torch.Generator().manual_seed(0)
    batch = next(iter(user_batches(10, 4, gen, torch.device("cpu"))))
    assert batch.generator is gen and len(batch.users) == 4


def test_representation_loss_on_a_backbone_without_embeddings_is_a_clear_error(ml100k_slice):
    class NoEmbeddings(Backbone):
        name = "scores-only"

    class NeedsEmbeddings(DistillLoss):
        name = "needs-embeddings"
        requires = frozenset({"teacher", "embeddings"})

    for name in SMALL:
        NeedsEmbeddings.check_compatible(BACKBONES.get(name), BACKBONES.get("mf"))
    with pytest.raises(IncompatibleError, match="scores-only"):
        NeedsEmbeddings.check_compatible(NoEmbeddings, BACKBONES.get("mf"), "pairs[0]")


def test_resolve_device(monkeypatch):
    assert resolve_device("cpu") == torch.device("cpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == torch.device("cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == torch.device("cpu")
    with pytest.raises(ConfigError, match="CUDA is not available"):
        resolve_device("cuda")
    with pytest.raises(ConfigError, match="not a torch device"):
        resolve_device("gpu0")


def test_seed_everything_sets_and_records_flags():
    gen = seed_everything(7, torch.device("cpu"))
    assert gen.initial_seed() == 7
    flags = determinism_flags()
    assert flags["deterministic_algorithms"] and flags["warn_only"]
    assert flags["cudnn_deterministic"] and not flags["cudnn_benchmark"]
    seed_everything(7, torch.device("cpu"), deterministic=False)
    assert not determinism_flags()["deterministic_algorithms"]
    seed_everything(0, torch.device("cpu"))
