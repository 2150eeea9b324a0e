"""KD losses, one file each, registered by name. Math in ``functional``."""

from kdbench.losses import (  # noqa: F401  (registers)
    cd,
    ce,
    dcd,
    de,
    ftd,
    hetcomp,
    htd,
    irrrd,
    rcekd,
    rd,
    rrd,
    student,
    unkd,
)
from kdbench.losses.base import LOSSES, DistillContext, DistillLoss, register_loss

__all__ = ["LOSSES", "DistillContext", "DistillLoss", "register_loss"]
