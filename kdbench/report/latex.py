"""A LaTeX document with one booktabs table per cell and the average ranks; it compiles
as is with pdflatex (packages: booktabs, geometry, graphicx; default fonts), or copy the tables."""

from __future__ import annotations

import re
import unicodedata

from kdbench.report.model import MARKS, SEED, TEACHER, USER, Cell
from kdbench.report.ranking import Ranking, average_ranks
from kdbench.report.text import IMPROV, body, caption, improvement_entries, metric_header

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": "$<$",
    ">": "$>$",
    "|": r"$\vert$",
    "→": r"$\rightarrow$",
    "±": r"$\pm$",
    "·": r"$\cdot$",
    "–": "--",
    "—": "---",
    "−": "$-$",
    "α": r"$\alpha$",
    "↓": r"$\downarrow$",
    "≥": r"$\geq$",
    "≤": r"$\leq$",
    MARKS[SEED]: r"\textsuperscript{\textdagger}",
    MARKS[USER]: r"\textsuperscript{*}",
}
#: wider than this many metric columns, a table is scaled to the text width
_MAX_COLUMNS = 5
#: tables per page before a \clearpage, so floats never pile up
_PER_PAGE = 2


def escape(text: str) -> str:
    """LaTeX-safe text for the default (OT1) fonts: accents are dropped ('é' → 'e'), and
    characters without an ASCII form become '?'."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(escape(plain) if plain else "?")
    return "".join(out)


def _entry(e) -> str:
    text = escape(e.text)
    if e.bold:
        text = rf"\textbf{{{text}}}"
    elif e.underline:
        text = rf"\underline{{{text}}}"
    return text + escape(e.marks)


def _label(cell: Cell) -> str:
    return "tab:" + re.sub(r"[^A-Za-z0-9]+", "-", f"{cell.dataset}-{cell.pair}").strip("-")


def table(cell: Cell) -> str:
    """One booktabs table environment."""
    cols = "lr" + "r" * len(cell.metrics)
    lines = [
        r"\begin{table}[!ht]",
        r"\centering",
        r"\small",
        rf"\caption{{{escape(cell.title)}. {escape(' '.join(caption(cell)))}}}",
        rf"\label{{{_label(cell)}}}",
    ]
    wide = len(cell.metrics) > _MAX_COLUMNS
    if wide:
        lines.append(r"\resizebox{\textwidth}{!}{%")
    lines += [rf"\begin{{tabular}}{{{cols}}}", r"\toprule"]
    header = ["method", "$n$", *(escape(metric_header(m)) for m in cell.metrics)]
    lines += [" & ".join(header) + r" \\", r"\midrule"]
    for label, n, entries in body(cell):
        lines.append(" & ".join([escape(label), str(n), *map(_entry, entries)]) + r" \\")
        if label == TEACHER:
            lines.append(r"\midrule")
    imp = improvement_entries(cell)
    if imp is not None:
        lines += [
            r"\midrule",
            " & ".join([rf"\textit{{{IMPROV}}}", "", *map(_entry, imp)]) + r" \\",
        ]
    lines += [r"\bottomrule", r"\end{tabular}" + ("}" if wide else ""), r"\end{table}"]
    return "\n".join(lines)


def ranks_table(ranking: Ranking) -> str:
    lines = [
        r"\begin{table}[!ht]",
        r"\centering",
        r"\small",
        rf"\caption{{Average rank (1 = best) of each method over {ranking.n_blocks} "
        r"(dataset, pair, metric) blocks.}",
        r"\begin{tabular}{lrr}",
        r"\toprule",
        r"method & avg rank & blocks \\",
        r"\midrule",
    ]
    lines += [rf"{escape(m)} & {r:.2f} & {n} \\" for m, r, n in ranking.ordered()]
    lines += [r"\bottomrule", r"\end{tabular}", r"\end{table}"]
    return "\n".join(lines)


def latex(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """A complete document: preamble, every cell's table, the average ranks."""
    ranking = ranking or average_ranks(cells)
    parts = [
        r"\documentclass{article}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\usepackage{booktabs}",
        r"\usepackage{graphicx}",
        r"\begin{document}",
    ]
    for i, cell in enumerate(cells, 1):
        parts.append(table(cell))
        if i % _PER_PAGE == 0:
            parts.append(r"\clearpage")
    if ranking.n_blocks and len(cells) > 1:
        parts.append(ranks_table(ranking))
    parts.append(r"\end{document}")
    return "\n".join(parts) + "\n"
