"""MF's row gather and list scoring: the same values and gradients as plain indexing and
einsum through autograd, bit for bit; item-side lists (``score_users``) against scoring
each pair."""

from __future__ import annotations

import pytest
import torch

from kdbench.backbones import BACKBONES
from kdbench.backbones.base import Backbone, _ScoreLists
from kdbench.backbones.mf import gather_rows
from kdbench.data import Interactions


@pytest.fixture
def deterministic(request: pytest.FixtureRequest):
    """``request.param`` torch threads, deterministic algorithms on (what every run sets,
    seed_everything); both restored after."""
    before = torch.get_num_threads(), torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(request.param)
    torch.use_deterministic_algorithms(True)
    yield
    torch.set_num_threads(before[0])
    torch.use_deterministic_algorithms(before[1])


def _tables(
    rows: int, d: int, b: int = 64, n: int = 30
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    users_t, items_t = torch.randn(rows, d, generator=g), torch.randn(rows + 9, d, generator=g)
    users = torch.randint(rows, (b,), generator=g)
    idx = torch.randint(rows + 9, (b, n), generator=g)  # many repeats per row
    return users_t, items_t, users, idx


@pytest.mark.parametrize("deterministic", [1, 2], indirect=True)
def test_gather_rows_matches_indexing_bitwise(deterministic: None) -> None:
    table, _, users, idx = _tables(50, 7)
    out = {}
    for name, gather in (("index", lambda t, i: t[i]), ("gather_rows", gather_rows)):
        t = table.clone().requires_grad_(True)
        s = torch.einsum("bd,bnd->bn", gather(t, users), gather(t, idx.clamp_max(49)))
        (s.sin() * torch.arange(30.0)).sum().backward()
        out[name] = (s.detach(), t.grad)
    assert torch.equal(out["index"][0], out["gather_rows"][0])
    assert torch.equal(out["index"][1], out["gather_rows"][1])
    assert out["gather_rows"][1].abs().sum() > 0


@pytest.mark.parametrize("deterministic", [1, 2], indirect=True)
@pytest.mark.parametrize(
    "rows, d, b, n", [(50, 7, 64, 30), (50, 64, 64, 30), (2000, 20, 1200, 300)]
)
def test_score_lists_matches_autograd_bitwise(
    deterministic: None, rows: int, d: int, b: int, n: int
) -> None:
    """``_ScoreLists`` (MF's and LightGCN's score_items) against plain indexing and einsum
    under autograd: scores and both tables' gradients equal, the item gradient accumulated
    from a transposed (autograd) and a contiguous (ours) source alike. The last shape is
    RRD's on CiteULike-t (unique batch users × K + L items, MF-20)."""
    users_t, items_t, users, idx = _tables(rows, d, b, n)
    out = {}
    for name in ("autograd", "score_lists"):
        ut, it = users_t.clone().requires_grad_(True), items_t.clone().requires_grad_(True)
        if name == "autograd":
            s = torch.einsum("bd,bnd->bn", ut[users], it[idx])
        else:
            s = _ScoreLists.apply(ut, it, users, idx)
        (s.sin() * torch.arange(float(n))).sum().backward()
        out[name] = (s.detach(), ut.grad, it.grad)
    for ours, theirs in zip(out["score_lists"], out["autograd"], strict=True):
        assert torch.equal(ours, theirs)
    assert out["score_lists"][2].abs().sum() > 0 and out["score_lists"][1].abs().sum() > 0


def test_score_lists_needs_no_grad_it_is_not_asked_for() -> None:
    users_t, items_t, users, idx = _tables(50, 7)
    it = items_t.clone().requires_grad_(True)
    s = _ScoreLists.apply(users_t, it, users, idx)
    s.sum().backward()
    assert it.grad is not None and users_t.grad is None


@pytest.mark.parametrize("model", ["mf", "lightgcn"])
def test_score_users_is_score_items_per_pair(model: str, ml100k_slice: Interactions) -> None:
    """A dot-product backbone's ``score_users`` (its tables swapped in ``score_lists``)
    gives the scores and gradients of the default, which scores each (user, item) pair
    through ``score_items``: equal up to float rounding (the products are summed in
    another order), for IR-RRD's item-side lists with repeated users."""
    data = ml100k_slice
    g = torch.Generator().manual_seed(1)
    items = torch.randperm(data.n_items, generator=g)[:9]
    users = torch.randint(data.n_users, (9, 6), generator=g)
    weights = torch.randn(9, 6, generator=g)
    out = {}
    for name in ("default", "override"):
        torch.manual_seed(0)
        net = BACKBONES.get(model)(data, dim=8)
        net.train()
        if name == "default":
            s = Backbone.score_users(net, items, users)
        else:
            s = net.score_users(items, users)
        (s * weights).sum().backward()
        out[name] = (s.detach(), [p.grad for p in net.parameters()])
    torch.testing.assert_close(out["override"][0], out["default"][0])
    for ours, theirs in zip(out["override"][1], out["default"][1], strict=True):
        torch.testing.assert_close(ours, theirs)
        assert ours.abs().sum() > 0
