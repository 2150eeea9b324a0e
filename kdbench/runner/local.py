"""``run_suite``: plan a suite, pick its executor, drive it. (The name is historical: the
same entry point runs the local, multi-process and Ray executors.)"""

from __future__ import annotations

import logging
from collections.abc import Callable

import torch

from kdbench.runner.driver import Driver, Reporter, SuiteOutcome
from kdbench.runner.executors import ProcessExecutor, SerialExecutor
from kdbench.runner.plan import Plan, PlannedRun, build_plan, plan
from kdbench.runner.store import Store
from kdbench.suite import Suite
from kdbench.train.checkpoint import Stopped
from kdbench.train.device import keep_freed_memory, resolve_device, worker_gpus
from kdbench.train.teacher import TeacherCache

__all__ = ["Reporter", "SuiteOutcome", "plan", "run_suite", "threads_per_run"]

log = logging.getLogger(__name__)


def threads_per_run(suite: Suite) -> int:
    """Torch threads each run gets: ``executor.threads``, else its share of the cores
    (Ray: ``cpus_per_run``; local: cores / workers)."""
    cfg = suite.executor
    if cfg.threads:
        return cfg.threads
    if cfg.kind == "ray":
        return max(1, int(cfg.cpus_per_run))
    return max(1, torch.get_num_threads() // cfg.workers)


def _executor(suite: Suite, driver: Driver, cache: TeacherCache) -> tuple[object, int | None]:
    """(executor, torch threads per run)."""
    cfg = suite.executor
    if cfg.kind == "ray":
        from kdbench.runner.ray_executor import RayExecutor

        def weights(teacher_id: str) -> bytes:
            return (cache.folder(teacher_id) / "model.pt").read_bytes()

        return RayExecutor(cfg, driver.on_progress, weights), threads_per_run(suite)
    if cfg.workers == 1:
        return SerialExecutor(driver.on_progress), cfg.threads
    threads = threads_per_run(suite)
    cpu = resolve_device(suite.device).type == "cpu"
    gpus = worker_gpus(suite.device)
    return ProcessExecutor(cfg.workers, threads, driver.on_progress, cpu, gpus), threads


def run_suite(
    suite: Suite,
    *,
    retry_failed: bool = False,
    reporter: Reporter | None = None,
    teacher_cache: TeacherCache | None = None,
    prepared: Plan | None = None,
    store: Store | None = None,
    more: Callable[[], list[PlannedRun]] | None = None,
) -> SuiteOutcome:
    """Run every run of ``suite`` that its store does not hold yet (teachers first) on the
    suite's executor. Failed runs are recorded and the suite goes on. The first Ctrl-C or
    SIGTERM lets the runs in flight save their state at the end of their epoch, then raises
    ``Stopped`` (a KeyboardInterrupt); the second stops the workers at once and raises
    KeyboardInterrupt: only whole records are left behind either way.

    ``prepared``: a plan already built for this suite (saves preparing the data twice);
    ``store``: where the records go (default: the suite's output folder; tuning trials
    have their own); ``more``: asked for runs to add each time runs finish, and before
    the suite ends (a tuning's next trials; it gives each run once).
    """
    keep_freed_memory()  # here, so a bad KDBENCH_MALLOC stops the suite before any run
    store = store or Store(suite.output)
    cache = teacher_cache or TeacherCache()
    if suite.teacher_store_topk is not None:
        k = max(cache.topk_lists or 0, suite.teacher_store_topk)
        cache = TeacherCache(cache.root, topk_lists=k)
    the_plan = prepared or build_plan(suite, store, cache)
    rep = reporter or Reporter()
    driver = Driver(the_plan, store, cache, None, rep, retry_failed=retry_failed, more=more)
    executor, driver.threads = _executor(suite, driver, cache)
    driver.executor = executor
    rep.begin(the_plan, executor.slots)
    cancel = True
    try:
        out = driver.run()
        cancel = False
        return out
    except Stopped:
        cancel = False  # the jobs in flight have stopped: the workers can end as usual
        raise
    finally:
        executor.close(cancel=cancel)
