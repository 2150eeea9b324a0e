"""`kdbench migrate OUTPUT...`: update run records to the current run ids and record format."""

from __future__ import annotations

from pathlib import Path

import typer

from kdbench.cli.app import app, cli_errors, console

MIGRATE_HELP = (
    "Metric order to record for the runs' default columns (comma-separated; default: "
    "by cutoff, then recall, ndcg, hit, precision, mrr, map)."
)


@app.command("migrate")
@cli_errors
def migrate(
    outputs: list[Path] = typer.Argument(
        ...,
        help="Suite output folders (or results/ folders); give together the folders "
        "whose runs were copied between each other (--reuse), so teacher ids map across them.",
    ),
    order: str = typer.Option(None, "--order", help=MIGRATE_HELP),
    cache: bool = typer.Option(
        True, "--cache/--no-cache", help="Also migrate the teacher cache ($KDBENCH_CACHE)."
    ),
) -> None:
    """Bring records written before metrics were views of the ranked lists up to date:
    run ids without the metric list (folders renamed), run.json rewritten, and each
    run's test hit matrix added to topk.npz from its own split (the dataset must be
    here). Safe to run again: migrated records are left as they are."""
    from kdbench.report.records import runs_folder
    from kdbench.runner.migrate import migrate_folders
    from kdbench.train.teacher import TeacherCache

    metrics = [m.strip() for m in order.split(",") if m.strip()] if order else None
    folders = [runs_folder(output) for output in outputs]
    if cache and TeacherCache().root.is_dir():
        folders.append(TeacherCache().root)
    for folder, done in zip(folders, migrate_folders(folders, metrics), strict=True):
        for old, new in done.renamed.items():
            console.print(f"{old} → {new}", highlight=False)
        console.print(
            f"{folder}: {len(done.renamed)} renamed, {len(done.updated)} updated, "
            f"{len(done.current)} already current",
            highlight=False,
        )
        for name in done.conflicts:
            console.print(
                f"[yellow]{folder / name}: left as is, its new id's folder exists[/yellow]"
            )
