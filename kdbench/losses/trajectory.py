"""A teacher's training trajectory: its top-K lists at checkpoints of its training.

HetComp (Kang et al., WWW'23) distils what a teacher ranked at several points of its
training, easiest first. kdbench records it while a teacher trains (``kdbench.train.
trajectory``) and stores it beside the teacher's weights as ``trajectory.npz``: ``lists``
int32 [C, U, K] and ``epochs`` int64 [C].
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import torch

#: the file of a cached teacher folder that holds its trajectory
TRAJECTORY_FILE = "trajectory.npz"


@dataclass(frozen=True)
class TeacherTrajectory:
    """A teacher's top-K item lists at C checkpoints of its training.

    ``lists``: [C, U, K] item ids, each user's best first, train items excluded;
    ``epochs``: the C 0-based epochs each was taken after, ascending. The last checkpoint
    is the teacher's best-valid weights (those its students load); the others come before
    its best epoch.

    kdbench records every teacher it trains on the schedule of the KDs / RCE-KD reference
    (``--ckpt_interval 50``): after epochs EVERY, 2·EVERY, … that precede the best epoch,
    at most MAX_BEFORE_BEST of them, then the best; K items per list. Epoch 50 is the
    state after the 51st pass over the data, the reference's ``EPOCH_50.pt``.
    """

    EVERY: ClassVar[int] = 50
    MAX_BEFORE_BEST: ClassVar[int] = 5
    K: ClassVar[int] = 100

    lists: torch.Tensor
    epochs: tuple[int, ...]

    def to_bytes(self) -> bytes:
        """The ``trajectory.npz`` content (uncompressed: item ids barely compress)."""
        buf = io.BytesIO()
        np.savez(
            buf,
            lists=self.lists.to(torch.int32).cpu().numpy(),
            epochs=np.asarray(self.epochs, dtype=np.int64),
        )
        return buf.getvalue()

    @classmethod
    def load(cls, path: str | Path, device: torch.device | str = "cpu") -> TeacherTrajectory:
        """Read a ``trajectory.npz``; lists come back as int64 on ``device``."""
        with np.load(path) as f:
            lists = torch.as_tensor(f["lists"].astype(np.int64), device=device)
            epochs = tuple(int(e) for e in f["epochs"])
        return cls(lists, epochs)
