"""kdbench: a benchmark harness for knowledge distillation in top-K recommendation."""

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
