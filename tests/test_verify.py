"""check_run: a run's stored top-K lists, per-user metrics and means against its split,
on a hand-made split with hand-computed metrics."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from kdbench.data import CSR, Interactions
from kdbench.eval.metrics import pack_hits
from kdbench.eval.verify import check_run


def _csr(pairs: list[tuple[int, int]]) -> CSR:
    users = np.array([u for u, _ in pairs], dtype=np.int64)
    items = np.array([i for _, i in pairs], dtype=np.int64)
    return CSR.from_pairs(users, items, 3)


# 3 users, 5 items; u2 has no test item
DATA = Interactions(
    "toy",
    3,
    5,
    train=_csr([(0, 0), (1, 1), (2, 2)]),
    valid=_csr([(0, 3)]),
    test=_csr([(0, 4), (1, 0), (1, 3)]),
)
TOPK = np.array([[4, 2], [3, 2], [0, 1]])
# u0: hit at rank 1 of 1 target; u1: hit at rank 1 of 2 targets; u2: no targets → 0
NDCG = np.array([1.0, 1 / (1 + 1 / math.log2(3)), 0.0])
RECALL = np.array([1.0, 0.5, 0.0])
HITS = np.array([[1, 0], [1, 0], [0, 0]], dtype=bool)
TARGETS = np.array([1, 2, 0])


def _run(
    topk=TOPK, ndcg=NDCG, recall=RECALL, fingerprint=None, mean=None, hits=HITS, targets=TARGETS
):
    record = {
        "data": {"fingerprint": fingerprint or DATA.fingerprint},
        "summary": {
            "test": {"ndcg@2": ndcg.mean() if mean is None else mean, "recall@2": recall.mean()}
        },
    }
    users = np.arange(3)
    return (
        record,
        {
            "user": users,
            "items": topk,
            "depth": np.int64(topk.shape[1]),
            "hits": pack_hits(hits),
            "targets": targets,
        },
        {"user": users, "ndcg@2": ndcg, "recall@2": recall},
    )


def test_a_consistent_run_passes():
    assert check_run(DATA, *_run()) == []


def test_a_stored_per_user_value_that_the_lists_do_not_give_is_found():
    wrong = NDCG.copy()
    wrong[1] = 1.0
    (problem,) = check_run(DATA, *_run(ndcg=wrong, mean=NDCG.mean()))
    assert problem.startswith("ndcg@2: 1 users' stored values differ")


def test_a_mean_that_is_not_the_per_user_mean_is_found():
    (problem,) = check_run(DATA, *_run(mean=0.5))
    assert problem.startswith("ndcg@2: run.json's test mean 0.500000")


def test_masked_items_and_repeats_in_the_lists_are_found():
    topk = np.array([[0, 4], [3, 3], [0, 1]])  # u0 ranks its train item; u1 repeats one
    problems = check_run(DATA, *_run(topk=topk))
    assert "1 users' top-K lists repeat an item" in problems
    assert "the top-K lists hold 1 train items, which are masked" in problems


def test_valid_items_count_as_masked_only_where_the_run_masked_them():
    topk = np.array([[3, 4], [3, 2], [0, 1]])  # u0 ranks its valid item 3 first
    ndcg = np.array([1 / math.log2(3), NDCG[1], 0.0])
    hits = np.array([[0, 1], [1, 0], [0, 0]], dtype=bool)
    assert check_run(DATA, *_run(topk=topk, ndcg=ndcg, hits=hits)) == []
    masking = dataclasses.replace(DATA, info={"mask_valid": True})
    problems = check_run(masking, *_run(topk=topk, ndcg=ndcg, hits=hits))
    assert problems == ["the top-K lists hold 1 valid items, which are masked"]


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"fingerprint": "0" * 64}, "its split fingerprint is not this split's"),
        ({"topk": TOPK[:, :1]}, "topk.npz items should be [3, 2]"),
        ({"topk": np.array([[4, 2], [3, 2], [0, 5]])}, "topk.npz holds item ids outside 0..4"),
    ],
)
def test_a_run_of_other_data_or_shape_stops_at_the_first_problem(change, expected):
    (problem,) = check_run(DATA, *_run(**change))
    assert problem.startswith(expected)


def test_stored_hits_and_target_counts_are_checked_against_the_lists():
    """Reports compute every metric from the stored hits: they must be the lists' own."""
    wrong = HITS.copy()
    wrong[2, 1] = True
    assert check_run(DATA, *_run(hits=wrong)) == [
        "topk.npz hits differ from the lists' hits for 1 users"
    ]
    assert check_run(DATA, *_run(targets=np.array([1, 1, 0]))) == [
        "topk.npz targets are not the users' test item counts"
    ]
    record, topk, per_user = _run()
    del topk["hits"]
    assert check_run(DATA, record, topk, per_user) == [
        "topk.npz has no hit matrix: run 'kdbench migrate' on this folder"
    ]


def test_lists_deeper_than_the_metrics_are_expected_at_the_recorded_depth():
    topk = np.array([[4, 2, 1], [3, 2, 4], [0, 1, 3]])
    hits = np.array([[1, 0, 0], [1, 0, 0], [0, 0, 0]], dtype=bool)
    record, arrays, per_user = _run(topk=topk, hits=hits)
    record["eval"] = {"depth": 3, "metrics": ["ndcg@2", "recall@2"]}
    assert check_run(DATA, record, arrays, per_user) == []
    record["eval"]["depth"] = 2
    (problem,) = check_run(DATA, record, arrays, per_user)
    assert problem.startswith("topk.npz items should be [3, 2]")
