"""RunSpecs: one dataset × teacher × student × loss(+params) × seed × train settings."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


def _canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class RunSpec:
    """Everything that determines a run's result, and nothing else.

    ``kind`` is ``"teacher"`` or ``"student"``; a student names its teacher's spec (None
    for the no-KD baseline is *not* used: the baseline still names the pair's teacher so it
    lands in the same leaderboard cell, but its canonical form leaves the teacher out).
    ``labels`` are for display (method and backbone aliases) and do not enter the id.
    """

    kind: str
    dataset: str
    dataset_options: dict[str, Any]
    backbone: dict[str, Any]
    loss: str
    loss_params: dict[str, Any]
    seed: int
    train: dict[str, Any]
    metrics: tuple[str, ...]
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
            "metrics": sorted(self.metrics),
        }
        if self.uses_teacher:
            out["teacher"] = self.teacher.canonical()
        return out

    def run_id(self, fingerprint: str) -> str:
        """Short content hash of the canonical spec and the data fingerprint."""
        digest = hashlib.sha256((_canonical_json(self.canonical()) + fingerprint).encode())
        return digest.hexdigest()[:16]
