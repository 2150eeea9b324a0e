"""The teacher cache: a trained teacher's weights and record, stored once by teacher id and
shared by every student run (and every suite) that names it."""

from __future__ import annotations

import io
from pathlib import Path

import torch

from kdbench.atomic import write_folder
from kdbench.backbones.base import Backbone
from kdbench.data.sources import cache_dir


class TeacherCache:
    """``<cache>/teachers/<teacher_id>/``: ``model.pt`` plus the teacher's run record."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir() / "teachers"

    def folder(self, teacher_id: str) -> Path:
        return self.root / teacher_id

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
        write_folder(dest, {p.name: p.read_bytes() for p in src.iterdir() if p.name != "model.pt"})

    def save(self, teacher_id: str, model: Backbone, record: dict[str, bytes]) -> None:
        write_folder(self.folder(teacher_id), {**record, "model.pt": self.weights_bytes(model)})
