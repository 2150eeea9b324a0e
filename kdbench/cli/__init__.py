"""The kdbench command line: ``kdbench run | validate | status | leaderboard | compare | plot |
verify | migrate | tune-report | data | list | new``."""

from kdbench.cli import data, listing, migrate, new, report, run, tune, verify  # noqa: F401  (registers commands)
from kdbench.cli.app import app

__all__ = ["app"]
