"""The shared chunked ranking: CSR row lookups, chunk sizes, masked top-K against a
brute-force ranking, and the evaluator's hits against a plain loop."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from kdbench.data import CSR
from kdbench.eval.ranking import TOPK_BLOCK, DeviceCSR, chunked_topk, topk_indices, user_chunks


@pytest.fixture
def csr() -> CSR:
    rng = np.random.default_rng(0)
    return CSR.from_pairs(rng.integers(0, 50, 400), rng.integers(0, 80, 400), 55)


@pytest.mark.parametrize(
    "users",
    [
        list(range(10, 30)),
        [5, 3, 3, 40, 54, 0],
        list(range(55)),
        [7],
        [50, 51, 52, 53, 54],
        [2, 4, 6],
        [],
    ],
)
def test_rows_of_matches_a_loop_for_ranges_and_other_sets(csr, users):
    d = DeviceCSR(csr, 80, "cpu")
    local, items = d.rows_of(torch.tensor(users, dtype=torch.long))
    expected = [(j, i) for j, u in enumerate(users) for i in csr.row(u).tolist()]
    assert list(zip(local.tolist(), items.tolist(), strict=True)) == expected


def test_user_chunks_respect_the_budget_and_cover_every_user():
    chunks = list(user_chunks(50, 100, "cpu", chunk_bytes=4 * 100 * 7))
    assert [len(c) for c in chunks] == [7] * 7 + [1]
    assert torch.equal(torch.cat(chunks), torch.arange(50))


def test_cpu_chunks_follow_the_scorer_width_within_the_budget(monkeypatch):
    import kdbench.eval.ranking as ranking

    monkeypatch.setattr(ranking, "CPU_BLOCK_BYTES", 4 * 100 * 5)  # 5 users of scores

    def sizes(**kw):
        return [len(c) for c in user_chunks(50, 100, "cpu", 4 * 100 * 20, **kw)]

    assert sizes() == [20, 20, 10]  # no width: the budget alone
    assert sizes(width=1) == [5] * 10  # cache-sized block
    assert sizes(width=4) == [8] * 6 + [2]  # 2·d users
    assert sizes(width=64) == [20, 20, 10]  # never above the budget
    gpu_like = user_chunks(50, 100, "meta", 4 * 100 * 20, width=4)  # other devices: budget
    assert [len(c) for c in gpu_like] == [20, 20, 10]


def test_chunked_topk_is_the_masked_brute_force_ranking(csr):
    torch.manual_seed(0)
    scores = torch.randn(55, 80)
    d = DeviceCSR(csr, 80, "cpu")
    top = chunked_topk(lambda u: scores[u].clone(), 55, 80, 9, d, "cpu", 4 * 80 * 6)
    masked = scores.clone()
    for u in range(55):
        masked[u, csr.row(u)] = -torch.inf
    assert torch.equal(top, torch.topk(masked, 9).indices)
    narrow = chunked_topk(lambda u: scores[u].clone(), 55, 80, 9, d, "cpu", 4 * 80 * 6, width=1)
    assert torch.equal(narrow, top)
    assert torch.equal(
        chunked_topk(lambda u: scores[u].clone(), 55, 80, 9, None, "cpu"),
        torch.topk(scores, 9).indices,
    )


def _hard_scores(kind: str, rows: int, n: int) -> torch.Tensor:
    """Scores that stress topk_indices: continuous, heavy ties (few distinct values),
    masked rows (-inf, some rows nearly all masked), NaN, one exact tie at the k-th
    place, a constant row, and the best entries in the ragged last block."""
    g = torch.Generator().manual_seed(hash(kind) % 2**31)
    s = torch.randn(rows, n, generator=g)
    if kind == "ties":
        s = torch.randint(0, 40, (rows, n), generator=g).float()
    elif kind == "masked":
        s[torch.rand(rows, n, generator=g) < 0.5] = -torch.inf
        s[0, 3:] = -torch.inf  # fewer finite entries than k
        s[1] = -torch.inf
    elif kind == "nan":
        s[torch.rand(rows, n, generator=g) < 0.001] = torch.nan
    elif kind == "kth-tie":
        top = torch.topk(s, 8, dim=1).values
        s[:, -1] = top[:, 4]  # the 5th value again, in the last (ragged) block
        s[:, 0] = top[:, 7]
    elif kind == "constant":
        s[:] = 0.5
    elif kind == "ragged-tail":
        s[:, -5:] += 10.0
    return s


@pytest.mark.parametrize(
    "kind", ["random", "ties", "masked", "nan", "kth-tie", "constant", "ragged-tail"]
)
@pytest.mark.parametrize("k", [1, 5, 10, 20])
def test_topk_indices_is_torch_topk(kind, k):
    """The fast path returns torch.topk's own indices, order among equal scores included:
    rows where that order is the selection algorithm's fall back to torch.topk."""
    n = TOPK_BLOCK * 16 * 20 + 13  # enough groups for k <= 20, a ragged remainder
    s = _hard_scores(kind, 64, n)
    assert torch.equal(topk_indices(s.clone(), k), torch.topk(s, k, dim=1).indices)


@pytest.mark.parametrize("k,n", [(3, 40), (50, 3000), (100, 25_181), (7, 7), (7, 9)])
def test_topk_indices_without_enough_blocks_is_torch_topk(k, n):
    s = torch.randn(8, n, generator=torch.Generator().manual_seed(1))
    assert torch.equal(topk_indices(s, k), torch.topk(s, k, dim=1).indices)


def test_topk_indices_takes_the_fast_path_on_continuous_scores(monkeypatch):
    """On continuous scores no row needs the fallback: torch.topk sees only the block
    maxima and the candidates, never a full row of scores."""
    s = torch.randn(32, 25_000, generator=torch.Generator().manual_seed(2))
    widths = []
    real = torch.topk

    def spy(x, k, *a, **kw):
        widths.append(x.shape[-1])
        return real(x, k, *a, **kw)

    monkeypatch.setattr(torch, "topk", spy)
    out = topk_indices(s, 20)
    assert max(widths) < 25_000 // 4
    monkeypatch.undo()
    assert torch.equal(out, torch.topk(s, 20, dim=1).indices)
