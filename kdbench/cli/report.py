"""`kdbench leaderboard OUTPUT`, `kdbench compare OUTPUT A B`, `kdbench plot OUTPUT`.

The report and stats packages (pandas, scipy) are imported inside the commands, so that
`kdbench --help` does not load them; none of these commands imports torch."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from kdbench.cli.app import app, cli_errors, console, err_console, plain
from kdbench.errors import ConfigError

if TYPE_CHECKING:
    from kdbench.report import Cell, Comparison

# The choices --help names, spelled out rather than imported: importing them from
# kdbench.report / kdbench.stats would load pandas and scipy for every `kdbench --help`.
# tests/test_cli_startup.py checks that they equal the packages' own.
FORMATS = ("term", "md", "latex", "latex-table", "csv", "json", "html")
TESTS = ("t", "wilcoxon", "perm")
CORRECTIONS = ("holm", "bh", "none")
STUDENT = "student"

METRICS_HELP = "Metrics to show, in order (repeatable or comma-separated); default: all."
TEST_HELP = f"Per-user paired test: {', '.join(TESTS)}. The seed-level test is always t."
CORR_HELP = f"Multiple-testing correction within each table: {', '.join(CORRECTIONS)}."
SELECT_HELP = "Validation metric that picks a grid's configuration (default: the runs' monitor)."


def _metrics(values: list[str] | None) -> tuple[str, ...] | None:
    out = tuple(m.strip() for v in values or [] for m in v.split(",") if m.strip())
    return out or None


def _results(output: Path, metrics: tuple[str, ...] | None = None, select: str | None = None):
    """The folder's results, with ``metrics`` (and the grid choice's ``select`` on valid)
    computed from each run's stored lists."""
    from kdbench.report import load_results

    results = load_results(output, metrics, valid=[select] if select else [])
    failed = results.attrs.get("failed", [])
    if failed:
        err_console.print(f"[yellow]{len(failed)} failed run(s) left out of the tables[/yellow]")
    if not len(results):
        raise ConfigError(f"{output}: no finished runs yet; run the suite first (kdbench run)")
    return results


def _check_baseline(table_cells: list[Cell], baseline: str) -> None:
    from kdbench.report.model import ALL_PAIRS, BEST_OTHER

    if baseline in (STUDENT, BEST_OTHER, ALL_PAIRS):
        return
    names = sorted({n for c in table_cells for r in c.rows for n in (r.name, r.label)})
    if baseline not in names:
        close = difflib.get_close_matches(baseline, names, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(names)}"
        raise ConfigError(
            f"--baseline: no method {baseline!r} in the runs; use student, best-other, all "
            f"or a method name ({hint})"
        )


@app.command("leaderboard")
@cli_errors
def leaderboard(
    output: Path = typer.Argument(..., help="A suite's output folder."),
    fmt: str = typer.Option("term", "--format", help=f"One of {', '.join(FORMATS)}."),
    metrics: list[str] = typer.Option(None, "--metrics", help=METRICS_HELP),
    baseline: str = typer.Option(
        STUDENT,
        "--baseline",
        help="What significance marks compare against: student (no KD), a method name, "
        "best-other (the best competitor per column) or all (all pairs).",
    ),
    test: str = typer.Option("t", "--test", help=TEST_HELP),
    correction: str = typer.Option("holm", "--correction", help=CORR_HELP),
    alpha: float = typer.Option(0.05, "--alpha", help="Significance level."),
    select: str = typer.Option(None, "--select", help=SELECT_HELP),
    sort: str = typer.Option(
        None, "--sort", help="Order rows by this metric column, best first (default: by name)."
    ),
    out: Path = typer.Option(None, "--out", help="Write to this file instead of stdout."),
) -> None:
    """Leaderboard tables of a suite's finished runs: mean ± std over seeds, in the
    suite's metric order, computed from each run's stored top-K lists (any metric with K
    up to their depth: --metrics mrr@10,map@20). Best bold, second underlined (¹ and ²
    where styles are lost); ▲ significantly better or ▼ worse than the baseline after
    correction, then the tests that say so († seed-level paired t-test, the paper's
    protocol; * per-user test, a kdbench addition); an Improv. row; and the average rank
    of each method over the (dataset, pair) tables."""
    from kdbench.atomic import write_file
    from kdbench.report import (
        Options,
        average_ranks,
        cells,
        leaderboard_text,
        rich_ranks,
        rich_table,
    )

    if fmt not in FORMATS:
        raise ConfigError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    opts = Options(
        metrics=_metrics(metrics),
        baseline=baseline,
        test=test,
        correction=correction,
        alpha=alpha,
        select=select,
        sort=sort,
    )
    results = _results(output, opts.metrics, select)
    table_cells = cells(results, options=opts)
    _check_baseline(table_cells, baseline)
    if fmt == "term":
        if out is not None:
            raise ConfigError(
                "--out: the term format prints only; pick md, latex, latex-table, csv, json or html"
            )
        for cell in table_cells:
            console.print(rich_table(cell, styled=console.is_terminal))
        ranking = average_ranks(table_cells, alpha, metric=sort)
        if len(table_cells) > 1 and ranking.n_blocks:
            console.print(rich_ranks(ranking))
        return
    text = leaderboard_text(output, fmt, table_cells)
    if out is not None:
        write_file(out, text.encode())
        console.print(f"wrote {plain(out)}", highlight=False)
    else:
        console.print(text, markup=False, highlight=False, soft_wrap=True, end="")


def _comparison_tables(cell: Cell, a: str, b: str, comps: list[Comparison]) -> list[Table]:
    """One table per level; a column per metric, a row per statistic (fits 80 columns)."""
    from kdbench.report.model import SEED, USER
    from kdbench.report.text import fmt_p
    from kdbench.stats.correction import CORRECTION_LABELS
    from kdbench.stats.paired import TEST_LABELS

    opts = cell.options
    how = {
        SEED: "paired t-test over seeds, paired by seed (the paper's protocol); t CI",
        USER: f"kdbench addition: {TEST_LABELS[opts.test]} over {cell.n_users} users on "
        f"seed-averaged per-user metrics; paired bootstrap CI ({opts.n_bootstrap} resamples)",
    }
    tables = []
    for level in (SEED, USER):
        mine = [c for c in comps if c.level == level]
        if not mine:
            continue
        table = Table(title=escape(f"{cell.title}: {a} vs {b}, {level} level"))
        table.add_column("")
        for c in mine:
            table.add_column(escape(c.metric), justify="right")
        rows: dict[str, list[str]] = {
            k: []
            for k in (
                "pairs",
                f"mean {a}",
                f"mean {b}",
                "difference",
                "95% CI",
                "relative %",
                "Cohen's d_z",
                "wins/ties/losses",
                "p",
                "p adjusted",
                "verdict",
            )
        }
        for c in mine:
            s = c.stats
            verdict = f"{a if s.a_better else b} better" if c.significant else "n.s."
            cells_ = [
                str(s.n),
                f"{s.mean_a:.4f}",
                f"{s.mean_b:.4f}",
                f"{s.mean_diff:+.4f}",
                f"[{s.ci_low:+.4f}, {s.ci_high:+.4f}]",
                f"{s.rel_improvement:+.2f}",
                f"{s.dz:.3f}",
                f"{s.wins}/{s.ties}/{s.losses}",
                fmt_p(s.p),
                fmt_p(c.p_adj),
                verdict,
            ]
            for key, text in zip(rows, cells_, strict=True):
                rows[key].append(escape(text))
        for key, texts in rows.items():
            table.add_row(escape(key), *texts)
        table.caption = escape(
            f"{how[level]}. Two-sided; {CORRECTION_LABELS[opts.correction]} over the "
            f"{len(mine)} metrics; α = {opts.alpha:g}. Wins: pairs where {a} is better."
        )
        tables.append(table)
    return tables


@app.command("compare")
@cli_errors
def compare(
    output: Path = typer.Argument(..., help="A suite's output folder."),
    a: str = typer.Argument(..., help="Method A (a name, or a grid configuration label)."),
    b: str = typer.Argument(..., help="Method B."),
    metrics: list[str] = typer.Option(None, "--metrics", help=METRICS_HELP),
    test: str = typer.Option("t", "--test", help=TEST_HELP),
    correction: str = typer.Option("holm", "--correction", help=CORR_HELP),
    alpha: float = typer.Option(0.05, "--alpha", help="Significance level."),
    select: str = typer.Option(None, "--select", help=SELECT_HELP),
) -> None:
    """The full paired comparison of two methods in every table holding both: tests at
    the seed and user level, raw and adjusted p, mean difference with its CI, relative
    improvement, Cohen's d_z and win/tie/loss counts."""
    from kdbench.report import Options, cells
    from kdbench.report.significance import compare_rows, find_row

    opts = Options(
        metrics=_metrics(metrics),
        test=test,
        correction=correction,
        alpha=alpha,
        select=select,
        user_level=False,
    )
    results = _results(output, opts.metrics, select)
    table_cells = cells(results, options=opts)
    shown = 0
    for cell in table_cells:
        ra, rb = find_row(cell, a), find_row(cell, b)
        if ra is None or rb is None or ra is rb:
            continue
        cell.options = replace(opts, user_level=True)
        comps = compare_rows(cell, ra, rb, results.attrs["output"])
        for table in _comparison_tables(cell, ra.label, rb.label, comps):
            console.print(table)
        shown += 1
    if not shown:
        names = sorted({n for c in table_cells for r in c.rows for n in (r.name, r.label)})
        missing = [x for x in (a, b) if x not in names]
        hint = f"unknown method {missing[0]!r}; known: " if missing else "no table holds both; "
        raise ConfigError(f"compare: {hint}{', '.join(names)}")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


@app.command("plot")
@cli_errors
def plot(
    output: Path = typer.Argument(..., help="A suite's output folder."),
    out: Path = typer.Option(None, "--out", help="Folder for the figures (default OUTPUT/plots)."),
    select: str = typer.Option(None, "--select", help=SELECT_HELP),
) -> None:
    """Figures (needs the plot extra: pip install 'kdbench[plot]'): validation curves per
    method for each table, and a critical-difference diagram of the average ranks on the
    first metric, each (dataset, pair) table one block (one table: each seed a block);
    it warns when there are fewer than 10 blocks and draws none below 2."""
    from kdbench.report import Options, average_ranks, cells
    from kdbench.report.plots import plot_cd, plot_curves

    folder = out or output / "plots"
    results = _results(output, select=select)
    table_cells = cells(results, options=Options(select=select, user_level=False))
    written = []
    for cell in table_cells:
        path = folder / f"curves-{_slug(cell.dataset)}-{_slug(cell.pair)}.png"
        if plot_curves(cell, output, path) is not None:
            written.append(path)
    ranking = average_ranks(table_cells)
    cd = plot_cd(ranking, folder / "cd-diagram.png")
    if cd is not None:
        written.append(cd)
        if ranking.warning:
            err_console.print(f"[yellow]cd-diagram: {ranking.warning}[/yellow]")
    else:
        err_console.print(
            f"[yellow]no cd-diagram: {ranking.n_complete} complete block(s) over "
            f"{escape(ranking.blocks_text)}; it needs 2 and at least two methods[/yellow]"
        )
    for path in written:
        console.print(f"wrote {plain(path)}", highlight=False)
