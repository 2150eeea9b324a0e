"""One paired comparison, A vs B, in full: the test and every effect size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from kdbench.errors import ConfigError
from kdbench.stats.effects import (
    DEFAULT_BOOTSTRAP,
    bootstrap_ci,
    cohens_dz,
    relative_improvement,
    t_ci,
    win_tie_loss,
)
from kdbench.stats.paired import DEFAULT_RESAMPLES, TESTS, paired_test, randomization

CI_METHODS = ("bootstrap", "t")


@dataclass(frozen=True)
class PairedStats:
    """A vs B over ``n`` aligned pairs. ``mean_diff`` = mean(a - b) with its ``ci``;
    ``rel_improvement`` in % (positive = A better in the metric's direction); ``dz`` is
    Cohen's d_z; wins/ties/losses count pairs where A is better/equal/worse."""

    test: str
    alternative: str
    n: int
    statistic: float
    p: float
    mean_a: float
    mean_b: float
    mean_diff: float
    ci_low: float
    ci_high: float
    ci_method: str
    ci_level: float
    rel_improvement: float
    dz: float
    wins: int
    ties: int
    losses: int
    higher_is_better: bool

    @property
    def a_better(self) -> bool:
        """The observed difference favours A in the metric's direction."""
        return self.mean_diff > 0 if self.higher_is_better else self.mean_diff < 0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "a_better": self.a_better}


def compare(
    a: np.ndarray,
    b: np.ndarray,
    *,
    test: str = "t",
    higher_is_better: bool | Sequence[bool] = True,
    alternative: str = "two-sided",
    ci: str = "bootstrap",
    ci_level: float = 0.95,
    n_bootstrap: int = DEFAULT_BOOTSTRAP,
    n_permutations: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> list[PairedStats]:
    """Compare A and B column by column.

    a, b: [n] or [n, m] (m comparisons over the same n pairs, e.g. several metrics or
    methods against one baseline on the same users). Randomization tests and bootstrap
    CIs of all columns share their draws, so a whole table costs one pass. Returns m
    PairedStats (one for a 1-D input). ``higher_is_better``: one flag or one per column.
    """
    if test not in TESTS:
        raise ConfigError(f"unknown test {test!r}; use one of {', '.join(TESTS)}")
    if ci not in CI_METHODS:
        raise ConfigError(f"unknown CI method {ci!r}; use one of {', '.join(CI_METHODS)}")
    a2 = np.asarray(a, dtype=np.float64)
    b2 = np.asarray(b, dtype=np.float64)
    if a2.shape != b2.shape:
        raise ConfigError(f"compare: arrays differ in shape {a2.shape} vs {b2.shape}")
    if a2.ndim == 1:
        a2, b2 = a2[:, None], b2[:, None]
    n, m = a2.shape
    hib = (
        [bool(higher_is_better)] * m
        if isinstance(higher_is_better, bool)
        else [bool(h) for h in higher_is_better]
    )
    if len(hib) != m:
        raise ConfigError(f"compare: {len(hib)} direction flags for {m} columns")
    d = a2 - b2
    if test == "perm":
        tests = randomization(a2, b2, alternative, n_permutations, seed)
    else:
        tests = [paired_test(test, a2[:, j], b2[:, j], alternative) for j in range(m)]
    if ci == "bootstrap":
        cis = bootstrap_ci(d, ci_level, n_bootstrap, seed).reshape(m, 2)
    else:
        cis = np.array([t_ci(d[:, j], ci_level) for j in range(m)]).reshape(m, 2)
    out = []
    for j in range(m):
        mean_a, mean_b = (float(a2[:, j].mean()), float(b2[:, j].mean())) if n else (np.nan,) * 2
        wtl = win_tie_loss(a2[:, j], b2[:, j], hib[j])
        out.append(
            PairedStats(
                test=test,
                alternative=alternative,
                n=n,
                statistic=tests[j].statistic,
                p=tests[j].p,
                mean_a=mean_a,
                mean_b=mean_b,
                mean_diff=mean_a - mean_b,
                ci_low=float(cis[j, 0]),
                ci_high=float(cis[j, 1]),
                ci_method=ci,
                ci_level=ci_level,
                rel_improvement=relative_improvement(mean_a, mean_b, hib[j]),
                dz=cohens_dz(d[:, j]),
                wins=wtl.wins,
                ties=wtl.ties,
                losses=wtl.losses,
                higher_is_better=hib[j],
            )
        )
    return out
