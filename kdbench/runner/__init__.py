"""Runner: the store (atomic run records, resume) and executors."""

from kdbench.runner.local import Reporter, SuiteOutcome, plan, run_suite
from kdbench.runner.store import Store

__all__ = ["Reporter", "Store", "SuiteOutcome", "plan", "run_suite"]
