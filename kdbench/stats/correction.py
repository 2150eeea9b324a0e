"""Multiple-testing correction of a family of p-values. NaN entries (tests that could not
run) are left NaN and do not count in the family size m."""

from __future__ import annotations

import numpy as np

from kdbench.errors import ConfigError

CORRECTIONS = ("holm", "bh", "none")
CORRECTION_LABELS = {
    "holm": "Holm–Bonferroni",
    "bh": "Benjamini–Hochberg",
    "none": "no correction",
}


def holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p: sorted p_(1) ≤ … ≤ p_(m),
    p̃_(i) = max_{j ≤ i} min(1, (m - j + 1) p_(j)). Controls the family-wise error rate."""
    p = np.asarray(p, dtype=np.float64)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    vals = p[ok]
    m = vals.size
    if m == 0:
        return out
    order = np.argsort(vals, kind="stable")
    scaled = np.minimum(1.0, (m - np.arange(m)) * vals[order])
    adj = np.empty(m)
    adj[order] = np.maximum.accumulate(scaled)
    out[ok] = adj
    return out


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg step-up adjusted p: p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j).
    Controls the false discovery rate (independent or positively dependent tests)."""
    p = np.asarray(p, dtype=np.float64)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    vals = p[ok]
    m = vals.size
    if m == 0:
        return out
    order = np.argsort(vals, kind="stable")
    scaled = np.minimum(1.0, m * vals[order] / np.arange(1, m + 1))
    adj = np.empty(m)
    adj[order] = np.minimum.accumulate(scaled[::-1])[::-1]
    out[ok] = adj
    return out


def adjust(p: np.ndarray, method: str = "holm") -> np.ndarray:
    """Adjusted p-values of one family: ``method`` is holm, bh or none."""
    if method == "holm":
        return holm(p)
    if method == "bh":
        return benjamini_hochberg(p)
    if method == "none":
        return np.asarray(p, dtype=np.float64).copy()
    raise ConfigError(f"unknown correction {method!r}; use one of {', '.join(CORRECTIONS)}")
