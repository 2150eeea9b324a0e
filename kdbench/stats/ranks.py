"""Average ranks across blocks (dataset × pair × metric) and the Nemenyi critical
difference used by critical-difference diagrams (Demšar, JMLR 2006)."""

from __future__ import annotations

import numpy as np
from scipy import stats


def rank_block(means: np.ndarray, higher_is_better: bool = True) -> np.ndarray:
    """Ranks 1 (best) .. k of k methods' means in one block; ties share the average rank."""
    means = np.asarray(means, dtype=np.float64)
    return stats.rankdata(-means if higher_is_better else means, method="average")


def nemenyi_cd(k: int, n_blocks: int, alpha: float = 0.05) -> float:
    """Critical difference of average ranks for k methods over N blocks:
    CD = q_α √(k(k+1) / (6N)), q_α the studentized range quantile (∞ df) over √2."""
    if k < 2 or n_blocks < 1:
        return float("nan")
    q = stats.studentized_range.ppf(1 - alpha, k, np.inf) / np.sqrt(2)
    return float(q * np.sqrt(k * (k + 1) / (6 * n_blocks)))
