"""Paired two-sample tests on aligned arrays a[i], b[i] (the same user, or the same seed).

Each works on the differences d = a - b. Two-sided by default; ``alternative='greater'``
tests mean(a) > mean(b). Identical inputs (every d = 0) give p = 1: no evidence of any
difference (scipy returns NaN there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from kdbench.errors import ConfigError

ALTERNATIVES = ("two-sided", "greater", "less")
#: resamples of the randomization test; its p-value can never fall below 1/(R+1)
DEFAULT_RESAMPLES = 10_000
#: memory budget of one chunk of sign flips (float64 elements)
_CHUNK_ELEMENTS = 4_000_000


@dataclass(frozen=True)
class TestResult:
    """``statistic`` (t, W+ or mean difference), two- or one-sided ``p``, ``n`` pairs used."""

    test: str
    statistic: float
    p: float
    n: int
    alternative: str = "two-sided"

    __test__ = False  # not a pytest class


def _diffs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ConfigError(f"paired test: arrays differ in shape {a.shape} vs {b.shape}")
    return a - b


def _check_alternative(alternative: str) -> None:
    if alternative not in ALTERNATIVES:
        raise ConfigError(f"alternative {alternative!r}: use one of {', '.join(ALTERNATIVES)}")


def _p_from_sf(sf_pos: float, sf_neg: float, alternative: str) -> float:
    """p from the upper tail P(X ≥ x) and the lower tail P(X ≤ x)."""
    if alternative == "greater":
        return float(sf_pos)
    if alternative == "less":
        return float(sf_neg)
    return float(min(1.0, 2.0 * min(sf_pos, sf_neg)))


def paired_t(a: np.ndarray, b: np.ndarray, alternative: str = "two-sided") -> TestResult:
    """Student's paired t-test: t = mean(d) / (sd(d) / √n), df = n - 1.

    a, b: [n]. n < 2 gives p = NaN (no variance estimate).
    """
    _check_alternative(alternative)
    d = _diffs(a, b)
    n = d.size
    if n < 2:
        return TestResult("t", float("nan"), float("nan"), n, alternative)
    mean, sd = d.mean(), d.std(ddof=1)
    if sd == 0:
        if mean == 0:
            return TestResult("t", 0.0, 1.0, n, alternative)
        t = float(np.inf * np.sign(mean))
    else:
        t = float(mean / (sd / np.sqrt(n)))
    df = n - 1
    # Student t tails through the regularised incomplete beta, as scipy's t.sf does
    upper = special.stdtr(df, -t)  # P(T ≥ t)
    lower = special.stdtr(df, t)  # P(T ≤ t)
    return TestResult("t", t, _p_from_sf(upper, lower, alternative), n, alternative)


def _wilcoxon_exact_tails(n: int, w: int) -> tuple[float, float]:
    """(P(W+ ≥ w), P(W+ ≤ w)) under H0 for n untied nonzero differences.

    The null counts come from the generating function ∏_{i=1..n} (1 + x^i): every sign
    pattern is equally likely, and rank i adds i to W+ when its sign is positive.
    """
    counts = np.zeros(n * (n + 1) // 2 + 1)
    counts[0] = 1.0
    for i in range(1, n + 1):
        counts[i:] = counts[i:] + counts[:-i].copy()
    total = 2.0**n
    return counts[w:].sum() / total, counts[: w + 1].sum() / total


def wilcoxon(
    a: np.ndarray, b: np.ndarray, alternative: str = "two-sided", exact_max_n: int = 50
) -> TestResult:
    """Wilcoxon signed-rank test on d = a - b; zero differences are dropped (Wilcoxon's rule).

    W+ = sum of the ranks of |d| over positive d (average ranks for ties). Exact null
    distribution when at most ``exact_max_n`` nonzero differences and no ties; otherwise
    the normal approximation with the tie-corrected variance
    n(n+1)(2n+1)/24 - Σ(t³ - t)/48, without continuity correction.
    """
    from scipy import stats

    _check_alternative(alternative)
    d = _diffs(a, b)
    d = d[d != 0]
    n = d.size
    if n == 0:
        return TestResult("wilcoxon", 0.0, 1.0, 0, alternative)
    ranks = stats.rankdata(np.abs(d))
    w_plus = float(ranks[d > 0].sum())
    _, tie_sizes = np.unique(np.abs(d), return_counts=True)
    has_ties = bool((tie_sizes > 1).any())
    if n <= exact_max_n and not has_ties:
        upper, lower = _wilcoxon_exact_tails(n, round(w_plus))
        return TestResult("wilcoxon", w_plus, _p_from_sf(upper, lower, alternative), n, alternative)
    mean = n * (n + 1) / 4
    var = n * (n + 1) * (2 * n + 1) / 24 - (tie_sizes**3 - tie_sizes).sum() / 48
    if var <= 0:
        return TestResult("wilcoxon", w_plus, 1.0, n, alternative)
    z = (w_plus - mean) / np.sqrt(var)
    upper, lower = special.ndtr(-z), special.ndtr(z)
    return TestResult("wilcoxon", w_plus, _p_from_sf(upper, lower, alternative), n, alternative)


def _columns(d: np.ndarray) -> np.ndarray:
    return d[:, None] if d.ndim == 1 else d


def randomization(
    a: np.ndarray,
    b: np.ndarray,
    alternative: str = "two-sided",
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> TestResult | list[TestResult]:
    """Paired randomization (sign-flip) test of mean(d) = 0.

    Under H0 each d_i is as likely to be +|d_i| as -|d_i|; R random sign patterns give
    the null distribution of the mean. p = (count + 1) / (R + 1), where count is the
    number of resampled means at least as extreme as the observed one: the observed
    pattern is one of the possible outcomes, so p is never 0 (floor 1 / (R + 1)).

    a, b: [n] → one TestResult; or [n, m] → m results that share the same sign patterns
    (one matrix product for all columns, which is what makes it affordable per table).
    Seeded by ``seed``: the same inputs always give the same p.
    """
    _check_alternative(alternative)
    d = _diffs(a, b)
    cols = _columns(d)
    n, m = cols.shape
    observed = cols.mean(0)
    # resampled means within float rounding of the observed one count as "as extreme"
    tol = 1e-12 * np.maximum(np.abs(cols).max(0, initial=0.0), 1.0)
    count = np.zeros(m, dtype=np.int64)
    rng = np.random.default_rng(seed)
    chunk = max(1, _CHUNK_ELEMENTS // max(n, 1))
    done = 0
    while done < n_resamples:
        r = min(chunk, n_resamples - done)
        bits = np.unpackbits(rng.integers(0, 256, size=(r, (n + 7) // 8), dtype=np.uint8), axis=1)
        signs = 1.0 - 2.0 * bits[:, :n]  # [r, n] of ±1
        means = signs @ cols / max(n, 1)  # [r, m]
        if alternative == "greater":
            count += (means >= observed - tol).sum(0)
        elif alternative == "less":
            count += (means <= observed + tol).sum(0)
        else:
            count += (np.abs(means) >= np.abs(observed) - tol).sum(0)
        done += r
    p = (count + 1) / (n_resamples + 1)
    results = [
        TestResult("perm", float(observed[j]), float(p[j]), n, alternative) for j in range(m)
    ]
    return results[0] if d.ndim == 1 else results


TESTS = {"t": paired_t, "wilcoxon": wilcoxon, "perm": randomization}
TEST_LABELS = {
    "t": "paired t-test",
    "wilcoxon": "Wilcoxon signed-rank test",
    "perm": "paired randomization test",
}


def paired_test(
    test: str, a: np.ndarray, b: np.ndarray, alternative: str = "two-sided"
) -> TestResult:
    """Run the paired test named ``test`` (t, wilcoxon, perm) on a, b: [n]."""
    if test not in TESTS:
        raise ConfigError(f"unknown test {test!r}; use one of {', '.join(TESTS)}")
    return TESTS[test](a, b, alternative)
