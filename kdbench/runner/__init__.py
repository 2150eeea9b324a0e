"""Runner: the plan, the store (atomic run records, locks, resume), the driver and its
executors (local, local processes, Ray)."""

from kdbench.runner.driver import Reporter, SuiteOutcome
from kdbench.runner.local import run_suite, threads_per_run
from kdbench.runner.plan import Plan, PlannedRun, build_plan, plan
from kdbench.runner.store import Store

__all__ = [
    "Plan",
    "PlannedRun",
    "Reporter",
    "Store",
    "SuiteOutcome",
    "build_plan",
    "plan",
    "run_suite",
    "threads_per_run",
]
