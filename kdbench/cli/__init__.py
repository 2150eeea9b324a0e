"""The kdbench command line: ``kdbench run | validate | status | leaderboard | compare | plot |
verify | data | list | new``."""

from kdbench.cli import data, listing, new, report, run, verify  # noqa: F401  (registers commands)
from kdbench.cli.app import app

__all__ = ["app"]
