"""kdbench: a benchmark harness for knowledge distillation in top-K recommendation."""

import os

# Idle OpenMP threads sleep rather than spin. With torch's default (spinning) a CPU epoch
# ran 15x slower whenever another process held a core (benchmarks/omp_wait_policy.txt).
# Takes effect only if torch is not imported yet; an explicit setting always wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"

from kdbench.backbones import register_backbone
from kdbench.losses import register_loss
from kdbench.report import load_results
from kdbench.runner import run_suite
from kdbench.suite import load_suite

__all__ = [
    "__version__",
    "load_results",
    "load_suite",
    "register_backbone",
    "register_loss",
    "run_suite",
]
