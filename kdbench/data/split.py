"""Per-user splits. The papers' rule is the ordered 8:1:1 split (protocol §5.2)."""

from __future__ import annotations

import numpy as np

from kdbench.errors import DataError


def ordered_ratio_bounds(lengths: np.ndarray, train: float = 0.8, valid: float = 0.1):
    """Per-user cut points for an ordered split.

    For a user with n items in stored order: ``a = max(floor(train·n), 1)``,
    ``b = max(floor((train+valid)·n), a)``; train = [0, a), valid = [a, b), test = [b, n).
    Returns ``(a, b)``, each [U] int64.
    """
    n = np.asarray(lengths, dtype=np.int64)
    # floor(0.8 * n) in float64 is exact for the n that occur (< 2**40), but 0.9*n can land
    # just below an integer (0.9 * 10 = 8.999...), so round to 9 decimals first.
    a = np.maximum(np.floor(np.round(train * n, 9)).astype(np.int64), 1)
    b = np.maximum(np.floor(np.round((train + valid) * n, 9)).astype(np.int64), a)
    return a, b


def split_rows(
    indptr: np.ndarray, a: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Boolean masks [nnz] (train, valid, test) for per-user cut points on CSR rows."""
    lengths = np.diff(indptr)
    if np.any(a > lengths):
        raise DataError("the split leaves a user without a training item")
    pos = np.arange(indptr[-1], dtype=np.int64) - np.repeat(indptr[:-1], lengths)
    a_rep, b_rep = np.repeat(a, lengths), np.repeat(b, lengths)
    return pos < a_rep, (pos >= a_rep) & (pos < b_rep), pos >= b_rep
