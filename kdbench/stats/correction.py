"""Multiple-testing correction of a family of p-values. NaN entries (tests that could not
run) are left NaN and do not count in the family size m."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kdbench.errors import ConfigError

CORRECTIONS = ("holm", "bh", "none")
CORRECTION_LABELS = {
    "holm": "Holm–Bonferroni",
    "bh": "Benjamini–Hochberg",
    "none": "no correction",
}


def _on_non_nan(p: np.ndarray, step: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Apply ``step`` (sorted p → adjusted sorted p) to the non-NaN entries of ``p``."""
    p = np.asarray(p, dtype=np.float64)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    vals = p[ok]
    if vals.size:
        order = np.argsort(vals, kind="stable")
        adj = np.empty(vals.size)
        adj[order] = step(vals[order])
        out[ok] = adj
    return out


def _holm_sorted(p: np.ndarray) -> np.ndarray:
    m = p.size
    return np.maximum.accumulate(np.minimum(1.0, (m - np.arange(m)) * p))


def _bh_sorted(p: np.ndarray) -> np.ndarray:
    m = p.size
    scaled = np.minimum(1.0, m * p / np.arange(1, m + 1))
    return np.minimum.accumulate(scaled[::-1])[::-1]


def holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p: sorted p_(1) ≤ … ≤ p_(m),
    p̃_(i) = max_{j ≤ i} min(1, (m - j + 1) p_(j)). Controls the family-wise error rate."""
    return _on_non_nan(p, _holm_sorted)


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg step-up adjusted p: p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j).
    Controls the false discovery rate (independent or positively dependent tests)."""
    return _on_non_nan(p, _bh_sorted)


def adjust(p: np.ndarray, method: str = "holm") -> np.ndarray:
    """Adjusted p-values of one family: ``method`` is holm, bh or none."""
    if method == "holm":
        return holm(p)
    if method == "bh":
        return benjamini_hochberg(p)
    if method == "none":
        return np.asarray(p, dtype=np.float64).copy()
    raise ConfigError(f"unknown correction {method!r}; use one of {', '.join(CORRECTIONS)}")
