"""The kdbench command line: ``kdbench run | validate | status | leaderboard | compare | plot |
verify | migrate | data | list``."""

from kdbench.cli import data, listing, migrate, report, run, tune, verify  # noqa: F401  (registers commands)
from kdbench.cli.app import app

__all__ = ["app"]
