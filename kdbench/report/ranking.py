"""Average rank of each method across leaderboard tables, the input of the
critical-difference diagram (Friedman ranks, Nemenyi CD; Demšar, JMLR 2006).

The Friedman and Nemenyi tests take blocks as independent samples. Each (dataset,
teacher→student pair) table is one block, ranked on one metric: the metrics of one table
are views of the same ranked lists, so ranking over them would count one experiment
several times. With a single table, the blocks are its seeds (each seed's runs rank the
methods once; seeds are independent trainings), and the ranking says so. Below
``MIN_BLOCKS`` blocks the test has little power, and every rendering says that too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kdbench.report.model import TEACHER, Cell, Row
from kdbench.stats import higher_is_better, nemenyi_cd, rank_block

#: fewer blocks than this: the Friedman/Nemenyi test rarely means anything (Demšar
#: 2006 uses N ≥ 10 data sets; its chi-square approximation needs about that many)
MIN_BLOCKS = 10
TABLES, SEEDS = "table", "seed"


@dataclass
class Ranking:
    """``average``: method → (mean rank over the blocks it appears in, number of blocks).
    ``complete``: mean ranks over the blocks holding every method, the input of the
    critical-difference diagram, with its Nemenyi ``cd`` at ``alpha``. ``unit``: what a
    block is, ``table`` (a (dataset, pair) table) or ``seed`` (one seed of a single
    table); ``metric``: what the methods are ranked by."""

    average: dict[str, tuple[float, int]]
    n_blocks: int
    complete: dict[str, float] = field(default_factory=dict)
    n_complete: int = 0
    cd: float = float("nan")
    alpha: float = 0.05
    metric: str | None = None
    unit: str = TABLES

    def ordered(self) -> list[tuple[str, float, int]]:
        return sorted(((m, r, n) for m, (r, n) in self.average.items()), key=lambda x: x[1])

    @property
    def blocks_text(self) -> str:
        """'3 (dataset, pair) tables on ndcg@20' or '5 seeds of one table on ndcg@20'."""
        what = "(dataset, pair) table" if self.unit == TABLES else "seed"
        text = f"{self.n_blocks} {what}{'s' if self.n_blocks != 1 else ''}"
        if self.unit == SEEDS:
            text += " of one table"
        return text + (f" on {self.metric}" if self.metric else "")

    @property
    def warning(self) -> str | None:
        """Why the CD diagram's test means little here, or None."""
        if self.n_complete < MIN_BLOCKS:
            return (
                f"only {self.n_complete} complete block{'s' if self.n_complete != 1 else ''}: "
                f"the Friedman/Nemenyi test needs about {MIN_BLOCKS} to mean much"
            )
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "average": [{"method": m, "rank": r, "blocks": n} for m, r, n in self.ordered()],
            "metric": self.metric,
            "unit": self.unit,
            "n_blocks": self.n_blocks,
            "complete_blocks": self.n_complete,
            "complete_average": self.complete,
            "nemenyi_cd": self.cd,
            "alpha": self.alpha,
            "warning": self.warning,
        }


def rank_metric(cells: list[Cell], metric: str | None = None) -> str | None:
    """``metric``, else the first column every table has (the suite's first metric)."""
    if metric is not None or not cells:
        return metric
    common = set.intersection(*(set(c.metrics) for c in cells))
    return next((m for m in cells[0].metrics if m in common), None)


def _students(cell: Cell, metric: str) -> list[Row]:
    return [r for r in cell.rows if r.role != TEACHER and r.n(metric)]


def _rank(rows: list[Row], means: list[float], metric: str) -> dict[str, float]:
    ranks = rank_block(np.array(means), higher_is_better(metric))
    return {r.name: float(k) for r, k in zip(rows, ranks, strict=True)}


def average_ranks(cells: list[Cell], alpha: float = 0.05, metric: str | None = None) -> Ranking:
    """Ranks per (dataset, pair) table on ``metric`` (default: ``rank_metric``), by method
    name (a grid counts once, as its chosen configuration); with one table, per seed."""
    metric = rank_metric(cells, metric)
    blocks: list[dict[str, float]] = []
    unit = TABLES
    if metric is not None:
        for cell in cells:
            rows = _students(cell, metric)
            if len(rows) >= 2:
                blocks.append(_rank(rows, [r.mean(metric) for r in rows], metric))
        if len(cells) == 1 and blocks:
            unit, blocks = SEEDS, _seed_blocks(cells[0], metric)
    names = sorted({m for b in blocks for m in b})
    average = {
        m: (float(np.mean([b[m] for b in blocks if m in b])), sum(m in b for b in blocks))
        for m in names
    }
    complete_blocks = [b for b in blocks if set(b) == set(names)]
    out = Ranking(average, len(blocks), alpha=alpha, metric=metric, unit=unit)
    if complete_blocks:
        out.complete = {m: float(np.mean([b[m] for b in complete_blocks])) for m in names}
        out.n_complete = len(complete_blocks)
        out.cd = nemenyi_cd(len(names), len(complete_blocks), alpha)
    return out


def _seed_blocks(cell: Cell, metric: str) -> list[dict[str, float]]:
    """One block per seed that every method ran: the methods ranked by that seed's value."""
    rows = _students(cell, metric)
    seeds = sorted(set.intersection(*(set(r.seeds(metric)) for r in rows)))
    return [_rank(rows, [r.values[metric][s] for r in rows], metric) for s in seeds]
