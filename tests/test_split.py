import numpy as np
import pandas as pd

from kdbench.data import prepare_frame
from kdbench.data.split import ordered_ratio_bounds


def test_ordered_ratio_bounds_hand_cases():
    n = np.array([1, 2, 5, 9, 10, 11, 20])
    a, b = ordered_ratio_bounds(n)
    # a = max(floor(0.8 n), 1); b = max(floor(0.9 n), a)
    assert a.tolist() == [1, 1, 4, 7, 8, 8, 16]
    assert b.tolist() == [1, 1, 4, 8, 9, 9, 18]


def test_split_keeps_stored_order_and_partitions_each_user():
    df = pd.DataFrame(
        {
            "user": [7] * 10 + [3] * 5,
            "item": [*list(range(10, 20)), 5, 4, 3, 2, 1],
            "timestamp": [*list(range(10)), 50, 40, 30, 20, 10],
        }
    )
    d = prepare_frame(df, {"order": "timestamp"}, "toy")
    # users renumbered in sorted order: 3 → 0, 7 → 1; items sorted: 1..5 → 0..4, 10..19 → 5..14
    assert d.n_users == 2 and d.n_items == 15
    # user 0 (orig 3) by time: items 1,2,3,4 | 5 → train 4, valid 0, test 1
    assert d.train.row(0).tolist() == [0, 1, 2, 3]
    assert d.valid.row(0).tolist() == []
    assert d.test.row(0).tolist() == [4]
    assert d.train.row(1).tolist() == list(range(5, 13))
    assert d.valid.row(1).tolist() == [13] and d.test.row(1).tolist() == [14]


def test_ml100k_statistics(ml100k):
    s = ml100k.stats()
    assert (s["n_users"], s["n_items"], s["n_interactions"]) == (943, 1682, 100_000)
    lengths = ml100k.train.lengths() + ml100k.valid.lengths() + ml100k.test.lengths()
    a, b = ordered_ratio_bounds(lengths)
    assert (ml100k.train.lengths() == a).all() and (ml100k.valid.lengths() == b - a).all()
