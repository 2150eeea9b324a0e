"""kdbench: a benchmark harness for knowledge distillation in top-K recommendation."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# Idle OpenMP threads spin briefly (1000 iterations) before they sleep. libgomp's default
# (torch's: 300000) ran a CPU epoch 2.5x slower whenever another process held a core;
# sleeping at once (OMP_WAIT_POLICY=PASSIVE) lost 1.6-2x on an idle machine; the short
# spin is within 1.2x of the better of the two in both (benchmarks/omp_wait_policy.txt).
# libgomp only (torch's Linux builds); takes effect only if torch is not imported yet; an
# explicit OMP_WAIT_POLICY or GOMP_SPINCOUNT always wins.
if "OMP_WAIT_POLICY" not in os.environ:
    os.environ.setdefault("GOMP_SPINCOUNT", "1000")

__version__ = "0.1.0"

# The public API is imported on first use (PEP 562), not here: `import kdbench` runs for
# every CLI command, and the training stack (torch, the runner) took seconds to import
# even for `kdbench --help` or a leaderboard, which need none of it
# (benchmarks/cli_startup.txt).
_API = {
    "register_backbone": "kdbench.backbones",
    "register_loss": "kdbench.losses",
    "load_results": "kdbench.report",
    "run_suite": "kdbench.runner",
    "load_suite": "kdbench.suite",
}

__all__ = [
    "__version__",
    "load_results",
    "load_suite",
    "register_backbone",
    "register_loss",
    "run_suite",
]

if TYPE_CHECKING:
    from kdbench.backbones import register_backbone
    from kdbench.losses import register_loss
    from kdbench.report import load_results
    from kdbench.runner import run_suite
    from kdbench.suite import load_suite


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used."""
    if name not in _API:
        raise AttributeError(f"module 'kdbench' has no attribute {name!r}")
    value = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
