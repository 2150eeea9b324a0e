"""KD losses, one file each, registered by name. Math in ``functional``."""

from kdbench.losses import ce, de, ftd, htd, student  # noqa: F401  (registers)
from kdbench.losses.base import LOSSES, DistillContext, DistillLoss, register_loss

__all__ = ["LOSSES", "DistillContext", "DistillLoss", "register_loss"]
