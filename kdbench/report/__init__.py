"""Leaderboards from run records: cells with paired comparisons, average ranks, and
renderers (terminal, Markdown, LaTeX, CSV, JSON, HTML). No torch: reads run folders only."""

from __future__ import annotations

from pathlib import Path

from kdbench.errors import ConfigError
from kdbench.report.export import to_csv, to_frame, to_json
from kdbench.report.html import html
from kdbench.report.latex import latex, latex_tables
from kdbench.report.model import Cell, Comparison, Options, Row
from kdbench.report.ranking import Ranking, average_ranks
from kdbench.report.render import markdown, rich_ranks, rich_table
from kdbench.report.table import cells, load_results

FORMATS = ("term", "md", "latex", "latex-table", "csv", "json", "html")
_TEXT = {"md": markdown, "latex": latex, "latex-table": latex_tables, "json": to_json, "html": html}


def leaderboard(output: str | Path, options: Options | None = None) -> list[Cell]:
    """Every cell of a suite output folder, with its comparisons."""
    return cells(load_results(output), options=options)


def leaderboard_text(output: str | Path, fmt: str, table_cells: list[Cell] | None = None) -> str:
    """What ``kdbench leaderboard OUTPUT --format FMT`` prints: ``render`` of the folder's
    cells (default options unless ``table_cells`` are given)."""
    return render(leaderboard(output) if table_cells is None else table_cells, fmt)


def render(table_cells: list[Cell], fmt: str) -> str:
    """The leaderboard as text in ``fmt``: md, latex (a document), latex-table (the
    tables alone, for \\input), csv, json or html."""
    if fmt == "csv":
        return to_csv(table_cells)
    if fmt not in _TEXT:
        raise ConfigError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return _TEXT[fmt](table_cells)


__all__ = [
    "FORMATS",
    "Cell",
    "Comparison",
    "Options",
    "Ranking",
    "Row",
    "average_ranks",
    "cells",
    "html",
    "latex",
    "latex_tables",
    "leaderboard",
    "leaderboard_text",
    "load_results",
    "markdown",
    "render",
    "rich_ranks",
    "rich_table",
    "to_csv",
    "to_frame",
    "to_json",
]
