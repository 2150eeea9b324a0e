"""Words shared by every renderer: value formats, marks and table captions (plain
Unicode; each renderer escapes them for its format)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from kdbench.report.model import (
    ALL_PAIRS,
    BEST_OTHER,
    BETTER,
    MARKS,
    SEED,
    STUDENT,
    USER,
    WORSE,
    Cell,
)
from kdbench.stats import higher_is_better
from kdbench.stats.correction import CORRECTION_LABELS
from kdbench.stats.paired import TEST_LABELS

IMPROV = "Improv."


def fmt_value(mean: float, std: float | None) -> str:
    """'0.1234 ± 0.0012'; the mean alone where there is no spread (one seed)."""
    return f"{mean:.4f}" if std is None else f"{mean:.4f} ± {std:.4f}"


def fmt_percent(x: float | None) -> str:
    return "–" if x is None or math.isnan(x) else f"{x:+.2f}%"


def fmt_p(p: float) -> str:
    if math.isnan(p):
        return "–"
    return f"{p:.2e}" if p < 1e-3 else f"{p:.4f}"


def metric_header(metric: str) -> str:
    """The column header: the metric, with ↓ when lower is better."""
    return metric if higher_is_better(metric) else f"{metric} ↓"


def baseline_phrase(baseline: str) -> str:
    if baseline == STUDENT:
        return "the no-KD student"
    if baseline == BEST_OTHER:
        return "the best other method of the column"
    if baseline == ALL_PAIRS:
        return "every other method (all pairs tested)"
    return baseline


def _correction(cell: Cell, level: str) -> str:
    k = cell.family_sizes.get(level, 0)
    corr = cell.options.correction
    if corr == "none":
        return f"uncorrected ({k} comparisons in this table)"
    return f"{CORRECTION_LABELS[corr]}-corrected over the {k} comparisons of this table"


def _over_seeds(cell: Cell) -> str:
    """'mean ± std over 5 seeds', or over each row's n seeds when the rows' counts differ."""
    counts = {r.n(m) for r in cell.rows for m in cell.metrics}
    most = max(counts, default=0)
    if most <= 1:
        return f"of {most} seed{'s' if most != 1 else ''}"
    several = counts - {0, 1}
    phrase = (
        f"mean ± std over {most} seeds"
        if len(several) == 1
        else f"mean ± std over each row's n seeds (at most {most})"
    )
    return phrase + (" (a one-seed row: its value)" if 1 in counts else "")


#: plain-text marks of the best and second values, where bold and underline are lost
PLAIN_BEST, PLAIN_SECOND = "¹", "²"


def caption(cell: Cell, styled: bool = True) -> list[str]:
    """The caption's sentences: what the numbers are, what the marks mean, what was chosen.
    ``styled``: the renderer shows bold and underline; else the plain marks ¹ and ²."""
    opts = cell.options
    best = "bold best, underlined second" if styled else f"{PLAIN_BEST} best, {PLAIN_SECOND} second"
    lines = [
        f"Test metrics, {_over_seeds(cell)}; {best} among the students (the teacher is a "
        "reference)."
    ]
    if opts.sort:
        lines.append(f"Rows by {opts.sort}, best first.")
    if any(not higher_is_better(m) for m in cell.metrics):
        lines.append("↓: lower is better.")
    levels = {c.level for c in cell.comparisons}
    if levels:
        lines.append(
            f"{BETTER} significantly better, {WORSE} significantly worse than "
            f"{baseline_phrase(opts.baseline)}, by the tests whose marks follow:"
        )
    if SEED in levels:
        lines.append(
            f"{MARKS[SEED]} paired t-test over seeds, paired by seed (df = seeds − 1, "
            f"the RCE-KD protocol), two-sided, {_correction(cell, SEED)}, α = {opts.alpha:g};"
        )
    if USER in levels:
        lines.append(
            f"{MARKS[USER]} kdbench addition, per user: {TEST_LABELS[opts.test]} over "
            f"{cell.n_users} users (each user's metric averaged over seeds), two-sided, "
            f"{_correction(cell, USER)}, α = {opts.alpha:g}."
        )
    if levels:
        lines[-1] = lines[-1].rstrip(";.") + "."
    imps = [i for i in cell.improvements.values() if i is not None]
    if imps:
        pairs = sorted({(i.best, i.reference) for i in imps})
        if len(pairs) == 1:
            lines.append(f"{IMPROV}: {pairs[0][0]} vs {pairs[0][1]}, relative gain in %.")
        else:
            per = "; ".join(f"{i.metric}: {i.best} vs {i.reference}" for i in imps)
            lines.append(f"{IMPROV}: best KD method vs its reference, relative gain in % ({per}).")
    for row in cell.rows:
        if row.candidates:
            lines.append(
                f"Grid: {row.name} reported as {row.label}, the best mean validation "
                f"{cell.select_metric} of {len(row.candidates)} configurations."
            )
    lines += cell.notes
    return lines


@dataclass(frozen=True)
class Entry:
    """One table entry: its text, the number it sorts by, and its decorations."""

    text: str
    value: float = math.nan
    bold: bool = False
    underline: bool = False
    marks: str = ""


def body(cell: Cell) -> list[tuple[str, int, list[Entry]]]:
    """(label, seeds, entries per metric) for every row; '–' where a metric is missing."""
    best = {m: cell.best_second(m) for m in cell.metrics}
    out = []
    for row in cell.rows:
        entries = []
        for m in cell.metrics:
            if not row.n(m):
                entries.append(Entry("–"))
                continue
            entries.append(
                Entry(
                    fmt_value(row.mean(m), row.std(m) if row.n(m) > 1 else None),
                    row.mean(m),
                    bold=row.label == best[m][0],
                    underline=row.label == best[m][1],
                    marks=cell.marks(row.label, m),
                )
            )
        n = max((row.n(m) for m in cell.metrics), default=0)
        out.append((row.label, n, entries))
    return out


def improvement_entries(cell: Cell) -> list[Entry] | None:
    """The Improv. row, or None when no metric has one."""
    imps = [cell.improvements.get(m) for m in cell.metrics]
    if all(i is None for i in imps):
        return None
    return [Entry(fmt_percent(i.percent), i.percent) if i is not None else Entry("–") for i in imps]
