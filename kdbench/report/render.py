"""Renderers of leaderboard cells: rich terminal tables and GitHub Markdown."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from kdbench.report.table import best_methods


def _fmt(v: dict[str, float]) -> str:
    return f"{v['mean']:.4f} ± {v['std']:.4f}"


def _title(cell: dict[str, Any]) -> str:
    return f"{cell['dataset']} · {cell['pair']}"


def rich_table(cell: dict[str, Any]) -> Table:
    table = Table(title=_title(cell) + " (test, mean ± std over seeds)")
    table.add_column("method")
    table.add_column("n", justify="right")
    for m in cell["metrics"]:
        table.add_column(m, justify="right")
    marks = {m: best_methods(cell, m) for m in cell["metrics"]}
    for method in cell["methods"]:
        row = cell["table"][method]
        cells = []
        for m in cell["metrics"]:
            if m not in row:
                cells.append("–")
                continue
            text = _fmt(row[m])
            best, second = marks[m]
            cells.append(
                f"[bold]{text}[/bold]"
                if method == best
                else f"[underline]{text}[/underline]"
                if method == second
                else text
            )
        n = max((v["n"] for v in row.values()), default=0)
        table.add_row(method, str(n), *cells)
    return table


def markdown(cells: list[dict[str, Any]]) -> str:
    out = []
    for cell in cells:
        out.append(f"### {_title(cell)}\n")
        out.append(
            "Test metrics, mean ± std over seeds; **best**, <u>second</u> among "
            "students (the teacher is a reference).\n"
        )
        out.append("| method | n | " + " | ".join(cell["metrics"]) + " |")
        out.append("|---|---:|" + "---:|" * len(cell["metrics"]))
        marks = {m: best_methods(cell, m) for m in cell["metrics"]}
        for method in cell["methods"]:
            row = cell["table"][method]
            vals = []
            for m in cell["metrics"]:
                if m not in row:
                    vals.append("–")
                    continue
                best, second = marks[m]
                text = _fmt(row[m])
                vals.append(
                    f"**{text}**"
                    if method == best
                    else f"<u>{text}</u>"
                    if method == second
                    else text
                )
            n = max((v["n"] for v in row.values()), default=0)
            out.append(f"| {method} | {n} | " + " | ".join(vals) + " |")
        out.append("")
    return "\n".join(out)
