"""The kdbench command line: ``kdbench run | validate | status | leaderboard | compare | plot |
verify | publish | migrate | tune-report | data | list | new``."""

from kdbench.cli import (  # noqa: F401  (registers commands)
    data,
    listing,
    migrate,
    new,
    publish,
    report,
    run,
    tune,
    verify,
)
from kdbench.cli.app import app

__all__ = ["app"]
