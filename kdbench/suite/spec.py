"""RunSpecs: one dataset × teacher × student × loss(+params) × seed × train settings."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


def _canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str)


def run_id_of(canonical: dict[str, Any], fingerprint: str) -> str:
    """Short content hash of a canonical spec and the data fingerprint."""
    return hashlib.sha256((_canonical_json(canonical) + fingerprint).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class RunSpec:
    """Everything that determines a run's result, and nothing else.

    ``kind`` is ``"teacher"`` or ``"student"``; a student names its teacher's spec (None
    for the no-KD baseline is *not* used: the baseline still names the pair's teacher so it
    lands in the same leaderboard cell, but its canonical form leaves the teacher out).
    ``labels`` are for display (method and backbone aliases) and do not enter the id.

    The run id holds what changes training, and only that. ``metrics`` are what the
    suite reports: views of the stored ranked lists (``kdbench.eval.metrics``), computed
    again by every report, so they stay out of the canonical form and the id. The
    validation metric that early stopping watches does change training: it is
    ``train["monitor"]``, part of the canonical form.
    """

    kind: str
    dataset: str
    dataset_options: dict[str, Any]
    backbone: dict[str, Any]
    loss: str
    loss_params: dict[str, Any]
    seed: int
    train: dict[str, Any]
    metrics: tuple[str, ...] = field(default=(), compare=False)
    teacher: RunSpec | None = None
    labels: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def uses_teacher(self) -> bool:
        return self.kind == "student" and self.loss != "student" and self.teacher is not None

    def canonical(self) -> dict[str, Any]:
        out = {
            "kind": self.kind,
            "dataset": {"name": self.dataset, **self.dataset_options},
            "backbone": self.backbone,
            "loss": {"name": self.loss, **self.loss_params},
            "seed": self.seed,
            "train": self.train,
        }
        if self.uses_teacher:
            out["teacher"] = self.teacher.canonical()
        return out

    def run_id(self, fingerprint: str) -> str:
        """Short content hash of the canonical spec and the data fingerprint."""
        return run_id_of(self.canonical(), fingerprint)
