"""`kdbench tune-report OUTPUT`: what tuning found, from the records of a tuned suite."""

from __future__ import annotations

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
) -> None:
    """Each tuned loss's best configuration (validation only), trials complete / pruned /
    failed, epochs trained and what pruning saved, and each hyperparameter's importance
    (Optuna's PED-ANOVA over the complete trials)."""
    from kdbench.report.text import fmt_p
    from kdbench.tune.report import sensitivity_plots, study_rows, tuned_vs_reference

    table = Table(title=plain(f"tuning of {output}"), title_justify="left")
    for col in ("study", "budget", "complete", "pruned", "failed", "epochs", "saved"):
        table.add_column(col, no_wrap=True)
    for col in ("best (valid)", "best configuration", "importance"):
        table.add_column(col)
    for row in study_rows(output):
        best = f"#{row['best']} {row['best_value']:.4f}" if row["best_value"] is not None else "–"
        imp = ", ".join(f"{k} {v:.2f}" for k, v in row["importance"].items()) or "–"
        table.add_row(
            escape(row["study"]),
            str(row["budget"]),
            str(row["complete"]),
            str(row["pruned"]),
            str(row["failed"]),
            str(row["epochs"]),
            f"≈{row['epochs_saved']:.0f}",
            best,
            escape(row["best_params"]),
            escape(imp),
        )
    console.print(table)
    console.print(
        "best: the complete trial with the highest validation objective (test is never read); "
        "epochs: trained over all trials; saved: epochs the pruned trials did not train, "
        "against the mean of the complete ones; importance: PED-ANOVA share of the objective's "
        "variance.",
        highlight=False,
    )
    if reference is not None:
        vs = Table(title=f"tuned vs reference ({reference}), test {metric}", title_justify="left")
        for col in ("study", "tuned", "reference", "gain", "p (users)", "seeds"):
            vs.add_column(col, no_wrap=True)
        for r in tuned_vs_reference(output, reference, metric):
            vs.add_row(
                escape(r["study"]),
                f"{r['tuned']:.4f}",
                f"{r['reference']:.4f}",
                f"{r['gain_pct']:+.1f}%",
                fmt_p(r["p"]),
                f"{r['seeds'][0]} vs {r['seeds'][1]}",
            )
        console.print(vs)
        console.print(
            "p: paired t-test over users, each user's metric averaged over each side's seeds.",
            highlight=False,
        )
    if plots is not None:
        for path in sensitivity_plots(output, plots):
            console.print(f"wrote {path}", highlight=False)
