"""Tuning a suite: every tuned loss's trials, generation by generation, then its finals.

Trials are ordinary runs (content-hashed ids, atomic records, checkpoints, ``--workers``,
Ray) kept in their own store, ``OUTPUT/tuning/runs``, so they never enter the leaderboard.
All studies' trials run together on the suite's executor, and each study proposes its
next generation as soon as its own trials are settled: a study with long runs never holds
another back, and no worker idles at the end of a generation while another study has
trials to run (a study's proposals read only its own trials, so this changes no
proposal or result). A run held by another runner (two
runners on one output folder, or on one shared folder from several machines) is left to
it and waited for, so no trial is computed twice.

Once every study is settled, its best configuration (validation only) replaces the loss's
runs in the suite: the same cell, method label and final seeds (``tune.final_seeds``).
The Optuna database (``tune.storage``) mirrors every settled trial for Optuna's tools and
for the record; the run records stay the source of every number.

A tuning resumes from its records, wherever they were computed: ``reuse`` folders give
finished runs (a published reference run is its loss's trial 0) and trials, including
a published tuning's trials (``kdbench publish`` keeps each trial's record and curve, all
that selection reads), so a tuning spread over machines or sessions goes on from its
last published generation without training a settled trial again, with the proposals its
summary records (``recall``: another machine's TPE may differ in the last bits).
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass, field
from pathlib import Path

import optuna

from kdbench.atomic import write_file, write_folder
from kdbench.report.publish import TRIAL_FILES
from kdbench.report.tuning import merge_studies
from kdbench.runner import Reporter, Store, run_suite
from kdbench.runner.lock import RunLock
from kdbench.runner.plan import Plan, PlannedRun, refresh
from kdbench.runner.store import reuse_records
from kdbench.suite import RunSpec, Suite
from kdbench.suite.expand import expand
from kdbench.suite.spec import run_id_of
from kdbench.train.teacher import TeacherCache
from kdbench.tune.study import COMPLETE, Study

log = logging.getLogger(__name__)

TUNING_DIR = "tuning"
SUMMARY_FILE = "tune.json"


def tuning_store(output: str | Path) -> Store:
    """The store of the trials: ``OUTPUT/tuning/runs``."""
    return Store(Path(output) / TUNING_DIR)


def storage_url(suite: Suite) -> str:
    """``tune.storage``, or a SQLite file beside the trials."""
    assert suite.tune is not None
    if suite.tune.storage:
        return suite.tune.storage
    path = (Path(suite.output) / TUNING_DIR / "study.db").resolve()
    return f"sqlite:///{path}"


def studies_of(suite: Suite, plan: Plan) -> list[Study]:
    """One study per tuned loss alias and (dataset, pair) cell that has its data."""
    assert suite.tune is not None
    _, students = expand(suite)
    out: dict[tuple[str, str, str], Study] = {}
    for spec in students:
        alias = spec.labels["method"]
        cfg = suite.tune.losses.get(alias)
        data = plan.data.get(spec.dataset)
        key = (spec.dataset, spec.labels["pair"], alias)
        if cfg is None or data is None or key in out:
            continue
        out[key] = Study(
            cfg,
            spec,
            data.fingerprint,
            data.n_items,
            suite.tune.generation,
            suite.tune.trial_seeds,
            suite.where("tune", "losses", alias),
        )
    return list(out.values())


def recall(studies: list[Study], folders: list[Path]) -> None:
    """Give each study the proposals that ``folders``' tuning summaries record (the first
    folder first; ``Study.recall``). An unreadable summary is passed over, with a warning:
    the proposals are then this machine's alone."""
    for folder in folders:
        path = folder / TUNING_DIR / SUMMARY_FILE
        if not path.is_file():
            continue
        try:
            summary = json.loads(path.read_text())
        except (OSError, UnicodeDecodeError, ValueError) as err:
            log.warning("%s: unreadable (%s), its proposals not recalled", path, type(err).__name__)
            continue
        if isinstance(summary, dict):
            for study in studies:
                study.recall(str(path), summary)


def inspect(suite: Suite, plan: Plan) -> list[Study]:
    """The studies as far as the records go: each study's generations proposed and
    settled until one is not (computes and writes nothing; ``kdbench status``)."""
    store = tuning_store(suite.output)
    studies = studies_of(suite, plan)
    recall(studies, [Path(suite.output)])
    for study in studies:
        while study.propose(study.next_generation) and study.settle(store):
            pass
    return studies


@dataclass
class TuneOutcome:
    studies: list[Study]
    trained: int = 0  # trial runs computed in this call
    failed: list[tuple[str, str]] = field(default_factory=list)

    def finals(self, seeds: tuple[int, ...]) -> dict[tuple[str, str, str], list[RunSpec]]:
        """(dataset, pair, alias) → the final runs of its best configuration."""
        return {
            (s.ref.dataset, s.ref.labels["pair"], s.alias): s.finals(seeds) for s in self.studies
        }


class _Tuning:
    """The studies of one tuning call, each a generation further as soon as its own trials
    are settled: a study never waits for another's (its proposals read only its own
    trials, so the order in which studies advance changes no proposal or result)."""

    def __init__(
        self,
        suite: Suite,
        plan: Plan,
        store: Store,
        cache: TeacherCache,
        reuse: list[Path],
        retry_failed: bool,
    ) -> None:
        self.suite, self.plan, self.store, self.cache = suite, plan, store, cache
        self.reuse, self.retry_failed = reuse, retry_failed
        self.studies = studies_of(suite, plan)
        recall(self.studies, [*reuse, Path(suite.output)])
        self.discarded: set[str] = set()  # runs removed as contradicted (trained again)
        self.kept: set[str] = set()  # ... and trained again to the same contradiction
        self.stale: dict[str, dict] = {}  # failed records to retry (--retry-failed), as read
        self.handed: set[str] = set()  # runs given to the runner of the current call
        self.written: list[tuple[int, int]] | None = None  # (trials, settled) last written

    def advance(self) -> None:
        """Settle each study from the records and propose its next generation once its
        trials are settled, as far as the records (resumed or reused) go; then write the
        summary and mirror the settled trials to the Optuna database."""
        while True:
            self._discard_contradicted()
            new = [
                t
                for s in self.studies
                if s.settle(self.store, self.stale)
                for t in s.propose(s.next_generation)
            ]
            if not new:
                break
            ids = [rid for t in new for rid in t.run_ids]
            if self.reuse:
                # a tuning's own trial records first: the record its selection read, where
                # a reference folder may hold another record of the same run (trained
                # again there); finished runs (a reference run is trial 0) were trained
                # unpruned: they stand for trials only where nothing prunes, generation 0
                reuse_trials(self.store, self.reuse, ids)
                first = [
                    rid
                    for t in new
                    if t.generation == 0
                    for rid in t.run_ids
                    if self.store.read(rid) is None
                ]
                reuse_records(self.store, self.reuse, first)
                for t in new:  # a reference run copied as trial 0 takes the trial's name
                    for spec, rid in zip(t.specs, t.run_ids, strict=True):
                        self.store.relabel(rid, spec.labels)
            if self.retry_failed:
                recs = {rid: self.store.read(rid) for rid in ids}
                self.stale.update(
                    {rid: r for rid, r in recs.items() if r and r.get("status") == "failed"}
                )
        # asked after every finished run: write only when a trial was proposed or settled
        now = [(len(s.trials), sum(t.state is not None for t in s.trials)) for s in self.studies]
        if now != self.written:
            _write_summary(self.suite, self.studies)  # tune-report follows a tuning as it goes
            _log_to_storage(self.suite, self.studies)
            self.written = now

    def _discard_contradicted(self) -> None:
        """Remove the unsettled trials' records that this tuning would not have written
        (``Study.contradicted``: pruned otherwise, or distilled from another training of
        the teacher), with a warning each, so they are trained again. A run trained again
        here that still contradicts it is kept, with an error (once): training it once
        more would give the same record."""
        teachers: dict[str, str | None] = {}
        for s in self.studies:
            for trial, rid, problem in s.contradicted(self.store, teachers):
                where = f"{s.name} trial {trial.number}: run {rid} {problem}"
                if rid in self.kept:
                    continue
                if rid in self.discarded:
                    log.error("%s, trained again: kept", where)
                    self.kept.add(rid)
                    continue
                log.warning("%s: trained again", where)
                self.store.discard(rid)
                self.discarded.add(rid)
                self.handed.discard(rid)  # to be given to the runner again

    def runs(self) -> list[PlannedRun]:
        """The unsettled trials' runs not given to this call's runner yet, and the
        teachers they need, the longest expected first: the last trial of a study holds
        back its next generation, so a long run started last would leave the other
        workers idle at the end (the order changes no result)."""
        runs: dict[str, PlannedRun] = {}
        for study in sorted(self.studies, key=lambda s: -expected_seconds(s, self.store)):
            for trial in study.trials:
                if trial.state is not None:
                    continue
                for spec, run_id in zip(trial.specs, trial.run_ids, strict=True):
                    if run_id in self.handed:
                        continue
                    fp = self.plan.data[spec.dataset].fingerprint
                    dep = spec.teacher.run_id(fp) if spec.uses_teacher else None
                    runs.setdefault(run_id, PlannedRun(spec, run_id, dep, should_stop=trial.pruner))
        needed = {r.depends_on for r in runs.values()} - self.handed
        teachers = [t for t in self.plan.teachers if t.run_id in needed]
        out = [*teachers, *runs.values()]
        self.handed.update(r.run_id for r in out)
        refresh(Plan(self.suite, out, self.plan.data), self.store, self.cache)
        return out

    def more(self) -> list[PlannedRun]:
        """For the runner, after a run has finished: the runs its record lets the
        tuning propose (and any it discarded), not given before."""
        self.advance()
        return self.runs()


def expected_seconds(study: Study, store: Store) -> float:
    """The mean run time of the study's complete trials so far; infinite with none (an
    unknown run may be the longest)."""
    times = [
        rec["timings"]["total_s"]
        for t in study.trials
        if t.state == COMPLETE
        for rid in t.run_ids
        if (rec := store.read(rid)) and "timings" in rec
    ]
    return sum(times) / len(times) if times else math.inf


def _log_to_storage(suite: Suite, studies: list[Study]) -> None:
    """Mirror the settled trials into the Optuna database, each once, in trial order."""
    url = storage_url(suite)
    lock = RunLock(Path(suite.output) / TUNING_DIR / ".lock-study-db")
    while not lock.acquire():  # another runner is writing: the same trials, once
        time.sleep(0.2)
    try:
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        for study in studies:
            stored = optuna.create_study(
                storage=url,
                study_name=f"{suite.name}/{study.name}",
                direction="maximize",
                load_if_exists=True,
            )
            have = {t.user_attrs.get("kdbench_trial") for t in stored.get_trials(deepcopy=False)}
            for trial in study.trials:
                if trial.state is not None and trial.number not in have:
                    stored.add_trial(study.frozen(trial))
    finally:
        lock.release()


def tune_suite(
    suite: Suite,
    plan: Plan,
    *,
    reporter: Reporter | None = None,
    retry_failed: bool = False,
    teacher_cache: TeacherCache | None = None,
    poll_s: float = 2.0,
    reuse: list[Path] | None = None,
) -> TuneOutcome:
    """Run every tuned loss's trials (what the store lacks) and select each best
    configuration; writes ``OUTPUT/tuning/tune.json``. ``reuse``: output or results
    folders whose runs and trials with a trial's run id are copied instead of trained
    (trial 0 on seed 0 is the reference configuration's seed-0 run, e.g. in a published
    results/ folder; a published tuning's trials: ``reuse_trials``)."""
    store = tuning_store(suite.output)
    store.runs.mkdir(parents=True, exist_ok=True)
    cache = teacher_cache or TeacherCache()
    tuning = _Tuning(suite, plan, store, cache, reuse or [], retry_failed)
    out = TuneOutcome(tuning.studies)
    if reuse:  # the teachers' records too: a teacher trained here is then compared with
        # the training the reused trials were distilled from (the driver refuses another)
        reuse_records(store, reuse, [t.run_id for t in plan.teachers])
    teachers = {t.run_id for t in plan.teachers}
    while True:
        tuning.advance()
        tuning.handed.clear()  # a new runner: it is given every unsettled run
        runs = tuning.runs()
        if not runs:
            break
        result = run_suite(
            suite,
            retry_failed=retry_failed,
            reporter=reporter,
            teacher_cache=cache,
            prepared=Plan(suite, runs, plan.data, plan.absent),
            store=store,
            more=tuning.more,
        )
        out.trained += sum(rid not in teachers for rid in result.done)
        out.failed += [f for f in result.failed if f not in out.failed]
        if result.busy:
            time.sleep(poll_s)  # runs held by another runner: wait for their records
    return out


def reuse_trials(store: Store, sources: list[Path], run_ids: list[str]) -> int:
    """Copy into the trial ``store`` the trial records of ``run_ids`` that ``sources``
    hold in their ``tuning`` folders (the first source first): a finished run whole, a
    published trial as published (its record and curve, what selection reads; a trial's
    lists never enter a table). A published record counts only if it is the run's own:
    its run id, and the hash of the spec and data fingerprint it records, are ``run_id``.
    Returns how many were copied."""
    copied = 0
    for run_id in run_ids:
        if store.read(run_id) is not None:
            continue
        for src in sources:
            trials = Store(Path(src) / TUNING_DIR)
            if store.adopt(run_id, trials):
                copied += 1
                break
            rec = trials.read(run_id)
            if rec is None or rec.get("run_id") != run_id:
                continue
            fingerprint = rec.get("data", {}).get("fingerprint", "")
            if run_id_of(rec.get("spec", {}), fingerprint) != run_id:
                continue  # edited, or not this run's record: train it instead
            lock = store.lock(run_id)
            if not lock.acquire():
                break  # another runner holds it: its record will come from there
            try:
                if store.read(run_id) is None:
                    folder = trials.folder(run_id)
                    names = [n for n in TRIAL_FILES if (folder / n).is_file()]
                    files = {n: (folder / n).read_bytes() for n in names}
                    write_folder(store.folder(run_id), files)
                    copied += 1
            finally:
                lock.release()
            break
    return copied


def unconfirmed_finals(suite: Suite, studies: list[Study]) -> list[str]:
    """The finals that trained again a best trial known only from its record (a published
    trial keeps no lists) and did not give that record's validation objective: one line
    each. On one machine and torch build a run gives the same bits, so this is empty; on
    another, the numbers may differ, and the selection read the published record."""
    store, trials = Store(suite.output), tuning_store(suite.output)
    out = []
    for study in studies:
        best = study.best()
        for run_id in best.run_ids if best else []:
            trial, final = trials.read(run_id), store.read(run_id)
            if not trial or not final or final.get("status") != "done" or not trials.damage(run_id):
                continue
            was = trial["summary"]["valid"][study.monitor]
            now = final["summary"]["valid"][study.monitor]
            if was != now:
                out.append(
                    f"{study.name}: final {run_id} (seed {final['spec']['seed']}) gave valid "
                    f"{study.monitor} {now:.6g}, its published trial record {was:.6g}, which "
                    "the selection read (another machine or torch build computes differently)"
                )
    return out


def _write_summary(suite: Suite, studies: list[Study]) -> None:
    """``OUTPUT/tuning/tune.json``: which trial ran which configuration as which runs. The
    studies of the folder that this tuning does not run (another ``tune.losses``, here
    before or in another runner now) keep their entries (``merge_studies``)."""
    path = Path(suite.output) / TUNING_DIR / SUMMARY_FILE
    lock = RunLock(path.with_name(".lock-summary"))
    while not lock.acquire():  # another runner is writing it
        time.sleep(0.2)
    try:
        try:
            earlier = json.loads(path.read_text())["studies"] if path.is_file() else []
        except (ValueError, KeyError, TypeError):  # derived from the records: written anew
            log.warning("%s: unreadable, written again from this tuning's studies", path)
            earlier = []
        summary = {
            "suite": suite.name,
            "storage": storage_url(suite),
            "final_seeds": list(suite.tune.final_seeds) if suite.tune else [],
            "studies": merge_studies(earlier, [s.summary() for s in studies]),
        }
        write_file(path, json.dumps(summary, indent=2, default=str).encode())
    finally:
        lock.release()


def final_plan(
    suite: Suite, plan: Plan, outcome: TuneOutcome, cache: TeacherCache, adopt: bool = True
) -> Plan:
    """The suite's plan with each tuned loss's runs replaced by its finals (``adopt``:
    copy the trial runs that are finals into the store; False writes nothing)."""
    assert suite.tune is not None
    finals = outcome.finals(suite.tune.final_seeds)
    runs: dict[str, PlannedRun] = {}
    for r in plan.runs:
        key = (r.spec.dataset, r.spec.labels.get("pair", ""), r.spec.labels.get("method", ""))
        if r.kind == "student" and key in finals:
            continue
        runs[r.run_id] = r
    store, trials = Store(suite.output), tuning_store(suite.output)
    for specs in finals.values():
        for spec in specs:
            fp = plan.data[spec.dataset].fingerprint
            run_id = spec.run_id(fp)
            dep = spec.teacher.run_id(fp) if spec.uses_teacher else None
            runs.setdefault(run_id, PlannedRun(spec, run_id, dep))
            if adopt:  # a final seed that was a trial seed is that trial's run: copy it
                store.adopt(run_id, trials)
    out = Plan(suite, list(runs.values()), plan.data, plan.absent)
    refresh(out, store, cache)
    return out
