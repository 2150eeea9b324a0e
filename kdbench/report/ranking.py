"""Average rank of each method across cells: every (dataset, pair, metric) is a block in
which the methods (teacher excluded) are ranked 1 = best by their mean over seeds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kdbench.report.model import TEACHER, Cell
from kdbench.stats import higher_is_better, nemenyi_cd, rank_block


@dataclass
class Ranking:
    """``average``: method → (mean rank over the blocks it appears in, number of blocks).
    ``complete``: mean ranks over the blocks holding every method, the input of the
    critical-difference diagram, with its Nemenyi ``cd`` at ``alpha``."""

    average: dict[str, tuple[float, int]]
    n_blocks: int
    complete: dict[str, float] = field(default_factory=dict)
    n_complete: int = 0
    cd: float = float("nan")
    alpha: float = 0.05

    def ordered(self) -> list[tuple[str, float, int]]:
        return sorted(((m, r, n) for m, (r, n) in self.average.items()), key=lambda x: x[1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "average": [{"method": m, "rank": r, "blocks": n} for m, r, n in self.ordered()],
            "n_blocks": self.n_blocks,
            "complete_blocks": self.n_complete,
            "complete_average": self.complete,
            "nemenyi_cd": self.cd,
            "alpha": self.alpha,
        }


def average_ranks(cells: list[Cell], alpha: float = 0.05) -> Ranking:
    """Ranks per block by method name (a grid counts once, as its chosen configuration)."""
    blocks: list[dict[str, float]] = []
    for cell in cells:
        for metric in cell.metrics:
            rows = [r for r in cell.rows if r.role != TEACHER and r.n(metric)]
            if len(rows) < 2:
                continue
            ranks = rank_block([r.mean(metric) for r in rows], higher_is_better(metric))
            blocks.append({r.name: float(k) for r, k in zip(rows, ranks, strict=True)})
    names = sorted({m for b in blocks for m in b})
    average = {
        m: (float(np.mean([b[m] for b in blocks if m in b])), sum(m in b for b in blocks))
        for m in names
    }
    complete_blocks = [b for b in blocks if set(b) == set(names)]
    out = Ranking(average, len(blocks), alpha=alpha)
    if complete_blocks:
        out.complete = {m: float(np.mean([b[m] for b in complete_blocks])) for m in names}
        out.n_complete = len(complete_blocks)
        out.cd = nemenyi_cd(len(names), len(complete_blocks), alpha)
    return out
