"""`kdbench tune-report OUTPUT`: what tuning found, from the records of a tuned suite."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from kdbench.cli.app import app, cli_errors, console, plain


@app.command("tune-report")
@cli_errors
def tune_report(
    output: Path = typer.Argument(..., metavar="OUTPUT", help="A tuned suite's output folder."),
    reference: Path = typer.Option(
        None,
        "--reference",
        metavar="DIR",
        help="An output folder with the reference configurations' runs of the same cells "
        "(e.g. a published results/ folder): adds the tuned vs reference table.",
    ),
    metric: str = typer.Option("ndcg@20", "--metric", help="Test metric of that table."),
    plots: Path = typer.Option(
        None,
        "--plots",
        metavar="DIR",
        help="Also draw each study's objective against each searched parameter "
        "(needs kdbench[plot]).",
    ),
    pruning: bool = typer.Option(
        False,
        "--pruning",
        help="Also check the pruner: would it have stopped the best trials? Each complete "
        "trial judged against its study's others (leave-one-out), at each --warmup.",
    ),
    warmup: list[int] = typer.Option(
        None, "--warmup", help="Warm-up epochs for --pruning (repeatable; default: the tuning's)."
    ),
    fmt: str = typer.Option("term", "--format", help="term, md (GitHub Markdown) or json."),
) -> None:
    """Each tuned loss's best configuration (validation only), trials complete / pruned /
    failed, epochs and hours trained and what pruning saved, and each hyperparameter's
    importance (Optuna's PED-ANOVA: what sets the best complete trials apart); the best
    objective after each generation (is the budget enough?); with --pruning, how often the
    pruner would have stopped a study's best trials."""
    from kdbench.errors import ConfigError
    from kdbench.tune import report

    if fmt not in ("term", "md", "json"):
        raise ConfigError(f"--format: unknown format {fmt!r}; use term, md or json")
    if fmt == "md":
        console.print(
            report.markdown(output, reference, metric),
            markup=False,
            highlight=False,
            soft_wrap=True,
            end="",
        )
    elif fmt == "json":
        data = {"studies": report.study_rows(output)}
        if reference is not None:
            data["tuned_vs_reference"] = report.tuned_vs_reference(output, reference, metric)
        if pruning:
            data["pruning"] = report.pruning_fidelity(output, warmup or None)
        text = json.dumps(data, indent=2, default=str)
        console.print(text, markup=False, highlight=False, soft_wrap=True)
    else:
        _print_tables(output, reference, metric)
        if pruning:
            table = Table(title="pruner check (leave-one-out)", title_justify="left")
            for col in report.PRUNING_COLUMNS:
                table.add_column(col)
            for row in report.pruning_fidelity(output, warmup or None):
                table.add_row(*(escape(c) for c in report.pruning_cells(row)))
            console.print(table)
            console.print(report.PRUNING_NOTE, highlight=False)
    if plots is not None:
        for path in report.sensitivity_plots(output, plots):
            console.print(f"wrote {path}", highlight=False)


def _print_tables(output: Path, reference: Path | None, metric: str) -> None:
    from kdbench.tune import report

    rows = report.study_rows(output)
    table = Table(title=plain(f"tuning of {output}"), title_justify="left")
    for i, col in enumerate(report.STUDY_COLUMNS):
        table.add_column(col, no_wrap=i < 8)
    for row in rows:
        table.add_row(*(escape(c) for c in report.study_cells(row)))
    console.print(table)
    console.print(report.STUDIES_NOTE, highlight=False)
    columns = report.history_columns(rows)
    table = Table(title="best so far, by generation", title_justify="left")
    for col in columns:
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(*(escape(c) for c in report.history_cells(row, len(columns) - 1)))
    console.print(table)
    console.print(report.HISTORY_NOTE, highlight=False)
    if reference is not None:
        vs = Table(title=f"tuned vs reference ({reference}), test {metric}", title_justify="left")
        for col in report.VS_COLUMNS:
            vs.add_column(col, no_wrap=True)
        for row in report.tuned_vs_reference(output, reference, metric):
            vs.add_row(*(escape(c) for c in report.vs_cells(row)))
        console.print(vs)
        console.print(report.VS_NOTE, highlight=False)
