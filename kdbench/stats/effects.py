"""Effect sizes of a paired comparison: mean difference with a paired bootstrap CI,
relative improvement, Cohen's d_z, and win/tie/loss counts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

DEFAULT_BOOTSTRAP = 2_000
#: memory budget of one chunk of resample weights (float64 elements)
_CHUNK_ELEMENTS = 4_000_000


def bootstrap_ci(
    d: np.ndarray, level: float = 0.95, n_resamples: int = DEFAULT_BOOTSTRAP, seed: int = 0
) -> np.ndarray:
    """Percentile bootstrap CI of mean(d), resampling pairs (users) with replacement.

    d: [n] → [2] (low, high); or [n, m] → [m, 2], every column resampled with the same
    draws (one matrix product of resample counts [R, n] by d [n, m]). Seeded.
    """
    d = np.asarray(d, dtype=np.float64)
    cols = d[:, None] if d.ndim == 1 else d
    n, m = cols.shape
    if n == 0:
        return np.full((2,) if d.ndim == 1 else (m, 2), np.nan)
    rng = np.random.default_rng(seed)
    chunk = max(1, _CHUNK_ELEMENTS // n)
    means = []
    done = 0
    while done < n_resamples:
        r = min(chunk, n_resamples - done)
        idx = rng.integers(0, n, size=(r, n))
        # per resample, how often each pair was drawn: a weight matrix [r, n]
        flat = (idx + (np.arange(r) * n)[:, None]).ravel()
        counts = np.bincount(flat, minlength=r * n).reshape(r, n).astype(np.float64)
        means.append(counts @ cols / n)
        done += r
    dist = np.concatenate(means)  # [R, m]
    alpha = 1.0 - level
    ci = np.quantile(dist, [alpha / 2, 1 - alpha / 2], axis=0).T  # [m, 2]
    return ci[0] if d.ndim == 1 else ci


def t_ci(d: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Student-t CI of mean(d): mean ± t_{1-α/2, n-1} · sd / √n (for a handful of seeds)."""
    d = np.asarray(d, dtype=np.float64)
    n = d.size
    if n < 2:
        return (float("nan"), float("nan"))
    half = special.stdtrit(n - 1, 1 - (1 - level) / 2) * d.std(ddof=1) / np.sqrt(n)
    return (float(d.mean() - half), float(d.mean() + half))


def cohens_dz(d: np.ndarray) -> float:
    """Cohen's d_z = mean(d) / sd(d): the paired standardized mean difference.
    NaN when sd = 0 or fewer than 2 pairs."""
    d = np.asarray(d, dtype=np.float64)
    if d.size < 2:
        return float("nan")
    sd = d.std(ddof=1)
    return float(d.mean() / sd) if sd > 0 else float("nan")


def relative_improvement(mean_a: float, mean_b: float, higher_is_better: bool = True) -> float:
    """Improvement of A over B in % of |B|, positive when A is better (either direction)."""
    if mean_b == 0:
        return float("nan")
    gain = mean_a - mean_b if higher_is_better else mean_b - mean_a
    return float(100.0 * gain / abs(mean_b))


@dataclass(frozen=True)
class WinTieLoss:
    wins: int
    ties: int
    losses: int


def win_tie_loss(
    a: np.ndarray, b: np.ndarray, higher_is_better: bool = True, tol: float = 1e-12
) -> WinTieLoss:
    """How many pairs A beats B, ties (|a - b| ≤ tol), or loses, in the metric's direction."""
    d = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    if not higher_is_better:
        d = -d
    return WinTieLoss(int((d > tol).sum()), int((np.abs(d) <= tol).sum()), int((d < -tol).sum()))
