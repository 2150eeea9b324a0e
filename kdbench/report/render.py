"""Renderers of leaderboard cells: rich terminal tables and GitHub Markdown."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from kdbench.report.model import Cell
from kdbench.report.ranking import Ranking, average_ranks
from kdbench.report.text import IMPROV, body, caption, improvement_entries, metric_header


def rich_table(cell: Cell) -> Table:
    """One cell as a rich table; the caption explains marks, tests and grid choices."""
    table = Table(
        title=escape(f"{cell.title} (test, mean ± std over seeds)"),
        caption=escape("\n".join(caption(cell))),
        caption_justify="left",
    )
    table.add_column("method")
    table.add_column("n", justify="right")
    for m in cell.metrics:
        table.add_column(metric_header(m), justify="right")
    for label, n, entries in body(cell):
        texts = []
        for e in entries:
            text = escape(e.text) + (f"[green]{e.marks}[/green]" if e.marks else "")
            if e.bold:
                text = f"[bold]{text}[/bold]"
            elif e.underline:
                text = f"[underline]{text}[/underline]"
            texts.append(text)
        table.add_row(escape(label), str(n), *texts)
    imp = improvement_entries(cell)
    if imp is not None:
        table.add_row(IMPROV, "", *(e.text for e in imp), style="italic")
    return table


def rich_ranks(ranking: Ranking) -> Table:
    """Average rank of each method over every (dataset, pair, metric)."""
    table = Table(
        title=f"Average rank over {ranking.n_blocks} (dataset, pair, metric) blocks (1 = best)"
    )
    table.add_column("method")
    table.add_column("avg rank", justify="right")
    table.add_column("blocks", justify="right")
    for method, rank, n in ranking.ordered():
        table.add_row(escape(method), f"{rank:.2f}", str(n))
    return table


def _md(text: str) -> str:
    """Escape what GitHub Markdown would read as markup inside a table."""
    for ch in ("\\", "*", "_", "|", "<", ">", "[", "]"):
        text = text.replace(ch, "\\" + ch)
    return text


def markdown_ranks(ranking: Ranking) -> str:
    out = [
        f"### Average rank over {ranking.n_blocks} (dataset, pair, metric) blocks\n",
        "| method | avg rank | blocks |",
        "|---|---:|---:|",
    ]
    out += [f"| {_md(m)} | {r:.2f} | {n} |" for m, r, n in ranking.ordered()]
    return "\n".join(out) + "\n"


def markdown(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """Every cell as a GitHub Markdown table with its caption; then, when there are
    several cells, the average ranks across them."""
    out = []
    for cell in cells:
        out.append(f"### {_md(cell.title)}\n")
        out.append(" ".join(_md(line) for line in caption(cell)) + "\n")
        out.append(
            "| method | n | " + " | ".join(_md(metric_header(m)) for m in cell.metrics) + " |"
        )
        out.append("|---|---:|" + "---:|" * len(cell.metrics))
        for label, n, entries in body(cell):
            texts = []
            for e in entries:
                text = _md(e.text)
                if e.bold:
                    text = f"**{text}**"
                elif e.underline:
                    text = f"<u>{text}</u>"
                texts.append(text + _md(e.marks))
            out.append(f"| {_md(label)} | {n} | " + " | ".join(texts) + " |")
        imp = improvement_entries(cell)
        if imp is not None:
            out.append(f"| *{IMPROV}* |  | " + " | ".join(_md(e.text) for e in imp) + " |")
        out.append("")
    if ranking is None and len(cells) > 1:
        ranking = average_ranks(cells)
    if ranking is not None and ranking.n_blocks:
        out.append(markdown_ranks(ranking))
    return "\n".join(out)
