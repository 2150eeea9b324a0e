"""Paired significance tests, multiple-testing correction, effect sizes and ranks.

numpy/scipy only: nothing here imports torch, so results can be analysed anywhere.
"""

from kdbench.stats.compare import PairedStats, compare
from kdbench.stats.correction import CORRECTIONS, adjust, benjamini_hochberg, holm
from kdbench.stats.direction import higher_is_better, register_metric_direction
from kdbench.stats.effects import (
    WinTieLoss,
    bootstrap_ci,
    cohens_dz,
    relative_improvement,
    t_ci,
    win_tie_loss,
)
from kdbench.stats.paired import (
    TESTS,
    TestResult,
    paired_t,
    paired_test,
    randomization,
    wilcoxon,
)
from kdbench.stats.ranks import nemenyi_cd, rank_block

__all__ = [
    "CORRECTIONS",
    "TESTS",
    "PairedStats",
    "TestResult",
    "WinTieLoss",
    "adjust",
    "benjamini_hochberg",
    "bootstrap_ci",
    "cohens_dz",
    "compare",
    "higher_is_better",
    "holm",
    "nemenyi_cd",
    "paired_t",
    "paired_test",
    "randomization",
    "rank_block",
    "register_metric_direction",
    "relative_improvement",
    "t_ci",
    "wilcoxon",
    "win_tie_loss",
]
