"""`kdbench publish OUTPUT DEST`: a suite's results into a results folder, with its
leaderboards (no torch)."""

from __future__ import annotations

from pathlib import Path

import typer

from kdbench.cli.app import app, cli_errors, console, plain


@app.command("publish")
@cli_errors
def publish(
    output: Path = typer.Argument(..., metavar="OUTPUT", help="A suite's output folder."),
    dest: Path = typer.Argument(..., metavar="DEST", help="The results folder to publish into."),
) -> None:
    """Copy OUTPUT's finished runs into DEST (each run's run.json, per_user.npz, topk.npz
    and curve.csv; for a tuned suite also tuning/tune.json and each trial's run.json and
    curve.csv: no weights, checkpoints or database), then write DEST's leaderboard.md,
    leaderboard.tex (and tuning.md): what `kdbench leaderboard DEST --format md|latex` (and
    `kdbench tune-report DEST --format md`) print. A run already in DEST with another
    record is an error before anything is written, and so is a study that lacks a trial
    DEST has settled (another run id, or not proposed yet); publishing again adds the runs
    finished since. A tuned suite still in its trials publishes its settled trials (and
    tuning.md, no leaderboard yet): `kdbench run SUITE --reuse DEST` resumes from them
    elsewhere. Check the result with `kdbench verify DEST`."""
    from kdbench.atomic import write_file
    from kdbench.report.publish import publish as publish_folder

    done = publish_folder(output, dest)
    if (dest / "tuning" / "tune.json").is_file():  # what tune-report --format md prints
        from kdbench.tune.report import markdown

        done.written.append(write_file(dest / "tuning.md", markdown(dest).encode()))
    console.print(
        f"{plain(dest)}: {len(done.added)} run(s) added, {len(done.unchanged)} already there"
        + (
            f"; {len(done.trials_added)} tuning trial(s) added, "
            f"{len(done.trials_unchanged)} already there"
            if done.trials_added or done.trials_unchanged
            else ""
        ),
        highlight=False,
    )
    for path in done.written:
        console.print(f"wrote {plain(path)}", highlight=False)
