r"""A LaTeX document with one booktabs table per cell and the average ranks; it compiles
as is with pdflatex (packages: booktabs, geometry, graphicx, amssymb; T1 fonts), or the
tables alone (``latex-table``) for ``\input`` into a paper that loads booktabs, graphicx
and amssymb. Text stays UTF-8: accented Latin letters compile with pdflatex (LaTeX reads
UTF-8 since 2018); Greek letters become math symbols; other scripts need lualatex or
xelatex."""

from __future__ import annotations

import re
import unicodedata

from kdbench.report.model import BETTER, MARKS, SEED, TEACHER, USER, WORSE, Cell
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
    "<": r"\ensuremath{<}",
    ">": r"\ensuremath{>}",
    "|": r"\ensuremath{\vert}",
    "→": r"\ensuremath{\rightarrow}",
    "±": r"\ensuremath{\pm}",
    "·": r"\ensuremath{\cdot}",
    "–": "--",
    "—": "---",
    "−": r"\ensuremath{-}",
    "α": r"\ensuremath{\alpha}",
    "↓": r"\ensuremath{\downarrow}",
    "≥": r"\ensuremath{\geq}",
    "≤": r"\ensuremath{\leq}",
    BETTER: r"\textsuperscript{\ensuremath{\blacktriangle}}",
    WORSE: r"\textsuperscript{\ensuremath{\blacktriangledown}}",
    MARKS[SEED]: r"\textsuperscript{\textdagger}",
    MARKS[USER]: r"\textsuperscript{*}",
}
#: wider than this many metric columns, a table is scaled to the text width
_MAX_COLUMNS = 5
#: tables per page before a \clearpage, so floats never pile up
_PER_PAGE = 2


def escape(text: str) -> str:
    """LaTeX-safe text: special characters escaped, symbols of the captions as math,
    Greek letters as math symbols, every other character kept as it is."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(_greek(ch) or ch)
    return "".join(out)


#: capital Greek letters LaTeX has commands for; the others look like Latin ones
_GREEK_CAPITALS = {"Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon"}
_GREEK_CAPITALS |= {"Phi", "Psi", "Omega"}
_GREEK_LATIN = dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΧο", "ABEZHIKMNOPTXo", strict=True))
_GREEK_LATIN["ς"] = r"\ensuremath{\varsigma}"


def _greek(ch: str) -> str | None:
    """'β' → '\\ensuremath{\\beta}', 'Α' → 'A' (no \\Alpha); None for other characters."""
    if ch in _GREEK_LATIN:
        return _GREEK_LATIN[ch]
    name = unicodedata.name(ch, "").replace("LAMDA", "LAMBDA")
    for prefix, small in (("GREEK SMALL LETTER ", True), ("GREEK CAPITAL LETTER ", False)):
        letter = name.removeprefix(prefix)
        if letter == name or " " in letter:
            continue
        word = letter.lower() if small else letter.title()
        if small or word in _GREEK_CAPITALS:
            return f"\\ensuremath{{\\{word}}}"
    return None


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
        rf"\caption{{Average rank (1 = best) of each method over {escape(ranking.blocks_text)}."
        + (f" Note: {escape(ranking.warning)}." if ranking.warning else "")
        + "}",
        r"\begin{tabular}{lrr}",
        r"\toprule",
        r"method & avg rank & blocks \\",
        r"\midrule",
    ]
    lines += [rf"{escape(m)} & {r:.2f} & {n} \\" for m, r, n in ranking.ordered()]
    lines += [r"\bottomrule", r"\end{tabular}", r"\end{table}"]
    return "\n".join(lines)


def latex_tables(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """The tables alone, for ``\\input`` (needs booktabs, graphicx, amssymb)."""
    ranking = ranking or average_ranks(cells)
    parts = [table(cell) for cell in cells]
    if ranking.n_blocks and len(cells) > 1:
        parts.append(ranks_table(ranking))
    return "\n\n".join(parts) + "\n"


def latex(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """A complete document: preamble, every cell's table, the average ranks."""
    ranking = ranking or average_ranks(cells)
    parts = [
        r"\documentclass{article}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\usepackage{booktabs}",
        r"\usepackage{graphicx}",
        r"\usepackage{amssymb}",
        r"\usepackage[T1]{fontenc}",
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
