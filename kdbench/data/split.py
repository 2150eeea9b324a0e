"""Per-user splits. The papers' rule is the ordered 8:1:1 split (protocol §5.2)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from kdbench.errors import ConfigError, DataError
from kdbench.params import is_finite

SPLIT_METHODS = ("ordered", "random", "leave_one_out", "given")


def _fractions(ratios: Sequence[float]) -> tuple[Fraction, Fraction]:
    """(train share, train+valid share) as exact fractions of the ratio sum.

    A float is read as the decimal it was written as (0.8 → 4/5), so 0.8/0.1/0.1 and
    8/1/1 give the same cut points.
    """
    if (
        len(ratios) != 3
        or any(isinstance(r, bool) or not is_finite(r) or float(r) < 0 for r in ratios)
        or float(ratios[0]) <= 0
    ):
        raise ConfigError(f"ratios must be three non-negative numbers, train > 0; got {ratios}")
    r = [Fraction(str(x)) for x in ratios]
    total = sum(r)
    return r[0] / total, (r[0] + r[1]) / total


def _bounds(lengths: np.ndarray, p: Fraction, q: Fraction) -> tuple[np.ndarray, np.ndarray]:
    n = np.asarray(lengths, dtype=np.int64)
    a = np.maximum(n * p.numerator // p.denominator, 1)
    b = np.maximum(n * q.numerator // q.denominator, a)
    return a, b


def ordered_ratio_bounds(
    lengths: np.ndarray, train: float = 0.8, valid: float = 0.1
) -> tuple[np.ndarray, np.ndarray]:
    """Per-user cut points for a ratio split of rows in stored order.

    For a user with n items: ``a = max(floor(train·n), 1)``,
    ``b = max(floor((train + valid)·n), a)``; train = [0, a), valid = [a, b),
    test = [b, n). Exact rational arithmetic, so it equals the reference's
    ``floor(8·n / 10)`` (float ``0.9 * 10`` is 8.999…, which would lose an item).
    For n ≥ 2 this is the reference rule; for n = 1 the reference puts the one item in
    both train and test, here it is train only. Returns ``(a, b)``, each [U] int64.
    """
    p = Fraction(str(train))
    return _bounds(lengths, p, p + Fraction(str(valid)))


def ratio_bounds(lengths: np.ndarray, ratios: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """``ordered_ratio_bounds`` for ratios in any scale (8:1:1 or 0.8:0.1:0.1)."""
    return _bounds(lengths, *_fractions(ratios))


def leave_one_out_bounds(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Last item → test, the one before → valid (users with ≥ 3 items), the rest → train."""
    n = np.asarray(lengths, dtype=np.int64)
    b = n - 1
    a = np.where(n >= 3, n - 2, b)
    return a, b


def split_rows(
    indptr: np.ndarray, a: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Boolean masks [nnz] (train, valid, test) for per-user cut points on CSR rows."""
    lengths = np.diff(indptr)
    empty = (a < 1) & (lengths > 0)
    if empty.any():
        u = int(empty.argmax())
        raise DataError(
            f"the split leaves user {u} ({int(lengths[u])} interaction(s)) without a training "
            "item; filter such users out (user_min) or choose another split"
        )
    pos = np.arange(indptr[-1], dtype=np.int64) - np.repeat(indptr[:-1], lengths)
    a_rep, b_rep = np.repeat(a, lengths), np.repeat(b, lengths)
    return pos < a_rep, (pos >= a_rep) & (pos < b_rep), pos >= b_rep
