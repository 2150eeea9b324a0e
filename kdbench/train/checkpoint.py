"""Mid-run checkpoints: a long run killed part-way resumes from its last saved epoch.

At the end of an epoch, once ``every_s`` seconds have passed since the last save, the
trainer saves everything the rest of the run depends on: the student, the KD loss's
parameters and buffers, the optimiser, every random generator (the run's, the loss's own,
torch's global CPU/CUDA state) and the loop's counters. Losses rebuild their per-epoch
lists from these at the next epoch start, so a resumed run is bit-identical to one that
was never stopped (``tests/test_train_checkpoint.py`` checks every registered loss).

The file is keyed by the run id (spec + data fingerprint) and written atomically; the job
removes it when the run ends successfully (a failed run keeps it, so a retry resumes).

A stop asked for (``request_stop``: the runner's first Ctrl-C or SIGTERM) saves at the end
of the epoch under way, whether due or not, and ends the run there with :class:`Stopped`:
an interrupted run then loses at most the epoch it was in.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import torch

from kdbench.data.sources import cache_dir

log = logging.getLogger(__name__)

_stop = threading.Event()


class Stopped(KeyboardInterrupt):
    """A run (or a runner) stopped on request at the end of an epoch, its state saved.
    An interrupt, so that whatever lets Ctrl-C through lets it through too."""


def request_stop() -> None:
    """Ask the runs of this process to save their state at the end of the current epoch
    and stop (a signal handler may call it)."""
    _stop.set()


def stop_requested() -> bool:
    return _stop.is_set()


def clear_stop() -> None:
    _stop.clear()


def checkpoint_path(run_id: str) -> Path:
    """Where a run's mid-run checkpoint lives on this machine: ``<cache>/checkpoints``."""
    return cache_dir() / "checkpoints" / f"{run_id}.pt"


class Checkpoint:
    """``path``: where the state lives; ``every_s``: the least time between two saves;
    ``teacher``: which training of the run's teacher it distils (its lists' digest),
    saved with the state: a state saved against another training (the teacher cache was
    trained again elsewhere between a kill and the resume) is not resumed from.

    ``writer``: what trains in this process (commit, torch build, CPU, threads: whatever
    may change the low bits), saved with the state beside the writers of the parts
    before it. A resumed run's record names them all (``earlier``, set by ``load``): one
    resumed by other code or on another CPU is not silently one training."""

    def __init__(
        self,
        path: str | Path,
        every_s: float = 600.0,
        teacher: str | None = None,
        writer: dict[str, Any] | None = None,
    ) -> None:
        self.path = Path(path)
        self.every_s = every_s
        self.teacher = teacher
        self.writer = writer or {}
        #: the writers of the parts before this process's, oldest first (None: a
        #: state saved before kdbench recorded them)
        self.earlier: list[dict[str, Any] | None] = []
        self._last = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self._last >= self.every_s

    def save(self, state: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            written_by = [*self.earlier, self.writer]
            torch.save({**state, "teacher_lists": self.teacher, "written_by": written_by}, tmp)
            os.replace(tmp, self.path)
        except BaseException:  # a full disk, say: no partial file is left behind
            tmp.unlink(missing_ok=True)
            raise
        self._last = time.monotonic()

    def load(self) -> dict[str, Any] | None:
        """The saved state, or None when there is none, it cannot be read, or it was saved
        against another training of the teacher."""
        state = self._read(map_location="cpu")
        if state is None:
            return None
        if state.get("teacher_lists", self.teacher) != self.teacher:
            log.warning(
                "%s: saved against another training of the teacher: starting over", self.path
            )
            return None
        self.earlier = state.get("written_by") or [None] * (len(state.get("resumed_from", [])) + 1)
        other = {
            key: (w.get(key), value)
            for w in self.earlier
            if w is not None
            for key, value in self.writer.items()
            if w.get(key) != value
        }
        if other:
            log.warning(
                "%s: resuming a run trained so far by other code or hardware (%s); its "
                "record names each part's",
                self.path,
                ", ".join(f"{k} {a} -> {b}" for k, (a, b) in other.items()),
            )
        return state

    def saved_epoch(self) -> int | None:
        """The last epoch the saved state holds (read without loading the tensors)."""
        epoch = (self._read(mmap=True) or {}).get("epoch")
        return None if epoch is None else int(epoch)

    def _read(self, **kw: Any) -> dict[str, Any] | None:
        if not self.path.is_file():
            return None
        try:
            return torch.load(self.path, weights_only=True, **kw)
        except Exception:  # a file from another torch version, or damaged: start over
            return None

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def rng_states(generators: dict[str, torch.Generator]) -> dict[str, torch.Tensor]:
    """The state of the named generators and of torch's global CPU (and CUDA) generators."""
    states = {name: g.get_state() for name, g in generators.items()}
    states["torch"] = torch.get_rng_state()
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        for i, s in enumerate(torch.cuda.get_rng_state_all()):
            states[f"cuda:{i}"] = s
    return states


def set_rng_states(generators: dict[str, torch.Generator], states: dict[str, torch.Tensor]) -> None:
    for name, g in generators.items():
        g.set_state(states[name])
    torch.set_rng_state(states["torch"])
    cuda = [states[k] for k in sorted(states) if k.startswith("cuda:")]
    if cuda:
        torch.cuda.set_rng_state_all(cuda)
