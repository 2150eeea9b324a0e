import math

import numpy as np
import pytest
import torch

from kdbench.data import CSR, Interactions
from kdbench.errors import ConfigError
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.metrics import (
    KINDS,
    compute,
    max_cutoff,
    pack_hits,
    parse_metric,
    unpack_hits,
)


def _ref(kind: str, ranked_hits: list[bool], n_t: int, k: int) -> float:
    """Plain-Python definitions (protocol §6 for recall and ndcg; AP normalised by
    min(|T|, K)); 0 for a user without targets."""
    if n_t == 0:
        return 0.0
    top = ranked_hits[:k]
    found = sum(top)
    if kind == "recall":
        return found / n_t
    if kind == "ndcg":
        dcg = sum(1 / math.log2(p + 2) for p, h in enumerate(top) if h)
        return dcg / sum(1 / math.log2(p + 2) for p in range(min(n_t, k)))
    if kind == "hit":
        return float(found > 0)
    if kind == "precision":
        return found / k
    if kind == "mrr":
        return next((1 / (p + 1) for p, h in enumerate(top) if h), 0.0)
    seen, total = 0, 0.0
    for p, h in enumerate(top):
        if h:
            seen += 1
            total += seen / (p + 1)
    return total / min(n_t, k)


HITS = np.array([[1, 0, 1, 0], [0, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]], dtype=bool)
N_T = np.array([3, 0, 1, 2])


def test_recall_and_ndcg_hand_computed():
    assert compute("recall@4", HITS, N_T).tolist() == pytest.approx([2 / 3, 0.0, 1.0, 0.0])
    dcg0 = 1 + 1 / math.log2(4)
    idcg0 = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    ndcg = compute("ndcg@4", HITS, N_T).tolist()
    assert ndcg == pytest.approx([dcg0 / idcg0, 0.0, (1 / math.log2(3)) / 1.0, 0.0])
    # cutoff 2: user 0 has one hit at rank 1, IDCG over min(|T|, 2) = 2 positions
    assert compute("ndcg@2", HITS, N_T)[0] == pytest.approx(1 / (1 + 1 / math.log2(3)))


def test_hit_precision_mrr_map_hand_computed():
    # user 0: hits at ranks 1 and 3 of |T| = 3; user 2: hit at rank 2 of |T| = 1
    assert compute("hit@4", HITS, N_T).tolist() == [1.0, 0.0, 1.0, 0.0]
    assert compute("hit@1", HITS, N_T).tolist() == [1.0, 0.0, 0.0, 0.0]
    assert compute("precision@4", HITS, N_T).tolist() == [0.5, 0.0, 0.25, 0.0]
    assert compute("mrr@4", HITS, N_T).tolist() == [1.0, 0.0, 0.5, 0.0]
    assert compute("mrr@1", HITS, N_T).tolist() == [1.0, 0.0, 0.0, 0.0]
    # AP@4 of user 0: (1/1 + 2/3) / min(3, 4); user 2: (1/2) / min(1, 4)
    assert compute("map@4", HITS, N_T).tolist() == pytest.approx([5 / 9, 0.0, 0.5, 0.0])
    # AP@2 of user 0: (1/1) / min(3, 2)
    assert compute("map@2", HITS, N_T)[0] == pytest.approx(0.5)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("k", [1, 3, 7, 12])
def test_every_metric_matches_a_plain_python_loop(kind, k):
    rng = np.random.default_rng(k)
    hits = rng.random((60, 10)) < 0.3
    n_t = rng.integers(0, 6, 60)
    n_t = np.maximum(n_t, hits.sum(1))  # a user cannot hit more targets than they have
    n_t[:3] = 0
    hits[:3] = False
    got = compute(f"{kind}@{k}", hits, n_t)
    want = [_ref(kind, hits[u].tolist(), int(n_t[u]), k) for u in range(60)]
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-15)


def test_packed_hits_round_trip():
    rng = np.random.default_rng(0)
    hits = rng.random((5, 21)) < 0.5
    packed = pack_hits(hits)
    assert packed.shape == (5, 3) and packed.dtype == np.uint8
    assert np.array_equal(unpack_hits(packed, 21), hits)


def test_parse_metric():
    assert parse_metric("NDCG@20") == ("ndcg", 20)
    assert parse_metric("map@10") == ("map", 10)
    assert max_cutoff(["recall@10", "mrr@50"]) == 50
    for bad in ("auc@10", "ndcg@0", "ndcg"):
        with pytest.raises(ConfigError, match="unknown metric"):
            parse_metric(bad)


class FixedScores(torch.nn.Module):
    def __init__(self, scores):
        super().__init__()
        self.s = torch.as_tensor(scores, dtype=torch.float32)

    def score(self, users):
        return self.s[users].clone()


def test_evaluator_masks_train_items_only():
    # 1 user, 5 items; train {0}, valid {1}, test {2}; scores rank 0 > 1 > 2 > 3 > 4
    csr = lambda items: CSR(np.array([0, len(items)]), np.array(items))  # noqa: E731
    data = Interactions("toy", 1, 5, csr([0]), csr([1]), csr([2]))
    ev = Evaluator(data, ["recall@1", "ndcg@2"], "cpu", chunk_bytes=1, depth=0)
    res = ev.evaluate(FixedScores([[5, 4, 3, 2, 1]]), ("valid", "test"), keep_topk="test")
    # train item 0 masked; valid item 1 stays in the pool when scoring test (reference)
    assert res.topk.tolist() == [[1, 2]]
    assert res.per_user["valid"]["recall@1"].tolist() == [1.0]
    assert res.per_user["test"]["recall@1"].tolist() == [0.0]
    assert res.per_user["test"]["ndcg@2"][0] == pytest.approx(1 / math.log2(3))


def test_mask_valid_takes_valid_items_out_of_the_test_pool():
    csr = lambda items: CSR(np.array([0, len(items)]), np.array(items))  # noqa: E731
    data = Interactions("toy", 1, 5, csr([0]), csr([1]), csr([2]), info={"mask_valid": True})
    ev = Evaluator(data, ["recall@1"], "cpu", depth=0)
    res = ev.evaluate(FixedScores([[5, 4, 3, 2, 1]]), ("valid", "test"), keep_topk="test")
    assert res.topk.tolist() == [[2]]  # item 1 (valid) masked for test
    assert res.per_user["valid"]["recall@1"].tolist() == [1.0]  # valid still sees item 1
    assert res.per_user["test"]["recall@1"].tolist() == [1.0]


def test_the_final_evaluation_keeps_lists_deeper_than_the_metrics():
    """Training ranks as deep as the metrics need; the kept lists go to max(depth, K)
    (here capped: 6 items less the user's 1 masked train item), with each split's hit
    matrix and target counts, and the metrics computed from those hits are the
    evaluator's."""
    csr = lambda items: CSR(np.array([0, len(items)]), np.array(items))  # noqa: E731
    data = Interactions("toy", 1, 6, csr([0]), csr([1]), csr([2, 4]))
    ev = Evaluator(data, ["recall@1"], "cpu", depth=100)
    assert ev.depth == 5 and ev.max_k == 1
    model = FixedScores([[6, 5, 4, 3, 2, 1]])
    assert ev.evaluate(model, ("valid",)).per_user["valid"]["recall@1"].tolist() == [1.0]
    res = ev.evaluate(model, ("valid", "test"), keep_topk="test")
    assert res.depth == 5 and res.topk.tolist() == [[1, 2, 3, 4, 5]]
    assert res.hits["test"].tolist() == [[False, True, False, True, False]]
    assert res.n_targets["test"].tolist() == [2] and res.n_targets["valid"].tolist() == [1]
    assert compute("mrr@5", res.hits["test"], res.n_targets["test"]).tolist() == [0.5]
    for split, values in res.per_user.items():
        again = compute("recall@1", res.hits[split], res.n_targets[split])
        np.testing.assert_array_equal(values["recall@1"], again)
