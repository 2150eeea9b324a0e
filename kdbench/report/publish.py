"""Publishing a suite's output folder into a results folder (``kdbench publish``).

What a reader needs to check and re-render the results, and nothing else: each finished
run's record, per-user arrays, top-K lists and curve; for a tuned suite, the tuning
summary and each trial's record and curve (what ``tune-report`` reads; a trial's lists
never enter a table). No weights, checkpoints, locks or study database. Then the folder's
leaderboards are written, byte for byte what ``kdbench leaderboard DEST --format md|latex``
prints (the command adds ``tuning.md`` from the tuning layer, which needs Optuna).

A published record is never replaced silently: a run already in the destination with
another record is a one-line error before anything is written, and so is a student
distilled from another training of its teacher than the teacher record beside it, and a
study that would replace a published one without each of its settled trials.
Publishing again adds the runs finished since, keeps the tuning studies published
before that the output lacks (a tuning narrowed by ``tune.losses``), and rewrites the
leaderboards. No torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kdbench.atomic import write_file, write_folder
from kdbench.errors import ConfigError
from kdbench.report.records import lineage_problem, read_records
from kdbench.report.tuning import merge_studies, trial_records, trial_state

#: the files of a finished run that a results folder keeps
RUN_FILES = ("run.json", "per_user.npz", "topk.npz", "curve.csv")
#: the files of a tuning trial it keeps (tune-report reads these)
TRIAL_FILES = ("run.json", "curve.csv")
TUNING = Path("tuning")


@dataclass
class Published:
    """What ``publish`` did: run ids added and already there (runs, then trials), and
    the report files written."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    trials_added: list[str] = field(default_factory=list)
    trials_unchanged: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def _copies(src_runs: Path, dst_runs: Path, run_ids: list[str], files: tuple[str, ...]):
    """(run id, source folder, destination folder, files) per run, and the ids already
    published with the same record; a different record under the same id is an error."""
    todo, same = [], []
    for rid in run_ids:
        src, dst = src_runs / rid, dst_runs / rid
        if (dst / "run.json").is_file():
            if (dst / "run.json").read_bytes() != (src / "run.json").read_bytes():
                raise ConfigError(
                    f"{dst}: already holds another record of run {rid}; a published record "
                    "is not replaced: remove that folder first to publish this one"
                )
            same.append(rid)
            continue
        todo.append((rid, src, dst, tuple(f for f in files if (src / f).is_file())))
    return todo, same


def _tuning_summary(output: Path, dest: Path) -> dict | None:
    """``output``'s tuning summary as ``dest`` will hold it: without the study database's
    URL (a path on the machine that tuned), and with the studies published before that
    ``output`` lacks (a tuning narrowed by ``tune.losses``) kept."""
    path = output / TUNING / "tune.json"
    if not path.is_file():
        return None
    summary = json.loads(path.read_text())
    summary.pop("storage", None)
    published = dest / TUNING / "tune.json"
    if published.is_file():
        try:
            earlier = json.loads(published.read_text())["studies"]
        except (ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"{published}: not a tuning summary ({e}); restore it") from None
        _check_settled_trials(earlier, summary["studies"], output)
        summary["studies"] = merge_studies(earlier, summary["studies"])
    return summary


def _check_settled_trials(published: list[dict], new: list[dict], output: Path) -> None:
    """A one-line error, before anything is written, when a study of ``output`` would
    replace a published one without each of its settled trials, under the same run ids
    (a tuning that went another way, or has not got that far, would drop them)."""
    mine = {s.get("name"): s for s in new}
    for study in published:
        if study.get("name") not in mine:
            continue  # a narrowed tuning: the published study stays as it is
        have = {t.get("number"): t.get("run_ids") for t in mine[study["name"]].get("trials", [])}
        for t in study.get("trials", []):
            ids = have.get(t.get("number"))
            if t.get("state") and ids != t.get("run_ids"):
                raise ConfigError(
                    f"{output}: {study['name']} trial {t.get('number')} is published as run "
                    f"{', '.join(t.get('run_ids') or [])}, which this tuning "
                    + (f"proposed as {', '.join(ids)}" if ids else "has not proposed")
                    + "; a published trial is not replaced (resume with --reuse DEST)"
                )


def publish(output: str | Path, dest: str | Path) -> Published:
    """Copy ``output``'s finished runs (and tuning trials) into ``dest`` and write its
    leaderboards; see the module docstring."""
    output, dest = Path(output), Path(dest)
    if output.resolve() == dest.resolve():
        raise ConfigError(f"{dest}: publish into another folder than the output itself")
    records = [r for r in _records(output) if r.get("status") in ("done", "failed")]
    runs, same = _copies(output / "runs", dest / "runs", [r["run_id"] for r in records], RUN_FILES)
    _check_lineage(output, dest, records)
    summary = _tuning_summary(output, dest)
    trial_runs: list = []
    trial_same: list[str] = []
    if summary is not None:
        src = output / TUNING / "runs"
        ids = [
            rid
            for study in summary["studies"]
            for t in study["trials"]
            if t["state"] is not None or _settled(src, t["run_ids"])
            for rid in t["run_ids"]
            if (src / rid / "run.json").is_file()
        ]
        trial_runs, trial_same = _copies(src, dest / TUNING / "runs", ids, TRIAL_FILES)
    if not records and not trial_runs and not trial_same:
        raise ConfigError(f"{output}: no finished runs or settled tuning trials to publish yet")
    out = Published(unchanged=same, trials_unchanged=trial_same)
    for copies, added in ((runs, out.added), (trial_runs, out.trials_added)):
        for rid, src, dst, files in copies:  # every check passed: now write
            write_folder(dst, {f: (src / f).read_bytes() for f in files})
            added.append(rid)
    if summary is not None:
        path = dest / TUNING / "tune.json"
        write_file(path, (json.dumps(summary, indent=2) + "\n").encode())
        out.written.append(path)
    if (dest / "runs").is_dir():  # none while a tuning is in its trials: no leaderboard yet
        out.written += write_leaderboards(dest)
    return out


def _check_lineage(output: Path, dest: Path, records: list[dict]) -> None:
    """A one-line error, before anything is written, for a finished student distilled from
    another training of its teacher than the teacher record it would sit beside in
    ``dest`` (the one already published, else the one published with it)."""
    memos: dict[Path, dict] = {}
    for rec in records:
        tid = rec.get("teacher_id")
        if rec.get("status") != "done" or not tid:
            continue
        folder = dest if (dest / "runs" / tid / "run.json").is_file() else output
        problem = lineage_problem(folder, rec, memos.setdefault(folder, {}))
        if problem:
            raise ConfigError(
                f"{output / 'runs' / rec['run_id']}: {problem} (in {folder}); nothing was published"
            )


def _settled(runs: Path, run_ids: list[str]) -> bool:
    """Whether a trial the summary lists as in flight has every final record already
    (the tuner settles it when its generation ends; ``tune-report`` counts it now)."""
    return trial_state(trial_records(runs, run_ids)) is not None


def _records(folder: Path) -> list[dict]:
    """The folder's run records; none without runs/ in a tuned suite's folder (still in
    its trials), else runs/ must be there."""
    if not (folder / "runs").is_dir() and (folder / TUNING).is_dir():
        return []
    return read_records(folder)


def write_leaderboards(folder: str | Path) -> list[Path]:
    """``leaderboard.md`` and ``leaderboard.tex`` of a results folder, as ``kdbench
    leaderboard FOLDER --format md|latex`` prints them."""
    from kdbench.report import leaderboard_text

    folder = Path(folder)
    return [
        write_file(folder / name, leaderboard_text(folder, fmt).encode())
        for fmt, name in (("md", "leaderboard.md"), ("latex", "leaderboard.tex"))
    ]
