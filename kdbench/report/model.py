"""What a leaderboard holds: options, rows, comparisons and cells (dataset × pair)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kdbench.errors import ConfigError
from kdbench.stats import CORRECTIONS, TESTS, PairedStats, higher_is_better
from kdbench.stats.effects import DEFAULT_BOOTSTRAP
from kdbench.stats.paired import DEFAULT_RESAMPLES

TEACHER, STUDENT = "teacher", "student"
#: row roles: the teacher (a reference), the no-KD student, and KD methods
SCRATCH, KD = "scratch", "kd"
#: baseline choices besides a method's name
BEST_OTHER, ALL_PAIRS = "best-other", "all"
SEED, USER = "seed", "user"
#: marks on cells significantly different from the baseline, after correction: the level
#: of the test (seed: the paper's paired t-test; user: kdbench's addition) ...
MARKS = {SEED: "†", USER: "*"}
#: ... after the direction, so plain text says which way: "▲†*" better at both levels
BETTER, WORSE = "▲", "▼"


@dataclass(frozen=True)
class Options:
    """How a leaderboard is built.

    ``baseline``: ``student`` (the no-KD student), a method's name, ``best-other`` (each
    method against the best other method of its cell and metric) or ``all`` (all pairs).
    ``test`` is the per-user test (t, wilcoxon, perm); the seed-level test is always the
    paired t-test over seeds, the paper's protocol. ``correction`` adjusts p within each
    table and level. ``select``: the validation metric that picks a grid's configuration
    (None: each run's early-stopping monitor). ``sort``: order the rows by their mean
    on this metric, best first (the teacher, a reference, stays on top; None: the
    no-KD student, then the methods by name).
    """

    metrics: tuple[str, ...] | None = None
    baseline: str = STUDENT
    test: str = "t"
    correction: str = "holm"
    alpha: float = 0.05
    select: str | None = None
    sort: str | None = None
    user_level: bool = True
    n_bootstrap: int = DEFAULT_BOOTSTRAP
    n_permutations: int = DEFAULT_RESAMPLES
    seed: int = 0

    def __post_init__(self) -> None:
        if self.test not in TESTS:
            raise ConfigError(f"--test: unknown test {self.test!r}; use one of {', '.join(TESTS)}")
        if self.correction not in CORRECTIONS:
            raise ConfigError(
                f"--correction: unknown correction {self.correction!r}; "
                f"use one of {', '.join(CORRECTIONS)}"
            )
        if self.sort is not None and (not isinstance(self.sort, str) or "@" not in self.sort):
            raise ConfigError(f"--sort: {self.sort!r} is not a metric such as ndcg@20")
        if not 0 < self.alpha < 1:
            raise ConfigError(f"--alpha: must be between 0 and 1, got {self.alpha}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "metrics": list(self.metrics) if self.metrics else None,
            "baseline": self.baseline,
            "test_user": self.test,
            "test_seed": "t",
            "correction": self.correction,
            "alpha": self.alpha,
            "select": self.select,
            "sort": self.sort,
            "user_level": self.user_level,
            "n_bootstrap": self.n_bootstrap,
            "n_permutations": self.n_permutations,
            "seed": self.seed,
        }


@dataclass
class Row:
    """One method of a cell: its chosen configuration and its test values per seed."""

    name: str  # the method ('rcekd'); for a grid, the family of its configurations
    label: str  # the configuration shown ('rcekd[beta=3]'); equals name without a grid
    role: str  # teacher | scratch | kd
    run_ids: dict[int, str]  # seed → run id
    values: dict[str, dict[int, float]]  # metric → seed → test value
    candidates: list[dict[str, Any]] = field(default_factory=list)  # grid: label, valid, n

    def seeds(self, metric: str) -> list[int]:
        return sorted(self.values.get(metric, {}))

    def array(self, metric: str) -> np.ndarray:
        return np.array([self.values[metric][s] for s in self.seeds(metric)], dtype=np.float64)

    def mean(self, metric: str) -> float:
        v = self.array(metric)
        return float(v.mean()) if v.size else math.nan

    def std(self, metric: str) -> float:
        """Sample std over seeds (ddof = 1); 0 for a single seed."""
        v = self.array(metric)
        return float(v.std(ddof=1)) if v.size > 1 else 0.0

    def n(self, metric: str) -> int:
        return len(self.values.get(metric, {}))


@dataclass
class Comparison:
    """``method`` vs ``baseline`` on ``metric`` at ``level`` (seed or user), with the
    p-value adjusted within its family (all comparisons of one table and level)."""

    method: str
    baseline: str
    metric: str
    level: str
    stats: PairedStats
    p_adj: float = math.nan
    significant: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "baseline": self.baseline,
            "metric": self.metric,
            "level": self.level,
            **self.stats.to_dict(),
            "p_adj": self.p_adj,
            "significant": self.significant,
        }


@dataclass(frozen=True)
class Improvement:
    """The "Improv." row: the best method vs its reference, in % (positive = better)."""

    metric: str
    best: str
    reference: str
    percent: float


@dataclass
class Cell:
    """One leaderboard table: a dataset and a teacher→student pair."""

    dataset: str
    pair: str
    metrics: list[str]
    rows: list[Row]
    options: Options
    select_metric: str
    comparisons: list[Comparison] = field(default_factory=list)
    improvements: dict[str, Improvement | None] = field(default_factory=dict)
    n_users: int | None = None
    family_sizes: dict[str, int] = field(default_factory=dict)  # level → tests corrected
    same_split: bool = True  # every run used the same data split (users pair up)
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.dataset} · {self.pair}"

    @property
    def methods(self) -> list[str]:
        return [r.label for r in self.rows]

    def row(self, label: str) -> Row:
        return next(r for r in self.rows if r.label == label)

    def ranked(self, metric: str) -> list[Row]:
        """Non-teacher rows with a value for ``metric``, best first (metric direction)."""
        rows = [r for r in self.rows if r.role != TEACHER and r.n(metric)]
        hib = higher_is_better(metric)
        return sorted(rows, key=lambda r: -r.mean(metric) if hib else r.mean(metric))

    def best_second(self, metric: str) -> tuple[str | None, str | None]:
        """(best, second) labels on ``metric`` among the students; the teacher is a reference."""
        ranked = self.ranked(metric)
        return (
            ranked[0].label if ranked else None,
            ranked[1].label if len(ranked) > 1 else None,
        )

    def marks(self, label: str, metric: str) -> str:
        """Where ``label`` differs significantly from its baseline(s) on ``metric``: the
        direction (▲ better, ▼ worse) followed by the levels († seed, * user), e.g.
        '▲†*'; '▲† ▼*' if the levels disagree; '' where no test is significant."""
        found = {BETTER: "", WORSE: ""}
        for level in (SEED, USER):
            mine = [
                c
                for c in self.comparisons
                if c.level == level and c.metric == metric and label in (c.method, c.baseline)
            ]
            if not mine:
                continue
            if self.options.baseline == ALL_PAIRS:
                # against every other method: marked only when every test goes one way
                if all(c.significant and _winner(c) == label for c in mine):
                    found[BETTER] += MARKS[level]
                elif all(c.significant and _winner(c) != label for c in mine):
                    found[WORSE] += MARKS[level]
                continue
            own = [c for c in mine if c.method == label and c.significant]
            if any(c.stats.a_better for c in own):
                found[BETTER] += MARKS[level]
            elif own:
                found[WORSE] += MARKS[level]
        return " ".join(arrow + levels for arrow, levels in found.items() if levels)


def _winner(c: Comparison) -> str:
    return c.method if c.stats.a_better else c.baseline
