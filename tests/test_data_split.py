"""Split rules against the reference's own formula, evaluated in plain Python."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kdbench.data import prepare_frame
from kdbench.data.split import leave_one_out_bounds, ordered_ratio_bounds, ratio_bounds
from kdbench.errors import ConfigError, DataError


def _reference_bounds(n: int) -> tuple[int, int]:
    """RCE-KD preprocess_citeulike.py: markers = cumsum(8, 1, 1), integer numerators."""
    markers = np.cumsum([8, 1, 1])
    a = max(math.floor(markers[0] * n / markers[-1]), 1)
    b = math.floor(markers[1] * n / markers[-1])
    return a, b


def test_ordered_bounds_equal_the_reference_formula():
    n = np.arange(1, 20_001)
    a, b = ordered_ratio_bounds(n)
    ref = [_reference_bounds(int(k)) for k in n]
    assert a.tolist() == [r[0] for r in ref]
    # the reference's b for n = 1 is 0 < a, which would put the one item in train and test
    assert b[1:].tolist() == [r[1] for r in ref[1:]]
    assert (a[0], b[0]) == (1, 1)
    for ratios in ([8, 1, 1], [0.8, 0.1, 0.1], (80, 10, 10)):
        a2, b2 = ratio_bounds(n, ratios)
        assert (a2 == a).all() and (b2 == b).all()


def test_float_rounding_trap_is_avoided():
    # (0.7 + 0.1) * 10 == 7.999999999999999 in floating point; the rule must still give 8
    assert math.floor((0.7 + 0.1) * 10) == 7
    a, b = ratio_bounds(np.array([10, 20, 30]), [0.7, 0.1, 0.2])
    assert a.tolist() == [7, 14, 21] and b.tolist() == [8, 16, 24]


def test_other_ratios_by_hand():
    a, b = ratio_bounds(np.array([1, 4, 10, 11]), [7, 1, 2])
    # a = max(floor(0.7 n), 1), b = max(floor(0.8 n), a)
    assert a.tolist() == [1, 2, 7, 7] and b.tolist() == [1, 3, 8, 8]
    with pytest.raises(ConfigError):
        ratio_bounds(np.array([3]), [0, 1, 1])


def test_leave_one_out_bounds():
    a, b = leave_one_out_bounds(np.array([2, 3, 7]))
    assert a.tolist() == [1, 1, 5] and b.tolist() == [1, 2, 6]


def _toy() -> pd.DataFrame:
    # user 9: items 10..19 at times 9..0 (reverse); user 4: items 4 and 3 share a timestamp
    return pd.DataFrame(
        {
            "user": [9] * 10 + [4] * 5,
            "item": [*range(10, 20), 5, 4, 3, 2, 1],
            "timestamp": [*range(9, -1, -1), 7, 5, 5, 2, 1],
        }
    )


def test_timestamp_order_with_item_or_file_ties():
    d = prepare_frame(_toy(), {"order": "timestamp"}, "toy")
    # users sorted: 4 → 0, 9 → 1; items 1..5 → 0..4, 10..19 → 5..14
    full0 = [*d.train.row(0), *d.valid.row(0), *d.test.row(0)]
    assert full0 == [0, 1, 2, 3, 4]  # times 1, 2, 5 (items 3, 4 tied → by id), 7
    assert d.train.row(1).tolist() == list(range(14, 6, -1))
    f = prepare_frame(_toy(), {"order": "timestamp", "ties": "file"}, "toy")
    full0 = [*f.train.row(0), *f.valid.row(0), *f.test.row(0)]
    assert full0 == [0, 1, 3, 2, 4]  # file order: item 4 before item 3


def test_random_split_depends_on_split_seed_only():
    df = pd.DataFrame({"user": np.repeat(np.arange(20), 10), "item": np.tile(np.arange(10), 20)})
    d0 = prepare_frame(df, {"split": "random", "split_seed": 0}, "toy")
    d0b = prepare_frame(df, {"split": "random", "split_seed": 0}, "toy")
    d1 = prepare_frame(df, {"split": "random", "split_seed": 1}, "toy")
    assert d0.fingerprint == d0b.fingerprint != d1.fingerprint
    assert (d0.train.lengths() == 8).all() and (d0.test.lengths() == 1).all()
    for u in range(20):
        got = sorted([*d0.train.row(u), *d0.valid.row(u), *d0.test.row(u)])
        assert got == list(range(10))
    assert any(d0.train.row(u).tolist() != list(range(8)) for u in range(20))


def test_leave_one_out_split_and_user_without_train_item():
    df = pd.DataFrame({"user": [0, 0, 0, 1, 1], "item": [5, 6, 7, 5, 6]})
    d = prepare_frame(df, {"split": "leave_one_out"}, "toy")
    assert d.test.row(0).tolist() == [2] and d.valid.row(0).tolist() == [1]
    assert d.train.row(1).tolist() == [0] and d.valid.row(1).tolist() == []
    lone = pd.DataFrame({"user": [0, 0, 1], "item": [1, 2, 3]})
    with pytest.raises(DataError, match="without a training item"):
        prepare_frame(lone, {"split": "leave_one_out"}, "toy")


def test_k_core_reaches_the_fixed_point():
    # item 3 has 1 user → dropped; then user 2 has 1 item → dropped; then item 2 has 1 user
    df = pd.DataFrame({"user": [0, 0, 1, 1, 2, 2, 0, 1], "item": [0, 1, 0, 1, 2, 3, 2, 4]})
    d = prepare_frame(df, {"k_core": 2}, "toy")
    assert (d.n_users, d.n_items, d.stats()["n_interactions"]) == (2, 2, 4)
    with pytest.raises(DataError, match="leave no users"):
        prepare_frame(df, {"k_core": 5}, "toy")


def test_min_rating_filters_before_the_core():
    df = pd.DataFrame({"user": [0, 0, 1, 1], "item": [0, 1, 0, 1], "rating": [5, 2, 4, 4]})
    d = prepare_frame(df, {"min_rating": 4}, "toy")
    assert d.stats()["n_interactions"] == 3
    with pytest.raises(DataError, match="leaves no interactions"):
        prepare_frame(df, {"min_rating": 6}, "toy")
