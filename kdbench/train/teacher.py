"""The teacher cache: a trained teacher's weights and record, stored once by teacher id and
shared by every student run (and every suite) that names it."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from kdbench.atomic import write_file, write_folder
from kdbench.backbones.base import Backbone
from kdbench.data.sources import cache_dir
from kdbench.errors import RunError
from kdbench.losses.base import DistillContext
from kdbench.losses.trajectory import TRAJECTORY_FILE, TeacherTrajectory

#: the sha256 of a cached teacher's ``model.pt``, written with it
WEIGHTS_DIGEST = "model.sha256"
#: files of a cached teacher folder that are not part of its run record
_NOT_RECORD = ("model.", "topk-", TRAJECTORY_FILE, ".")


class TeacherLists:
    """A frozen teacher's top-K item lists, stored beside its weights so students do not
    recompute them.

    ``topk-masked.npy`` / ``topk-all.npy``: int32 [U, K], best first (masked: the user's
    train items excluded). A request for k ≤ K is served by the first k columns (the top-k
    of a ranking is the prefix of its top-K; tied scores may order differently than a
    fresh top-k would); a larger k is computed once and replaces the file. At least
    ``min_k`` columns are computed, so later requests for other k hit the store. Files are
    written atomically: concurrent runs at worst compute the same lists twice.
    """

    def __init__(self, folder: Path, device: torch.device | str, min_k: int = 0) -> None:
        self.folder, self.device, self.min_k = Path(folder), device, min_k
        self._mem: dict[bool, torch.Tensor] = {}

    def path(self, mask_train: bool) -> Path:
        return self.folder / f"topk-{'masked' if mask_train else 'all'}.npy"

    def _load(self, mask_train: bool) -> torch.Tensor | None:
        path = self.path(mask_train)
        if not path.is_file():
            return None
        return torch.as_tensor(np.load(path).astype(np.int64), device=self.device)

    def get(
        self,
        k: int,
        mask_train: bool,
        compute: Callable[[int], torch.Tensor],
        n_items: int,
    ) -> torch.Tensor:
        """[U, k] top-k lists; ``compute(K)`` gives [U, K] lists when the store has too few."""
        lists = self._mem.get(mask_train)
        if lists is None or lists.shape[1] < k:
            lists = self._load(mask_train)
        if lists is None or lists.shape[1] < k:
            lists = compute(max(k, min(self.min_k, n_items)))
            buf = io.BytesIO()
            np.save(buf, lists.to(torch.int32).cpu().numpy())
            write_file(self.path(mask_train), buf.getvalue())
        self._mem[mask_train] = lists
        return lists[:, :k]


@dataclass
class StoredListsContext(DistillContext):
    """A DistillContext that takes the teacher's top-K lists from ``teacher_lists`` and
    its training trajectory, when a loss asks for it, from ``trajectory_file``."""

    teacher_lists: TeacherLists | None = None
    trajectory_file: Path | None = None

    def teacher_trajectory(self) -> TeacherTrajectory:
        if self.trajectory is None:
            path = self.trajectory_file
            if path is None:
                raise RunError(
                    "this loss distils the teacher's training trajectory, which teachers "
                    "sent to workers with their weights alone (Ray) do not carry; run it "
                    "with a local executor"
                )
            if not path.is_file():
                raise RunError(
                    f"the cached teacher {path.parent} has no training trajectory "
                    f"({TRAJECTORY_FILE}; teachers cached before kdbench recorded one): "
                    "remove that folder so the next run retrains the teacher (same id; the "
                    "same weights on the device and torch thread count its run.json records)"
                )
            self.trajectory = TeacherTrajectory.load(path, self.device)
        return self.trajectory

    def topk(self, model: Backbone, k: int, mask_train: bool) -> torch.Tensor:
        if model is self.teacher and self.teacher_lists is not None:
            compute = super().topk
            return self.teacher_lists.get(
                k, mask_train, lambda kk: compute(model, kk, mask_train), self.data.n_items
            )
        return super().topk(model, k, mask_train)


class TeacherCache:
    """``<cache>/teachers/<teacher_id>/``: ``model.pt``, the teacher's run record, its
    training trajectory (``trajectory.npz``, :class:`TeacherTrajectory`) and, when
    ``topk_lists`` is set, its stored top-K lists (:class:`TeacherLists`, at least
    ``topk_lists`` columns each; None: students compute the lists themselves)."""

    def __init__(self, root: str | Path | None = None, topk_lists: int | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir() / "teachers"
        self.topk_lists = topk_lists

    def folder(self, teacher_id: str) -> Path:
        return self.root / teacher_id

    def trajectory_path(self, teacher_id: str) -> Path:
        """Where the teacher's training trajectory is (recorded while it trained)."""
        return self.folder(teacher_id) / TRAJECTORY_FILE

    def has(self, teacher_id: str) -> bool:
        f = self.folder(teacher_id)
        return (f / "model.pt").is_file() and (f / "run.json").is_file()

    @staticmethod
    def weights_bytes(model: Backbone) -> bytes:
        buf = io.BytesIO()
        torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, buf)
        return buf.getvalue()

    def load_into(self, teacher_id: str, model: Backbone) -> Backbone:
        state = torch.load(
            self.folder(teacher_id) / "model.pt", map_location="cpu", weights_only=True
        )
        model.load_state_dict(state)
        return model

    def copy_record(self, teacher_id: str, dest: Path) -> None:
        """Copy the cached teacher's record files (not its weights) into a suite's store."""
        src = self.folder(teacher_id)
        files = {
            p.name: p.read_bytes() for p in src.iterdir() if not p.name.startswith(_NOT_RECORD)
        }
        write_folder(dest, files)

    def lists(self, teacher_id: str, device: torch.device | str) -> TeacherLists | None:
        """The teacher's stored top-K lists, or None when the option is off."""
        if self.topk_lists is None:
            return None
        return TeacherLists(self.folder(teacher_id), device, self.topk_lists)

    def save(self, teacher_id: str, model: Backbone, record: dict[str, bytes]) -> None:
        self.put(teacher_id, record, self.weights_bytes(model))

    def put(self, teacher_id: str, record: dict[str, bytes], weights: bytes) -> None:
        """Write the teacher's folder atomically: its record files, ``model.pt`` and the
        weights' sha256 (``weights_changed`` checks it)."""
        digest = hashlib.sha256(weights).hexdigest().encode()
        write_folder(
            self.folder(teacher_id), {**record, "model.pt": weights, WEIGHTS_DIGEST: digest}
        )

    def weights_changed(self, teacher_id: str) -> str | None:
        """How ``model.pt`` differs from the weights the teacher was saved with (their
        sha256, written beside them), or None. Weights of the right shapes but another
        training's (a file copied over, a bit flipped) would load and distil without an
        error: a wrong result that looks right. Folders cached before kdbench wrote the
        digest are not checked."""
        folder = self.folder(teacher_id)
        try:
            want = (folder / WEIGHTS_DIGEST).read_text().strip()
        except FileNotFoundError:
            return None
        with open(folder / "model.pt", "rb") as fh:
            got = hashlib.file_digest(fh, "sha256").hexdigest()
        if got != want:
            return (
                f"model.pt is not the weights it was saved with "
                f"(sha256 {got[:12]}…, saved {want[:12]}…)"
            )
        return None
