"""Figures (optional ``plot`` extra, matplotlib): validation curves per method, and a
critical-difference diagram of average ranks (Demšar, JMLR 2006)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from kdbench.errors import ConfigError
from kdbench.report.model import Cell
from kdbench.report.ranking import Ranking
from kdbench.report.records import curve


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise ConfigError("plots need matplotlib: pip install 'kdbench[plot]'") from None
    matplotlib.use("Agg")  # files only: never open a window
    import matplotlib.pyplot as plt

    return plt


def plot_curves(cell: Cell, output: str | Path, path: str | Path) -> Path | None:
    """Validation metric per epoch, one colour per method, one line per seed. Returns
    the written file, or None when no run of the cell recorded a curve."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4.2))
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    ylabel = None
    for i, row in enumerate(cell.rows):
        for j, (_seed, run_id) in enumerate(sorted(row.run_ids.items())):
            df = curve(output, run_id)
            cols = [c for c in df.columns if c.startswith("valid_")] if df is not None else []
            if not cols or "epoch" not in df.columns:
                continue
            ylabel = cols[0]
            ax.plot(
                df["epoch"],
                df[cols[0]],
                color=colours[i % len(colours)],
                alpha=0.8,
                lw=1.2,
                label=row.label if j == 0 else None,
            )
    if ylabel is None:
        plt.close(fig)
        return None
    ax.set_xlabel("epoch")
    ax.set_ylabel(ylabel.replace("_", " "))
    ax.set_title(cell.title)
    ax.legend(fontsize="small")
    return _save(fig, path)


def cliques(ranks: dict[str, float], cd: float) -> list[list[str]]:
    """Maximal runs of methods (sorted by rank) whose ranks differ by less than ``cd``:
    the groups a CD diagram joins with a bar (not significantly different)."""
    order = sorted(ranks, key=ranks.get)
    groups = []
    for i, j in itertools.combinations_with_replacement(range(len(order)), 2):
        if j > i and ranks[order[j]] - ranks[order[i]] < cd:
            groups.append((i, j))
    maximal = [
        g for g in groups if not any(h != g and h[0] <= g[0] and g[1] <= h[1] for h in groups)
    ]
    return [order[i : j + 1] for i, j in sorted(maximal)]


#: fewer complete blocks than this, no CD diagram at all: one block has no spread
MIN_CD_BLOCKS = 2


def plot_cd(ranking: Ranking, path: str | Path) -> Path | None:
    """Critical-difference diagram of the ranks over blocks holding every method (tables,
    or the seeds of a single table; see ``kdbench.report.ranking``); None when fewer than
    two methods or MIN_CD_BLOCKS complete blocks. Its title names the blocks and warns
    when they are too few for the test to mean much."""
    ranks = ranking.complete
    if len(ranks) < 2 or ranking.n_complete < MIN_CD_BLOCKS:
        return None
    plt = _pyplot()
    k = len(ranks)
    order = sorted(ranks, key=ranks.get)
    fig, ax = plt.subplots(figsize=(7, 1.4 + 0.2 * k))
    ax.set_xlim(0.5, k + 0.5)
    half = (k + 1) // 2
    ax.set_ylim(-(half * 0.6 + 0.4), 2.2)
    ax.axis("off")
    ax.hlines(0, 1, k, color="black", lw=1)
    for r in range(1, k + 1):
        ax.vlines(r, 0, 0.15, color="black", lw=1)
        ax.text(r, 0.3, str(r), ha="center", va="bottom", fontsize=9)
    for i, name in enumerate(order):
        x = ranks[name]
        left = i < half
        y = -(i if left else k - 1 - i) * 0.6 - 0.6
        end = 0.6 if left else k + 0.4
        ax.plot([x, x, end], [0, y, y], color="black", lw=0.8)
        ax.text(
            end + (-0.05 if left else 0.05),
            y,
            f"{name} ({x:.2f})",
            ha="right" if left else "left",
            va="center",
            fontsize=9,
        )
    if ranking.cd == ranking.cd:  # not NaN
        ax.hlines(1.6, 1, 1 + ranking.cd, color="black", lw=1.5)
        ax.text(1 + ranking.cd / 2, 1.7, f"CD = {ranking.cd:.2f}", ha="center", fontsize=9)
        for n, group in enumerate(cliques(ranks, ranking.cd)):
            y = -0.25 - 0.12 * n
            ax.hlines(y, ranks[group[0]] - 0.05, ranks[group[-1]] + 0.05, color="black", lw=3)
    unit = "(dataset, pair) tables" if ranking.unit == "table" else "seeds of one table"
    title = (
        f"Average ranks on {ranking.metric} over {ranking.n_complete} {unit} "
        f"(Nemenyi, α = {ranking.alpha:g})"
    )
    if ranking.warning:
        title += f"\n{ranking.warning}"
    ax.set_title(title, fontsize=9)
    return _save(fig, path)


def _save(fig: Any, path: str | Path) -> Path:
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150)
    _pyplot().close(fig)
    return path
