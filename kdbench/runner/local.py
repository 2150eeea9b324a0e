"""The local executor: teachers first, then every student run not already in the store."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import Any

from kdbench.atomic import write_folder
from kdbench.runner.execute import (
    dataset_of,
    ensure_teacher,
    failed_record,
    resolve_device,
    train_run,
)
from kdbench.runner.store import Store
from kdbench.suite import RunSpec, Suite, expand
from kdbench.train.teacher import TeacherCache

log = logging.getLogger(__name__)


@dataclass
class SuiteOutcome:
    done: list[str] = field(default_factory=list)  # trained in this call
    skipped: list[str] = field(default_factory=list)  # already in the store
    failed: list[tuple[str, str]] = field(default_factory=list)  # (run id, reason)

    @property
    def ok(self) -> bool:
        return not self.failed


class Reporter:
    """Hooks the CLI implements to show progress; the default says nothing."""

    def start(self, spec: RunSpec, run_id: str) -> None: ...

    def epoch(self, spec: RunSpec, run_id: str, info: dict[str, Any]) -> None: ...

    def finish(self, spec: RunSpec, run_id: str, status: str) -> None: ...


def plan(suite: Suite) -> list[tuple[RunSpec, str]]:
    """Every run of the suite (teachers first) with its run id."""
    teachers, students = expand(suite)
    return [(s, s.run_id(dataset_of(s).fingerprint)) for s in teachers + students]


def run_suite(
    suite: Suite,
    *,
    retry_failed: bool = False,
    reporter: Reporter | None = None,
    teacher_cache: TeacherCache | None = None,
) -> SuiteOutcome:
    """Run every run of ``suite`` that the store does not hold yet."""
    rep = reporter or Reporter()
    store, cache = Store(suite.output), teacher_cache or TeacherCache()
    store.clean_temporaries()
    device = resolve_device(suite.device)
    out = SuiteOutcome()
    failed_teachers: set[str] = set()
    for spec, run_id in plan(suite):
        status = store.status(run_id)
        if spec.kind == "teacher" and not cache.has(run_id):
            status = "todo"  # its weights are gone from the cache: train it again
        if status == "done" or (status == "failed" and not retry_failed):
            out.skipped.append(run_id)
            rep.finish(spec, run_id, "skipped" if status == "done" else "failed (kept)")
            if status == "failed":
                out.failed.append((run_id, store.read(run_id)["error"]))
            continue
        rep.start(spec, run_id)
        progress = functools.partial(rep.epoch, spec, run_id)
        try:
            if spec.kind == "teacher":
                ensure_teacher(spec, store, device, cache, progress)
            else:
                tid = spec.teacher.run_id(dataset_of(spec).fingerprint)
                if spec.uses_teacher and tid in failed_teachers:
                    raise RuntimeError(f"its teacher {tid} failed")
                record, _ = train_run(spec, device, cache, progress)
                write_folder(store.folder(run_id), record)
            out.done.append(run_id)
            rep.finish(spec, run_id, "done")
        except KeyboardInterrupt:
            raise
        except Exception as err:  # recorded, and the suite goes on
            log.debug("run %s failed", run_id, exc_info=True)
            write_folder(store.folder(run_id), failed_record(spec, run_id, err))
            if spec.kind == "teacher":
                failed_teachers.add(run_id)
            out.failed.append((run_id, str(err)))
            rep.finish(spec, run_id, "failed")
    return out
