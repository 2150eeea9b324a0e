"""The driver: schedules a plan's runs on an executor and alone writes the store.

Teachers go first; a student starts once its teacher's weights are in the cache. Before a
run starts the driver takes its lock (and, for a teacher, the teacher cache's lock), so
two runners never compute the same run: a student held by another live runner is left to
it, a teacher held elsewhere is waited for. A run's record is written atomically when its
result arrives, so killing the runner at any moment loses only the runs in flight, which
the next ``kdbench run`` redoes from the start.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from kdbench.atomic import write_folder
from kdbench.runner.execute import failed_record
from kdbench.runner.job import Job, JobResult
from kdbench.runner.lock import RunLock
from kdbench.runner.plan import FAILED, SETTLED, Plan, PlannedRun
from kdbench.runner.store import Store, clean_temporaries, record_files
from kdbench.suite import RunSpec
from kdbench.train.teacher import TeacherCache

log = logging.getLogger(__name__)


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
    (kept) (a failed record left as it is), busy
    (another runner is on it). A run done here comes with ``seconds``, its record's
    ``total_s``: every session of a resumed run, not only this one.
    """

    def begin(self, plan: Plan, workers: int) -> None: ...

    def start(self, spec: RunSpec, run_id: str) -> None: ...

    def epoch(self, spec: RunSpec, run_id: str, info: dict[str, Any]) -> None: ...

    def finish(
        self, spec: RunSpec, run_id: str, status: str, seconds: float | None = None
    ) -> None: ...


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
    ) -> None:
        self.plan, self.store, self.cache = plan, store, cache
        self.executor, self.rep = executor, reporter
        self.retry_failed, self.threads = retry_failed, threads
        self.out = SuiteOutcome()
        self.ready: set[str] = set()  # teacher ids whose weights are in the cache
        self.failed_teachers: dict[str, str] = {}  # teacher id → reason
        self.running: dict[str, tuple[PlannedRun, list[RunLock]]] = {}

    # -- what is to be done -------------------------------------------------------------

    def _queue(self) -> list[PlannedRun]:
        """Runs to compute, teachers first; the others are reported now."""
        needed = {
            r.depends_on
            for r in self.plan.students
            if r.status not in SETTLED and (r.status != FAILED or self.retry_failed)
        }
        queue = []
        for run in self.plan.runs:
            rec = self.store.read(run.run_id)
            status = rec["status"] if rec else None
            if run.kind == "teacher":
                if self.cache.has(run.run_id):
                    self.ready.add(run.run_id)
                    if status != "done":
                        self.cache.copy_record(run.run_id, self.store.folder(run.run_id))
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

    def _report(self, run: PlannedRun, status: str) -> None:
        """A run found done (in the store, or a teacher in the cache)."""
        self._relabel(run)
        self.out.skipped.append(run.run_id)
        self.rep.finish(run.spec, run.run_id, status)

    def _relabel(self, run: PlannedRun) -> None:
        """A found record keeps its results, but its display labels (method and backbone
        aliases, which do not enter the run id) follow the suite being run."""
        rec = self.store.read(run.run_id)
        if rec is None or rec.get("labels") == run.spec.labels:
            return
        lock = self.store.lock(run.run_id)
        if not lock.acquire():
            return
        try:
            folder = self.store.folder(run.run_id)
            files = {p.name: p.read_bytes() for p in folder.iterdir()}
            files.update(record_files({**rec, "labels": run.spec.labels}))
            write_folder(folder, files)
        finally:
            lock.release()

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
        rec = self.store.read(run.run_id)
        if run.kind == "teacher" and self.cache.has(run.run_id):
            self.cache.copy_record(run.run_id, self.store.folder(run.run_id))
            self.ready.add(run.run_id)
            self._release(locks)
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
            if not result.ok:
                log.debug("run %s failed:\n%s", run.run_id, result.traceback)
                self._fail(run, result.error or "failed", result.traceback or "", locked=True)
                return
            if run.kind == "teacher":
                files = {**(result.files or {}), "model.pt": result.weights or b""}
                write_folder(self.cache.folder(run.run_id), files)
                self.cache.copy_record(run.run_id, self.store.folder(run.run_id))
                self.ready.add(run.run_id)
            else:
                write_folder(self.store.folder(run.run_id), result.files)
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
        self.store.clean_temporaries()
        clean_temporaries(self.cache.root)
        queue = self._queue()
        try:
            while queue or self.running:
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
                for result in self.executor.poll(timeout=1.0):
                    self._finish(result)
        finally:
            for _, locks in self.running.values():
                self._release(locks)
            self.running.clear()
        return self.out
