"""Renderers of leaderboard cells: rich terminal tables and GitHub Markdown."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from kdbench.report.model import WORSE, Cell
from kdbench.report.ranking import Ranking, average_ranks
from kdbench.report.text import (
    IMPROV,
    PLAIN_BEST,
    PLAIN_SECOND,
    body,
    caption,
    improvement_entries,
    metric_header,
)


def rich_table(cell: Cell, styled: bool = True) -> Table:
    """One cell as a rich table; the caption explains marks, tests and grid choices.
    ``styled``: the console shows bold and underline (a terminal); else the best and
    second values carry the plain marks ¹ and ², and the caption says so."""
    table = Table(
        title=escape(f"{cell.title} (test, mean ± std over seeds)"),
        caption=escape("\n".join(caption(cell, styled))),
        caption_justify="left",
    )
    table.add_column("method")
    table.add_column("n", justify="right")
    for m in cell.metrics:
        table.add_column(metric_header(m), justify="right")
    for label, n, entries in body(cell):
        texts = []
        for e in entries:
            if not styled:
                rank = PLAIN_BEST if e.bold else PLAIN_SECOND if e.underline else ""
                texts.append(escape(e.text + rank + (" " + e.marks if e.marks else "")))
                continue
            colour = "red" if e.marks.startswith(WORSE) else "green"
            text = escape(e.text) + (f" [{colour}]{e.marks}[/{colour}]" if e.marks else "")
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
    """Average rank of each method over the blocks (see ``kdbench.report.ranking``)."""
    table = Table(
        title=f"Average rank over {ranking.blocks_text} (1 = best)",
        caption=escape(ranking.warning or ""),
        caption_justify="left",
    )
    table.add_column("method")
    table.add_column("avg rank", justify="right")
    table.add_column("blocks", justify="right")
    for method, rank, n in ranking.ordered():
        table.add_row(escape(method), f"{rank:.2f}", str(n))
    return table


def md_escape(text: str) -> str:
    """Escape what GitHub Markdown would read as markup inside a table."""
    for ch in ("\\", "*", "_", "|", "<", ">", "[", "]"):
        text = text.replace(ch, "\\" + ch)
    return text


def markdown_ranks(ranking: Ranking) -> str:
    out = [
        f"### Average rank over {md_escape(ranking.blocks_text)} (1 = best)\n",
        *([f"Note: {md_escape(ranking.warning)}.\n"] if ranking.warning else []),
        "| method | avg rank | blocks |",
        "|---|---:|---:|",
    ]
    out += [f"| {md_escape(m)} | {r:.2f} | {n} |" for m, r, n in ranking.ordered()]
    return "\n".join(out) + "\n"


def markdown(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """Every cell as a GitHub Markdown table with its caption; then, when there are
    several cells, the average ranks across them."""
    out = []
    for cell in cells:
        out.append(f"### {md_escape(cell.title)}\n")
        out.append(" ".join(md_escape(line) for line in caption(cell)) + "\n")
        out.append(
            "| method | n | " + " | ".join(md_escape(metric_header(m)) for m in cell.metrics) + " |"
        )
        out.append("|---|---:|" + "---:|" * len(cell.metrics))
        for label, n, entries in body(cell):
            texts = []
            for e in entries:
                text = md_escape(e.text)
                if e.bold:
                    text = f"**{text}**"
                elif e.underline:
                    text = f"<u>{text}</u>"
                texts.append(text + (" " + md_escape(e.marks) if e.marks else ""))
            out.append(f"| {md_escape(label)} | {n} | " + " | ".join(texts) + " |")
        imp = improvement_entries(cell)
        if imp is not None:
            out.append(f"| *{IMPROV}* |  | " + " | ".join(md_escape(e.text) for e in imp) + " |")
        out.append("")
    if ranking is None and len(cells) > 1:
        ranking = average_ranks(cells)
    if ranking is not None and ranking.n_blocks:
        out.append(markdown_ranks(ranking))
    return "\n".join(out)
