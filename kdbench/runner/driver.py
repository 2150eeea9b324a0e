"""The driver: schedules a plan's runs on an executor and alone writes the store.

Teachers go first; a student starts once its teacher's weights are in the cache. Before a
run starts the driver takes its lock (and, for a teacher, the teacher cache's lock), so
two runners never compute the same run: a student held by another live runner is left to
it, a teacher held elsewhere is waited for. A run's record is written atomically when its
result arrives, so killing the runner at any moment loses only the runs in flight, which
the next ``kdbench run`` resumes from their last checkpoint.

The first Ctrl-C or SIGTERM (a batch scheduler's notice) stops the runner gracefully: no
run starts any more, and each run in flight saves its state at the end of the epoch it is
in and stops (the runner then raises ``Stopped``); the second stops it at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from kdbench.atomic import write_folder
from kdbench.digest import lists_digest, trained_on
from kdbench.errors import ConfigError, StorageError
from kdbench.runner.execute import build_backbone, failed_record
from kdbench.runner.job import DISK_ERRNOS, Job, JobResult
from kdbench.runner.lock import RunLock
from kdbench.runner.plan import FAILED, SETTLED, Plan, PlannedRun
from kdbench.runner.store import Store, clean_temporaries, record_damage, record_files
from kdbench.suite import RunSpec
from kdbench.train.checkpoint import Stopped, clear_stop, request_stop, stop_requested
from kdbench.train.teacher import TeacherCache


@contextlib.contextmanager
def storage_errors(where: Path) -> Iterator[None]:
    """A full or read-only disk while writing ``where`` → one-line StorageError (the
    atomic write has removed its partial temporary folder already)."""
    try:
        yield
    except OSError as err:
        if err.errno not in DISK_ERRNOS:
            raise
        raise StorageError(
            f"cannot write {where}: {os.strerror(err.errno).lower()}; finished runs are kept: "
            "free space (or make the folder writable) and run the suite again to go on"
        ) from None


def teacher_weights_problem(path: Path, backbone: dict[str, Any], data: Any) -> str | None:
    """What is wrong with cached teacher weights (unreadable, or not the state of the
    backbone ``backbone`` on ``data``), or None."""
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # torch raises many kinds for a damaged file (pickle, zip, EOF)
        return f"model.pt is unreadable ({type(err).__name__})"
    if not isinstance(state, dict):
        return "model.pt holds no state dict"
    try:
        with torch.device("meta"):  # shapes only: no memory for the weights
            model = build_backbone(backbone, data, torch.device("meta"))
    except Exception:  # a backbone that cannot be built on the meta device: build it
        model = build_backbone(backbone, data, torch.device("cpu"))
    want = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    got = {k: tuple(v.shape) for k, v in state.items() if hasattr(v, "shape")}
    if want != got:
        diff = sorted(set(want.items()) ^ set(got.items()))[:1]
        return f"model.pt does not fit its backbone (e.g. {diff[0][0]} {diff[0][1]})"
    return None


log = logging.getLogger(__name__)


#: what the first Ctrl-C or SIGTERM prints (to stderr, from the signal handler)
STOPPING = (
    "stopping: the runs in flight save their state at the end of the epoch they are in and "
    "stop; nothing else starts (Ctrl-C again: stop at once)\n"
)


@contextlib.contextmanager
def graceful_stop(enabled: bool = True) -> Iterator[None]:
    """While the block runs (in the main thread, where Python delivers signals): the first
    SIGINT or SIGTERM asks for a stop (``request_stop``) and says so, the second raises
    KeyboardInterrupt there and then. The handlers before are restored after. The request
    is cleared on entry and exit, enabled or not (a worker's stopped run may set it)."""

    def handler(signum: int, frame: Any) -> None:
        if stop_requested():
            raise KeyboardInterrupt
        request_stop()
        # a raw write: the signal may have come in the middle of a print to the same
        # stream, and a buffered stream refuses a reentrant write
        os.write(2, STOPPING.encode())

    clear_stop()
    before: dict[int, Any] = {}
    if enabled and threading.current_thread() is threading.main_thread():
        before = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)
        clear_stop()


@dataclass
class SuiteOutcome:
    done: list[str] = field(default_factory=list)  # trained in this call
    skipped: list[str] = field(default_factory=list)  # already in the store (or cache)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (run id, reason)
    busy: list[str] = field(default_factory=list)  # left to another live runner

    @property
    def ok(self) -> bool:
        return not self.failed


class Reporter:
    """Hooks the CLI implements to show progress; the default says nothing.

    ``finish`` statuses: done, pruned (a tuning trial stopped by its pruner), failed,
    skipped (found in the store), cached (a teacher found in the teacher cache), failed
    (kept) (a failed record left as it is), busy (another runner is on it), stopped (on
    request, its state saved: still to do). A run done here comes with ``seconds``, its
    record's ``total_s``: every session of a resumed run, not only this one.
    """

    def begin(self, plan: Plan, workers: int) -> None: ...

    def start(self, spec: RunSpec, run_id: str) -> None: ...

    def epoch(self, spec: RunSpec, run_id: str, info: dict[str, Any]) -> None: ...

    def finish(
        self, spec: RunSpec, run_id: str, status: str, seconds: float | None = None
    ) -> None: ...

    def extend(self, runs: list[PlannedRun]) -> None:
        """Runs added to the plan while it runs (a tuning's next trials)."""


class Driver:
    def __init__(
        self,
        plan: Plan,
        store: Store,
        cache: TeacherCache,
        executor: Any,
        reporter: Reporter,
        *,
        retry_failed: bool = False,
        threads: int | None = None,
        more: Callable[[], list[PlannedRun]] | None = None,
    ) -> None:
        self.plan, self.store, self.cache = plan, store, cache
        self.executor, self.rep = executor, reporter
        self.retry_failed, self.threads, self.more = retry_failed, threads, more
        self.out = SuiteOutcome()
        self.ready: set[str] = set()  # teacher ids whose weights are in the cache
        self.failed_teachers: dict[str, str] = {}  # teacher id → reason
        self.running: dict[str, tuple[PlannedRun, list[RunLock]]] = {}
        self.digests: dict[str, str | None] = {}  # teacher id → its cached lists' digest

    # -- what is to be done -------------------------------------------------------------

    def _extend(self) -> list[PlannedRun]:
        """``more``'s runs (a tuning's next trials, once a run has finished), added to the
        plan: those to compute, as ``_queue`` gives them. Runs found settled may let
        ``more`` give others: it is asked until it gives one to compute, or none."""
        while self.more is not None and (runs := self.more()):
            planned = {r.run_id for r in self.plan.runs}
            self.plan.runs += [r for r in runs if r.run_id not in planned]
            self.rep.extend(runs)
            if queue := self._queue(runs):
                return queue
        return []

    def _queue(self, runs: list[PlannedRun] | None = None) -> list[PlannedRun]:
        """Runs to compute (of ``runs``, default the plan's), teachers first; the others
        are reported now."""
        needed = {
            r.depends_on
            for r in self.plan.students
            if r.status not in SETTLED and (r.status != FAILED or self.retry_failed)
        }
        queue = []
        for run in self.plan.runs if runs is None else runs:
            damage = self.store.damage(run.run_id)
            if damage:
                log.warning(
                    "run %s: its record is damaged (%s); running it again", run.run_id, damage
                )
            rec = None if damage else self.store.read(run.run_id)
            status = rec["status"] if rec else None
            if run.kind == "teacher":
                if self.cache.has(run.run_id) and self._cached_teacher_ok(
                    run, weights=run.run_id in needed
                ):
                    problem = self._adopt_teacher(run)
                    if problem:
                        raise ConfigError(problem)
                    self._report(run, "skipped" if status == "done" else "cached")
                    continue
                if status == "done" and run.run_id not in needed:
                    self._report(run, "skipped")  # its weights are gone, but no one needs them
                    continue
            elif status in SETTLED:
                self._report(run, "skipped")
                continue
            if status == "failed" and not self.retry_failed:
                self.out.failed.append((run.run_id, rec.get("error") or "failed"))
                if run.kind == "teacher":
                    self.failed_teachers[run.run_id] = rec.get("error") or "failed"
                self.rep.finish(run.spec, run.run_id, "failed (kept)")
                continue
            queue.append(run)
        return queue

    def _cached_teacher_ok(self, run: PlannedRun, weights: bool) -> bool:
        """Whether the cached teacher's record is sound and (``weights``: when a student
        is to use it) its weights load into its backbone. A damaged one is removed (so it
        is trained again), with a warning naming its folder; False then."""
        folder = self.cache.folder(run.run_id)
        problem = record_damage(folder)
        data = self.plan.data.get(run.spec.dataset)
        if problem is None and data is not None and weights:
            problem = teacher_weights_problem(folder / "model.pt", run.spec.backbone, data)
        if problem is None and weights:
            problem = self.cache.weights_changed(run.run_id)
        if problem is None:
            return True
        lock = RunLock(self.cache.root / f".lock-{run.run_id}")
        if not lock.acquire():
            return True  # another runner holds it (and writes it anew): leave it to it
        try:
            if self.cache.has(run.run_id):
                aside = folder.parent / f".old-{run.run_id}-damaged"
                shutil.rmtree(aside, ignore_errors=True)
                folder.rename(aside)
                shutil.rmtree(aside, ignore_errors=True)
        finally:
            lock.release()
        log.warning(
            "cached teacher %s is damaged (%s); removed, it is trained again", folder, problem
        )
        return False

    def _adopt_teacher(self, run: PlannedRun) -> str | None:
        """Put the cached teacher's record in the store and mark it ready, unless the store
        already holds a record of another training of it (their test top-K lists differ:
        trained on another device or torch build, say); then say so, and change nothing."""
        cached, stored = self.cache.folder(run.run_id), self.store.folder(run.run_id)
        if run.run_id not in self.digests:
            self.digests[run.run_id] = lists_digest(cached)
        digest = self.digests[run.run_id]
        rec = None if self.store.damage(run.run_id) else self.store.read(run.run_id)
        if rec is not None and rec.get("status") == "done":
            theirs = lists_digest(stored)
            if digest and theirs and digest != theirs:
                return (
                    f"teacher {run.run_id}: the cached one ({cached}, trained on "
                    f"{trained_on(cached)}) is another training than the record of it in "
                    f"{stored} ({trained_on(stored)}): their test top-K lists differ, so "
                    "students distilled from it would not match the runs there. Run where "
                    "that record was trained, or remove its folder and its students' to "
                    "train the block anew"
                )
        else:
            with storage_errors(stored):
                self.cache.copy_record(run.run_id, stored)
        self.ready.add(run.run_id)
        return None

    def _refuse_teacher(self, run: PlannedRun, problem: str) -> None:
        """A teacher whose cached training is not the one its store holds: its students
        fail with the reason, the store's record stays."""
        log.error("%s", problem)
        self.failed_teachers[run.run_id] = problem
        self.out.failed.append((run.run_id, problem))
        self.rep.finish(run.spec, run.run_id, "failed")

    def _with_lineage(self, run: PlannedRun, result: JobResult) -> dict[str, bytes]:
        """A student's record files, its run.json naming the training of its teacher it was
        distilled from (``teacher_lists``: the digest of that teacher's test top-K lists)."""
        files = dict(result.files or {})
        if run.depends_on is None or "run.json" not in files:
            return files
        digest = self.digests.get(run.depends_on) or lists_digest(self.cache.folder(run.depends_on))
        if digest is None:  # a teacher record without lists: nothing to name
            return files
        rec = json.loads(files["run.json"])
        rec["teacher_lists"] = digest
        files["run.json"] = record_files(rec)["run.json"]
        return files

    def _report(self, run: PlannedRun, status: str) -> None:
        """A run found done (in the store, or a teacher in the cache)."""
        self._relabel(run)
        self.out.skipped.append(run.run_id)
        self.rep.finish(run.spec, run.run_id, status)

    def _relabel(self, run: PlannedRun) -> None:
        """A found record keeps its results, but its display labels (method and backbone
        aliases, which do not enter the run id) follow the suite being run."""
        self.store.relabel(run.run_id, run.spec.labels)

    # -- starting runs --------------------------------------------------------------------

    def _lock(self, run: PlannedRun) -> list[RunLock] | None:
        locks = [self.store.lock(run.run_id)]
        if run.kind == "teacher":
            locks.append(RunLock(self.cache.root / f".lock-{run.run_id}"))
        taken = []
        for lock in locks:
            if not lock.acquire():
                for t in taken:
                    t.release()
                return None
            taken.append(lock)
        return taken

    def _try_start(self, run: PlannedRun) -> str:
        """'started', 'wait' (teacher not ready / held elsewhere) or 'gone' (settled)."""
        if run.depends_on in self.failed_teachers:
            reason = f"its teacher {run.depends_on} failed: {self.failed_teachers[run.depends_on]}"
            self._fail(run, reason, reason + "\n")
            return "gone"
        if run.depends_on is not None and run.depends_on not in self.ready:
            return "wait"
        locks = self._lock(run)
        if locks is None:
            if run.kind == "teacher":
                return "wait"  # its students need it: wait for the other runner
            self.out.busy.append(run.run_id)
            self.rep.finish(run.spec, run.run_id, "busy")
            return "gone"
        # another runner may have finished it between our plan and our lock
        rec = None if self.store.damage(run.run_id) else self.store.read(run.run_id)
        if run.kind == "teacher" and self.cache.has(run.run_id):
            problem = self._adopt_teacher(run)
            self._release(locks)
            if problem:
                self._refuse_teacher(run, problem)
            else:
                self._report(run, "cached")
            return "gone"
        if run.kind == "student" and rec is not None and rec["status"] in SETTLED:
            self._release(locks)
            self._report(run, "skipped")
            return "gone"
        job = Job(
            run.spec,
            run.run_id,
            run.depends_on,
            self.plan.suite.device,
            str(self.cache.root),
            self.threads,
            self.cache.topk_lists,
            self.plan.suite.executor.checkpoint_every,
            run.should_stop,
        )
        self.running[run.run_id] = (run, locks)
        self.rep.start(run.spec, run.run_id)
        self.executor.submit(job, self.plan.data.get(run.spec.dataset))
        return "started"

    @staticmethod
    def _release(locks: list[RunLock]) -> None:
        for lock in reversed(locks):
            lock.release()

    # -- results --------------------------------------------------------------------------

    def _fail(self, run: PlannedRun, reason: str, tb: str, locked: bool = False) -> None:
        """Record ``run`` as failed (``locked``: the caller holds its lock)."""
        lock = self.store.lock(run.run_id)
        if not locked and not lock.acquire():
            self.out.busy.append(run.run_id)
            self.rep.finish(run.spec, run.run_id, "busy")
            return
        try:
            with storage_errors(self.store.folder(run.run_id)):
                write_folder(
                    self.store.folder(run.run_id), failed_record(run.spec, run.run_id, reason, tb)
                )
        finally:
            lock.release()
        if run.kind == "teacher":
            self.failed_teachers[run.run_id] = reason
        self.out.failed.append((run.run_id, reason))
        self.rep.finish(run.spec, run.run_id, "failed")

    def _finish(self, result: JobResult) -> None:
        run, locks = self.running.pop(result.run_id)
        try:
            if result.stopped:
                self.rep.finish(run.spec, run.run_id, "stopped")
                request_stop()  # if its worker alone was told to stop (SIGTERM), so is this runner
                return
            if result.disk_error:  # a checkpoint or teacher list the disk refused
                raise StorageError(
                    f"run {run.run_id}: {result.error}; finished runs are kept: free space "
                    "(or make the cache writable) and run the suite again to go on"
                )
            if not result.ok:
                log.debug("run %s failed:\n%s", run.run_id, result.traceback)
                self._fail(run, result.error or "failed", result.traceback or "", locked=True)
                return
            if run.kind == "teacher":
                with storage_errors(self.cache.folder(run.run_id)):
                    self.cache.put(run.run_id, result.files or {}, result.weights or b"")
                self.digests.pop(run.run_id, None)
                problem = self._adopt_teacher(run)
                if problem:
                    self._refuse_teacher(run, problem)
                    return
            else:
                with storage_errors(self.store.folder(run.run_id)):
                    write_folder(self.store.folder(run.run_id), self._with_lineage(run, result))
            self.out.done.append(run.run_id)
            rec = json.loads(result.files["run.json"])
            status = rec["status"]  # done, or pruned (a tuning trial its pruner stopped)
            self.rep.finish(run.spec, run.run_id, status, seconds=rec["timings"]["total_s"])
        finally:
            self._release(locks)

    def on_progress(self, run_id: str, info: dict[str, Any]) -> None:
        if run_id in self.running:
            self.rep.epoch(self.running[run_id][0].spec, run_id, info)

    # -- the loop -------------------------------------------------------------------------

    def run(self) -> SuiteOutcome:
        """Compute the plan; ``Stopped`` when a stop was asked for (``graceful_stop``:
        executors with ``stop``, runs with checkpoints), once the runs in flight have
        saved their state."""
        self.store.clean_temporaries()
        clean_temporaries(self.cache.root)
        graceful = hasattr(self.executor, "stop") and self.plan.suite.executor.checkpoint_every > 0
        with graceful_stop(graceful):
            return self._run()

    def _run(self) -> SuiteOutcome:
        queue = self._queue()
        stopping = False
        try:
            while True:
                if stop_requested():
                    if not self.running:
                        raise Stopped("stopped on request")
                    if not stopping:
                        stopping, queue = True, []
                        getattr(self.executor, "stop", lambda: None)()
                elif not (queue or self.running or (queue := self._extend())):
                    break
                waiting = []
                for run in queue:
                    if len(self.running) >= self.executor.slots:
                        waiting.append(run)
                        continue
                    if self._try_start(run) == "wait":
                        waiting.append(run)
                queue = waiting
                if not self.running:
                    if queue:  # only teachers held by another runner (or their students)
                        time.sleep(1.0)
                    continue
                results = self.executor.poll(timeout=1.0)
                for result in results:
                    self._finish(result)
                if results and not stop_requested():  # a tuning may propose more now
                    queue += self._extend()
        finally:
            for _, locks in self.running.values():
                self._release(locks)
            self.running.clear()
        return self.out
