"""`kdbench run | validate | status SUITE`

The runner, the suite loader and the training stack (torch) are imported inside the
commands, so that `kdbench --help` does not load them."""

from __future__ import annotations

import errno
import json
import os
import shlex
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from kdbench.cli.app import app, cli_errors, console, err_console, plain
from kdbench.errors import StorageError

if TYPE_CHECKING:
    from kdbench.runner import Plan, Reporter
    from kdbench.runner.cost import Cost
    from kdbench.suite import RunSpec, Suite
    from kdbench.tune.study import Study

OVERRIDE_HELP = "Override a suite key, value in YAML: -o seeds=[0,1] -o losses.ce.K=[20,50]."
OVERRIDE = typer.Option(None, "-o", "--override", help=OVERRIDE_HELP)
WORKERS = typer.Option(
    None, "--workers", "-w", help="Local executor: runs at a time, each in a process."
)
EXECUTOR = typer.Option(None, "--executor", help="local or ray (else the suite's).")
ADDRESS = typer.Option(
    None, "--address", help="Ray cluster to join (e.g. auto); implies --executor ray."
)
REUSE_HELP = (
    "Copy the finished runs of another output folder (another suite's, or a published "
    "results/ folder) that have this suite's run ids, instead of training them again; "
    "for a tuned suite also its tuning trials (a published tuning's too: it resumes from "
    "them, with the proposals its tune.json records where they agree with this machine's "
    "to the last bits). Repeatable."
)
#: the repository's published results (present in a source checkout, not in a wheel)
PUBLISHED = Path(__file__).resolve().parents[2] / "results"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def describe(spec: RunSpec) -> str:
    """'ml-100k mf-64→mf-8 ce seed=1' (a teacher: 'ml-100k mf-64 teacher'), as plain text
    (not Rich markup)."""
    if spec.kind == "teacher":
        return f"{spec.dataset} {spec.labels.get('backbone', '')} teacher"
    who = spec.labels.get("method", spec.loss)
    return f"{spec.dataset} {spec.labels.get('pair', '')} {who} seed={spec.seed}"


def executor_text(suite: Suite) -> str:
    cfg = suite.executor
    if cfg.kind == "ray":
        return f"ray ({cfg.address or 'local instance'}, {cfg.cpus_per_run:g} CPU/run)"
    return "local" + (f", {cfg.workers} workers" if cfg.workers > 1 else "")


def _overrides(
    override: list[str] | None, workers: int | None, executor: str | None, address: str | None
) -> list[str]:
    out = list(override or [])
    if executor is not None:
        out.append(f"executor={{kind: {executor}}}")
    if workers is not None:
        out.append(f"executor.workers={workers}")
    if address is not None:
        out += ["executor.kind=ray", f"executor.address={address}"]
    return out


def _resume_command(
    suite_path: Path, overrides: list[str], reuse: list[Path] | None, retry_failed: bool = False
) -> str:
    """The command that goes on where this one stopped, quoted for a POSIX shell."""
    args = ["kdbench", "run", str(suite_path)]
    for o in overrides:
        args += ["-o", o]
    for d in reuse or []:
        args += ["--reuse", str(d)]
    if retry_failed:
        args.append("--retry-failed")
    return shlex.join(args)


@app.command("run")
@cli_errors
def run(
    suite_path: Path = typer.Argument(..., metavar="SUITE", help="Suite YAML file."),
    override: list[str] = OVERRIDE,
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Re-run failed runs."),
    workers: int = WORKERS,
    executor: str = EXECUTOR,
    address: str = ADDRESS,
    reuse: list[Path] = typer.Option(None, "--reuse", metavar="DIR", help=REUSE_HELP),
) -> None:
    """Run every combination of a suite not yet in its output folder (teachers first),
    then print the leaderboard (also written to OUTPUT/leaderboard.md).

    Resumable: finished runs are skipped, and a run killed mid-way continues from its last
    mid-run checkpoint (executor.checkpoint_every). The first Ctrl-C or SIGTERM lets each
    run in flight save the epoch it is in and stop (exit 130); a second stops at once. A run
    id hashes what changes training (not the metrics: adding one trains nothing) and the
    data, so `--reuse runs/paper-citeulike-mf` lets `suites/paper.yaml` skip what that
    narrowed suite finished. A suite with a `tune:` section first tunes each tuned loss on
    validation (trials in OUTPUT/tuning, `kdbench tune-report OUTPUT`), then runs its best
    configuration on the final seeds in place of its runs. A cached teacher that is another
    training than OUTPUT's record of it (another device or torch build) is refused: students
    of two trainings of a teacher never share a folder. Exit code 1 if
    any run failed (see OUTPUT/runs/RUN_ID/traceback.txt) or was left to another live
    runner (the leaderboard then lacks it), 2 for bad input, such a teacher, or a disk that
    refuses a write (full, read-only)."""
    from rich.live import Live

    from kdbench.cli.live import LiveReporter
    from kdbench.runner import build_plan, run_suite
    from kdbench.runner.migrate import check_current
    from kdbench.runner.plan import DONE, refresh
    from kdbench.runner.store import Store, reuse_records
    from kdbench.suite import load_suite
    from kdbench.train.checkpoint import Stopped
    from kdbench.train.teacher import TeacherCache

    overrides = _overrides(override, workers, executor, address)
    suite = load_suite(suite_path, overrides)
    check_current([suite.output, *(reuse or [])])
    plan = build_plan(suite)

    def reuse_into(plan: Plan) -> None:
        store = Store(suite.output)
        # a teacher counts as done once cached here, but its record comes from the folder
        # its reused students were distilled in: the driver then compares the two trainings
        todo = [
            r.run_id
            for r in plan.runs
            if r.status != DONE or (r.kind == "teacher" and store.status(r.run_id) != "done")
        ]
        copied = reuse_records(store, reuse, todo)
        refresh(plan, store, TeacherCache())
        console.print(
            f"reused {copied} finished runs from {', '.join(map(str, reuse))}", markup=False
        )

    # a tuned suite's runs are known once tuning has chosen: the reference runs of a
    # tuned loss are its trial 0 (in OUTPUT/tuning), and enter the leaderboard only if chosen
    if reuse and suite.tune is None:
        reuse_into(plan)
    console.print(
        f"[bold]{plain(suite.name)}[/bold]: "
        + plain(f"{plan.summary()} · {executor_text(suite)} → {suite.output}"),
        highlight=False,
    )
    t0 = time.perf_counter()
    tuned_caption, studies = "", []
    with Live(console=console, refresh_per_second=4, transient=True) as live:
        try:
            if suite.tune is not None:
                plan, tuned_caption, studies = _tune(
                    suite, plan, retry_failed, LiveReporter(live), reuse or []
                )
                if reuse:
                    reuse_into(plan)
            outcome = run_suite(
                suite, retry_failed=retry_failed, reporter=LiveReporter(live), prepared=plan
            )
        except StorageError:
            live.stop()
            _leaderboard(
                suite, tuned_caption
            )  # of the runs that finished, as far as the disk lets us
            raise
        except KeyboardInterrupt as err:
            live.stop()
            every = suite.executor.checkpoint_every
            if isinstance(err, Stopped):
                how, in_flight = "stopped", "runs in flight go on from the epoch they saved"
            elif every > 0:
                how = "interrupted"
                in_flight = f"runs in flight go on from their last checkpoint (every {every:g} s)"
            else:
                how, in_flight = "interrupted", "runs in flight start over"
            err_console.print(
                f"{how}: finished runs are kept, {in_flight}. Resume with: "
                + _resume_command(suite_path, overrides, reuse, retry_failed),
                highlight=False,
                soft_wrap=True,
                markup=False,
            )
            raise typer.Exit(130) from None
    if studies:
        from kdbench.tune.run import unconfirmed_finals

        for line in unconfirmed_finals(suite, studies):
            err_console.print(f"[yellow]check[/yellow] {plain(line)}", highlight=False)
    found = len(outcome.skipped)
    if not outcome.done and not outcome.failed and not outcome.busy:
        console.print(f"nothing to train: all {found} runs found in {suite.output}", markup=False)
    else:
        busy = f", {len(outcome.busy)} left to another runner" if outcome.busy else ""
        console.print(
            f"trained {len(outcome.done)}, found {found}, failed {len(outcome.failed)}{busy} "
            f"in {_duration(time.perf_counter() - t0)} ({suite.output})",
            highlight=False,
            markup=False,
        )
    _leaderboard(suite, tuned_caption)
    if outcome.busy:
        owners = {
            f"pid {o.get('pid')} on {o.get('host')}"
            for o in map(Store(suite.output).owner, outcome.busy)
            if o is not None
        }
        err_console.print(
            f"[yellow]incomplete[/yellow]: {len(outcome.busy)} runs are held by another live "
            f"runner ({', '.join(sorted(owners)) or 'finished since'}), so this leaderboard "
            "lacks them; run again when it is done: "
            + plain(_resume_command(suite_path, overrides, reuse, retry_failed)),
            highlight=False,
            soft_wrap=True,
        )
    if outcome.failed:
        for run_id, reason in outcome.failed:
            err_console.print(f"[red]failed[/red] {run_id}: {plain(reason)}", highlight=False)
        err_console.print(
            f"details in {suite.output}/runs/RUN_ID/traceback.txt; re-run them with: "
            + _resume_command(suite_path, overrides, reuse, retry_failed=True),
            highlight=False,
            soft_wrap=True,
            markup=False,
        )
        raise typer.Exit(1)
    if outcome.busy:
        raise typer.Exit(1)


def _leaderboard(suite: Suite, tuned_caption: str = "") -> None:
    """Print the leaderboard of the suite's finished runs (with the tuning caption of a
    tuned suite) and write leaderboard.md. A disk that refuses the file (full, read-only)
    is said in one line; the table still prints."""
    from kdbench.atomic import write_file
    from kdbench.report import Options, cells, load_results, markdown, rich_table

    table_cells = cells(
        load_results(suite.output, suite.metrics),
        list(suite.metrics),
        options=Options(**suite.stats) if suite.stats else None,
    )
    for cell in table_cells:
        console.print(rich_table(cell, styled=console.is_terminal))
    if tuned_caption:
        console.print(tuned_caption, highlight=False, markup=False)
    board = markdown(table_cells) + (f"\n{tuned_caption}\n" if tuned_caption else "")
    path = suite.output / "leaderboard.md"
    try:
        write_file(path, board.encode())
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EROFS, errno.EDQUOT):
            raise
        err_console.print(f"cannot write {path}: {os.strerror(err.errno).lower()}", highlight=False)


def _tune(
    suite: Suite, plan: Plan, retry_failed: bool, reporter: Reporter, reuse: list[Path]
) -> tuple[Plan, str, list[Study]]:
    """Tune the suite's tuned losses (trials in OUTPUT/tuning), then the plan whose runs
    of those losses are their best configurations on the final seeds, the caption and
    the studies."""
    from kdbench.report.tuning import caption
    from kdbench.train.teacher import TeacherCache
    from kdbench.tune.run import final_plan, tune_suite

    tuned = tune_suite(suite, plan, reporter=reporter, retry_failed=retry_failed, reuse=reuse)
    states = [t.state for s in tuned.studies for t in s.trials]
    console.print(
        f"tuning: {len(tuned.studies)} studies, {len(states)} trials ({states.count('pruned')} "
        f"pruned, {states.count('fail')} failed), {tuned.trained} trial runs trained now → "
        f"{suite.output}/tuning",
        highlight=False,
        markup=False,
    )
    for s in tuned.studies:
        if s.best() is None:
            err_console.print(
                f"[red]no complete trial[/red] for {plain(s.name)}: it has no final runs "
                f"(see {plain(suite.output)}/tuning/runs/RUN_ID/traceback.txt)",
                highlight=False,
            )
    summary = json.loads((suite.output / "tuning" / "tune.json").read_text())
    return final_plan(suite, plan, tuned, TeacherCache()), caption(summary), tuned.studies


# keyed by kdbench.runner.plan's DONE, PRUNED, FAILED, RUNNING, TODO (spelled out:
# importing the runner here would load torch for `kdbench --help`)
_STATUS_STYLE = {
    "done": "green",
    "pruned": "yellow",
    "failed": "red",
    "running": "yellow",
    "todo": "white",
}


def _published_folders() -> list[Path]:
    """The published results folders of this source checkout (none in an installed wheel)."""
    if not PUBLISHED.is_dir():
        return []
    here = Path.cwd()
    # as the user would type them from here (results/NAME), so a --reuse of the same
    # folder is the same path
    return sorted(
        d.relative_to(here) if d.is_relative_to(here) else d
        for d in PUBLISHED.iterdir()
        if (d / "runs").is_dir()
    )


@app.command("validate")
@cli_errors
def validate(
    suite_path: Path = typer.Argument(..., metavar="SUITE", help="Suite YAML file."),
    override: list[str] = OVERRIDE,
    workers: int = WORKERS,
    executor: str = EXECUTOR,
    address: str = ADDRESS,
    offline: bool = typer.Option(
        False,
        "--offline",
        help="Download nothing: a dataset not on this machine is named, with how its first "
        "run gets it, and its runs are left out of the plan and the data checks.",
    ),
    probe: bool = typer.Option(
        False,
        "--probe",
        help="Also time one epoch of each setting that has runs to do and none finished, "
        "here and now, with a run's share of the cores: the loss's epoch hook and sampling, "
        "3 training steps scaled to the epoch, and a validation pass, with the cached "
        "teacher or an untrained one of its size. Seconds to minutes per setting.",
    ),
    reuse: list[Path] = typer.Option(
        None,
        "--reuse",
        metavar="DIR",
        help="Take the costs of runs not finished here from the finished runs with the same "
        "ids in DIR (what `run --reuse DIR` would copy), and count them. Repeatable. The "
        "published results/ folders of a source checkout are always looked in.",
    ),
) -> None:
    """Check a suite without running or writing anything (names, parameters, types and
    ranges, datasets obtainable, losses compatible with the backbones) and print its
    expanded plan: how many runs, which teachers, which are already done, and the cost of
    each setting (seconds per epoch, minutes per run): measured on its finished runs, on
    the runs with the same ids in `--reuse` folders and the published results/, or
    estimated here with `--probe`."""
    from kdbench.runner import build_plan, threads_per_run
    from kdbench.runner.cost import costs, setting_of
    from kdbench.runner.plan import DONE, FAILED, RUNNING, TODO
    from kdbench.runner.store import Store, reuse_sources
    from kdbench.suite import load_suite
    from kdbench.train.teacher import TeacherCache

    suite = load_suite(suite_path, _overrides(override, workers, executor, address))
    plan = build_plan(suite, offline=offline)
    reuse = reuse_sources(reuse or [])
    console.print(
        "[green]valid[/green]: " + plain(f"{suite_path} · {executor_text(suite)}"),
        highlight=False,
    )
    for name, data in plan.data.items():
        s = data.stats()
        console.print(
            f"  {name}: {s['n_users']:,} users × {s['n_items']:,} items, "
            f"{s['n_interactions']:,} interactions",
            highlight=False,
            markup=False,
        )
    for name, (why, n_teachers, n_students) in plan.absent.items():
        console.print(
            f"  [yellow]{plain(name)}: not checked[/yellow] ({n_teachers} teacher"
            f"{'s' * (n_teachers != 1)}, {n_students} student runs left out): {plain(why)}",
            highlight=False,
        )
    # --reuse folders first, as `run --reuse` takes them; then the published results
    sources = list(dict.fromkeys([*reuse, *_published_folders()]))
    others = {src: Store(src) for src in sources}
    with console.status("costs…") as status:
        cost, epochs = costs(
            plan,
            Store(suite.output),
            TeacherCache(),
            probe=probe,
            threads=threads_per_run(suite),
            on_probe=lambda key: status.update(plain(f"probing {' · '.join(key)}…")),
            others=list(others.values()),
        )
    teachers = Table(title="teachers", title_justify="left")
    for col in ("run id", "dataset", "backbone", "status", "s/epoch", "min/run"):
        teachers.add_column(col)
    for r in plan.teachers:
        spec = r.spec
        bb = ", ".join(f"{k}={v}" for k, v in spec.backbone.items())
        style = _STATUS_STYLE[r.status]
        status_cell = f"[{style}]{r.status}[/{style}]"
        cells = (r.run_id, spec.dataset, bb)
        teachers.add_row(*map(plain, cells), status_cell, *_cost(cost[setting_of(r)]))
    if plan.teachers:
        console.print(teachers)
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in plan.students:
        g = groups.setdefault(setting_of(r), {"seeds": [], DONE: 0, FAILED: 0, RUNNING: 0, TODO: 0})
        g["seeds"].append(r.spec.seed)
        g[r.status] += 1
    students = Table(title="students", title_justify="left")
    for col in ("dataset", "pair", "method", "seeds", "done", "failed", "to do"):
        students.add_column(col)
    for col in ("s/epoch", "min/run"):
        students.add_column(col, justify="right")
    for key, g in groups.items():
        seeds = ",".join(map(str, g["seeds"]))
        counts = (str(g[DONE]), str(g[FAILED]), str(g[TODO] + g[RUNNING]))
        students.add_row(*map(plain, key), seeds, *counts, *_cost(cost[key]))
    console.print(students)
    console.print(_cost_legend(epochs), highlight=False, markup=False)
    for key, c in cost.items():
        if c.error:
            console.print(f"  not probed: {' · '.join(key)}: {c.error}", markup=False)
    todo = [r.run_id for r in plan.runs if r.status != DONE]
    for src, store in others.items():
        found = sum(bool((rec := store.read(i)) and rec.get("status") == DONE) for i in todo)
        if found:
            tuned = (
                " (a tuned loss's: as its trial 0, and as its finals if tuning chooses them)"
                if suite.tune is not None
                else ""
            )
            console.print(
                f"  {found} of the runs to do are finished in {src}: "
                f"kdbench run {suite_path} --reuse {src} copies them{tuned}",
                markup=False,
                soft_wrap=True,
            )
    if suite.tune is not None:
        from kdbench.tune.run import studies_of  # checks each space against its data

        studies = studies_of(suite, plan)
        t = suite.tune
        trials = sum(s.cfg.trials for s in studies) * len(t.trial_seeds)
        console.print(
            f"tune: {len(studies)} studies ({', '.join(sorted({s.alias for s in studies}))}), "
            f"up to {trials} trial runs in generations of {t.generation}; the best "
            f"configuration of each then runs on seeds {list(t.final_seeds)}, in place of the "
            "runs listed above for the tuned losses",
            highlight=False,
            markup=False,
        )
    left_out = sum(t + n for _, t, n in plan.absent.values())
    more = f" ({left_out} more left out offline)" if left_out else ""
    console.print(f"{plan.summary()}{more} → {suite.output}", markup=False)


def _cost(c: Cost) -> tuple[str, str]:
    """(s/epoch, min/run) cells: measured, ≈ probed, or – (unknown)."""
    mark = "≈" if c.probed else ""

    def cell(x: float | None) -> str:
        return "–" if x is None else f"{mark}{x:.3g}" if x < 100 else f"{mark}{x:.0f}"

    return cell(c.epoch_s), cell(c.run_min)


def _cost_legend(epochs: dict[str, float]) -> str:
    mean = ", ".join(f"{n:.0f} {kind}" for kind, n in epochs.items()) or "none finished yet"
    return (
        "s/epoch: training + validation seconds per epoch; min/run: minutes per run. Plain: "
        "the mean of this setting's finished runs (here, or with the same run ids in a "
        "--reuse folder or the published results/), on the machine that ran them. ≈: probed "
        "here (--probe), min/run = s/epoch × the mean epochs of those finished runs of its "
        f"kind ({mean})."
    )


@app.command("status")
@cli_errors
def status(
    suite_path: Path = typer.Argument(..., metavar="SUITE", help="Suite YAML file."),
    override: list[str] = OVERRIDE,
    workers: int = WORKERS,
    executor: str = EXECUTOR,
    address: str = ADDRESS,
) -> None:
    """The table of a suite's runs (done / failed / running elsewhere / to do) with their
    test metric, failure reason or mid-run checkpoint; for a tuned suite, each study's
    trials, then those in flight. Runs nothing."""
    from kdbench.runner import build_plan
    from kdbench.runner.plan import DONE, FAILED, PRUNED, RUNNING
    from kdbench.runner.store import Store
    from kdbench.suite import load_suite
    from kdbench.train.teacher import TeacherCache

    suite = load_suite(suite_path, _overrides(override, workers, executor, address))
    plan = build_plan(suite)
    studies, waiting = None, 0
    if suite.tune is not None:  # once tuned, the finals stand in for the tuned losses' runs
        from kdbench.runner import Plan
        from kdbench.tune.run import TuneOutcome, final_plan, inspect

        studies = inspect(suite, plan)
        if all(len(s.trials) == s.cfg.trials and s.best() for s in studies):
            plan = final_plan(suite, plan, TuneOutcome(studies), TeacherCache(), adopt=False)
        else:  # their runs are not known before tuning has chosen: none listed yet
            tuned = {(s.ref.dataset, s.ref.labels["pair"], s.alias) for s in studies}
            runs = [
                r
                for r in plan.runs
                if (r.spec.dataset, r.spec.labels.get("pair"), r.spec.labels.get("method"))
                not in tuned
            ]
            waiting = len(plan.runs) - len(runs)
            plan = Plan(suite, runs, plan.data, plan.absent)
    table = Table(title=plain(f"{suite.name} → {suite.output}"), title_justify="left")
    for col in ("run id", "kind", "dataset", "pair", "method", "seed", "status"):
        table.add_column(col, no_wrap=True)
    table.add_column("result")
    store = Store(suite.output)
    for r in plan.runs:
        spec = r.spec
        if r.status == FAILED:
            result = r.error or ""
        elif r.status in (DONE, PRUNED):
            rec = store.read(r.run_id)
            monitor = spec.train.get("monitor", "")
            value = (rec or {}).get("summary", {}).get("test", {}).get(monitor)
            result = f"test {monitor} {value:.4f}" if value is not None else "(teacher cache)"
        else:  # to do, or running: who runs it, and how far its checkpoint got
            owner = r.owner if r.status == RUNNING else None
            result = ", ".join(([r.error] if r.error else []) + _progress(r.run_id, owner))
        style = _STATUS_STYLE[r.status]
        cells = (
            r.run_id,
            spec.kind,
            spec.dataset,
            spec.labels.get("pair", ""),
            spec.labels.get("method", ""),
            str(spec.seed) if spec.kind == "student" else "",
        )
        table.add_row(*map(plain, cells), f"[{style}]{r.status}[/{style}]", plain(result))
    console.print(table)
    console.print(plan.summary(), highlight=False, markup=False)
    if waiting:
        console.print(
            f"and {waiting} runs of the tuned losses, on the final seeds once tuning has "
            "chosen each configuration (the trials below)",
            highlight=False,
            markup=False,
        )
    if studies is not None:
        _tune_status(suite, studies)


def _progress(run_id: str, owner: dict[str, Any] | None) -> list[str]:
    """Who runs an unfinished run (its live lock's owner) and how far its checkpoint got."""
    from kdbench.train.checkpoint import Checkpoint, checkpoint_path

    parts = [f"pid {owner.get('pid')} on {owner.get('host')}"] if owner else []
    epoch = Checkpoint(checkpoint_path(run_id)).saved_epoch()
    return parts + ([f"checkpoint after epoch {epoch}"] if epoch is not None else [])


def _tune_status(suite: Suite, studies: list[Any]) -> None:
    """Each study's trials: settled (complete, pruned, failed), running, to do, best so far;
    then each trial in flight: who runs it, and how far its checkpoint got."""
    from kdbench.tune.run import tuning_store

    store = tuning_store(suite.output)
    table = Table(title=plain(f"tuning → {suite.output}/tuning"), title_justify="left")
    cols = ("study", "budget", "complete", "pruned", "failed", "running", "to do", "best (valid)")
    for col in cols:
        table.add_column(col, no_wrap=True)
    in_flight = []
    for study in studies:
        states = [t.state for t in study.trials]
        running = 0
        for trial in study.trials:
            if trial.state is not None:
                continue
            owners = {rid: o for rid in trial.run_ids if (o := store.owner(rid))}
            running += bool(owners)
            for rid, owner in owners.items():
                where = ", ".join(_progress(rid, owner))
                in_flight.append(f"{study.name} #{trial.number}: run {rid} ({where})")
        best = study.best()
        table.add_row(
            plain(study.name),
            str(study.cfg.trials),
            str(states.count("complete")),
            f"[yellow]{states.count('pruned')}[/yellow]",
            f"[red]{states.count('fail')}[/red]",
            f"[yellow]{running}[/yellow]",
            str(study.cfg.trials - len(states) + states.count(None) - running),
            plain(f"#{best.number} {study.monitor} {best.value:.4f}") if best else "",
        )
    console.print(table)
    for line in in_flight:
        console.print(f"in flight: {line}", highlight=False, markup=False)
