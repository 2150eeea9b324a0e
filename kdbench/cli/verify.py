"""`kdbench verify OUTPUT`: check finished runs' stored results against their data."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from kdbench.cli.app import app, cli_errors, console, err_console, plain
from kdbench.errors import ConfigError, DataError


@app.command("verify")
@cli_errors
def verify(
    output: Path = typer.Argument(..., help="A suite's output folder (or a results/ folder)."),
) -> None:
    """Check every finished run of OUTPUT against its data, as a reader of published
    results would: the split, prepared again from the raw data (not read from the cache),
    has the run's fingerprint, the top-K lists hold no train item (nor a valid one where
    the run masked them), each per-user test metric in per_user.npz, and its mean in
    run.json, is what topk.npz gives, and a student was distilled from the training of its
    teacher whose record is here (the digest of its top-K lists). A tuned folder's trials:
    each pruned or finished trial run is what the study's pruner gives for its curve and
    the earlier generations, and was distilled from the training of its teacher recorded
    here (without such a record, the one the other trials name). A run resumed by other
    code or hardware (commit, torch, CPU, device, threads) than its last part's is named,
    not failed. Exit code 1 if a run fails a check (an unreadable .npz included)."""
    # imported here, not at the top: the evaluator needs torch, `kdbench --help` does not
    from kdbench.data import Interactions, load_dataset
    from kdbench.digest import resumed_otherwise
    from kdbench.eval.verify import check_run
    from kdbench.report.records import lineage_problem, per_user, read_records, topk
    from kdbench.report.tuning import TUNE_JSON

    tuned = (output / TUNE_JSON).is_file()
    in_trials = tuned and not (output / "runs").is_dir()  # a tuning before its finals
    records = sorted(
        (r for r in ([] if in_trials else read_records(output)) if r.get("status") == "done"),
        key=lambda r: (
            r["spec"]["dataset"]["name"],
            r.get("labels", {}).get("pair", ""),
            r["spec"]["kind"] != "teacher",
            r.get("labels", {}).get("method", ""),
            r["spec"]["seed"],
        ),
    )
    if not records and not tuned:
        raise ConfigError(f"{output}: no finished runs to verify")
    splits: dict[str, Interactions] = {}
    table = Table(title=plain(output), title_justify="left")
    for col in ("run id", "dataset", "pair", "method", "seed"):
        table.add_column(col, no_wrap=True)
    table.add_column("check")
    bad = 0
    mixed: list[tuple[str, str]] = []  # runs resumed by other code or hardware
    teachers: dict[str, str | None] = {}  # teacher id → digest of its lists here
    for rec in records:
        spec = rec["spec"]["dataset"]
        key = json.dumps(spec, sort_keys=True)
        if key not in splits:
            # prepared again from the raw files, not read from the prepared-split cache:
            # a damaged cache must not vouch for itself
            options = {k: v for k, v in spec.items() if k != "name"}
            splits[key] = load_dataset(spec["name"], use_cache=False, **options)
        run_id = rec["run_id"]
        try:
            problems = check_run(
                splits[key], rec, topk(output, run_id) or {}, per_user(output, run_id) or {}
            )
        except DataError as err:  # an unreadable .npz: this run fails the check
            problems = [str(err)]
        problems += filter(None, [lineage_problem(output, rec, teachers)])
        bad += bool(problems)
        note = resumed_otherwise(rec.get("provenance", {}))
        if note:
            mixed.append((rec["run_id"], note))
        labels = rec.get("labels", {})
        seed = str(rec["spec"]["seed"]) if rec["spec"]["kind"] == "student" else ""
        verdict = plain("; ".join(problems)) if problems else "[green]ok[/green]"
        cells = (rec["run_id"], spec["name"], labels.get("pair", ""), labels.get("method", ""))
        table.add_row(*map(plain, cells), seed, verdict)
    if records:
        console.print(table)
    for run_id, note in mixed:  # not a failure: the record says so, a reader should know
        err_console.print(
            f"run {run_id} was resumed by other code or hardware than its last part's: "
            f"{plain(note)}",
            highlight=False,
        )
    summary = f"{len(records)} finished runs: {len(records) - bad} ok, {bad} failing a check"
    if mixed:
        summary += f" ({len(mixed)} resumed by other code or hardware, above)"
    if tuned:
        from kdbench.tune.report import pruning_problems, trial_lineage_problems

        problems = pruning_problems(output)
        for study, number, run_id, problem in problems:
            err_console.print(
                f"{plain(study)} trial {number}, run {run_id}: {plain(problem)}", highlight=False
            )
        foreign = trial_lineage_problems(output)
        for run_id, problem in foreign:
            err_console.print(f"trial run {run_id}: {plain(problem)}", highlight=False)
        trial_runs = len(list((output / "tuning" / "runs").glob("*/run.json")))
        summary += (
            f"; {trial_runs} trial runs: {len(problems)} pruned otherwise than recorded, "
            f"{len(foreign)} of another training of their teacher"
        )
        bad += len(problems) + len(foreign)
    if bad:
        err_console.print(f"[red]{summary}[/red]", highlight=False)
        raise typer.Exit(1)
    console.print(summary, highlight=False)
