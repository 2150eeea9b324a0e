"""The shared chunked ranking: CSR row lookups, chunk sizes, masked top-K against a
brute-force ranking, and the evaluator's hits against a plain loop."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from kdbench.data import CSR
from kdbench.eval.ranking import DeviceCSR, chunked_topk, user_chunks


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
