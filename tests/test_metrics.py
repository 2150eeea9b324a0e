import math

import numpy as np
import pytest
import torch

from kdbench.data import CSR, Interactions
from kdbench.errors import ConfigError
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.metrics import ndcg_at_k, parse_metric, recall_at_k


def test_recall_and_ndcg_hand_computed():
    hits = torch.tensor([[1, 0, 1, 0], [0, 0, 0, 0], [0, 1, 0, 0]], dtype=torch.bool)
    n_t = torch.tensor([3, 0, 1])
    assert recall_at_k(hits, n_t, 4).tolist() == pytest.approx([2 / 3, 0.0, 1.0])
    dcg0 = 1 + 1 / math.log2(4)
    idcg0 = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    ndcg = ndcg_at_k(hits, n_t, 4).tolist()
    assert ndcg == pytest.approx([dcg0 / idcg0, 0.0, (1 / math.log2(3)) / 1.0])
    # cutoff 2: user 0 has one hit at rank 1, IDCG over min(|T|, 2) = 2 positions
    assert ndcg_at_k(hits, n_t, 2)[0].item() == pytest.approx(1 / (1 + 1 / math.log2(3)))


def test_parse_metric():
    assert parse_metric("NDCG@20") == ("ndcg", 20)
    with pytest.raises(ConfigError):
        parse_metric("map@10")


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
    ev = Evaluator(data, ["recall@1", "ndcg@2"], "cpu", chunk_bytes=1)
    res = ev.evaluate(FixedScores([[5, 4, 3, 2, 1]]), ("valid", "test"), keep_topk="test")
    # train item 0 masked; valid item 1 stays in the pool when scoring test (reference)
    assert res.topk.tolist() == [[1, 2]]
    assert res.per_user["valid"]["recall@1"].tolist() == [1.0]
    assert res.per_user["test"]["recall@1"].tolist() == [0.0]
    assert res.per_user["test"]["ndcg@2"][0] == pytest.approx(1 / math.log2(3))


def test_mask_valid_takes_valid_items_out_of_the_test_pool():
    csr = lambda items: CSR(np.array([0, len(items)]), np.array(items))  # noqa: E731
    data = Interactions("toy", 1, 5, csr([0]), csr([1]), csr([2]), info={"mask_valid": True})
    ev = Evaluator(data, ["recall@1"], "cpu")
    res = ev.evaluate(FixedScores([[5, 4, 3, 2, 1]]), ("valid", "test"), keep_topk="test")
    assert res.topk.tolist() == [[2]]  # item 1 (valid) masked for test
    assert res.per_user["valid"]["recall@1"].tolist() == [1.0]  # valid still sees item 1
    assert res.per_user["test"]["recall@1"].tolist() == [1.0]
