"""The run store: one folder per run under ``<output>/runs/<run_id>``, written atomically
(``kdbench.atomic``), so a reader or a resumed runner sees a whole record or none."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from kdbench.atomic import write_folder
from kdbench.errors import ConfigError
from kdbench.runner.lock import RunLock, lock_owner


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return buf.getvalue()


def record_files(
    run: dict[str, Any],
    per_user: dict[str, np.ndarray] | None = None,
    topk: dict[str, np.ndarray] | None = None,
    curve_csv: str | None = None,
) -> dict[str, bytes]:
    """The files of a run record, as bytes."""
    files = {"run.json": json.dumps(run, indent=2, sort_keys=True, default=str).encode()}
    if per_user is not None:
        files["per_user.npz"] = _npz_bytes(per_user)
    if topk is not None:
        files["topk.npz"] = _npz_bytes(topk)
    if curve_csv is not None:
        files["curve.csv"] = curve_csv.encode()
    return files


class Store:
    """Run records of one suite output folder."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.runs = self.root / "runs"

    def folder(self, run_id: str) -> Path:
        return self.runs / run_id

    def read(self, run_id: str) -> dict[str, Any] | None:
        """The run's ``run.json``, or None when it has none or an unreadable one. Whether
        the rest of the record is whole is ``damage``'s question."""
        return _read_json(self.folder(run_id) / "run.json")

    def damage(self, run_id: str) -> str | None:
        """What is wrong with the run's record, or None (none, or a sound one)."""
        return record_damage(self.folder(run_id))

    def status(self, run_id: str) -> str:
        """'done', 'failed' or 'todo' (no record, or a damaged one: to be done again)."""
        rec = self.read(run_id)
        return rec["status"] if rec and not self.damage(run_id) else "todo"

    def records(self) -> list[dict[str, Any]]:
        """Every complete record (temporary folders are ignored)."""
        if not self.runs.is_dir():
            return []
        out = []
        for folder in sorted(self.runs.iterdir()):
            if folder.name.startswith(".") or not (folder / "run.json").is_file():
                continue
            rec = _read_json(folder / "run.json")
            if rec is not None:
                out.append(rec)
        return out

    def lock(self, run_id: str) -> RunLock:
        """The run's lock (not yet acquired): held while a runner computes or writes it."""
        return RunLock(self.runs / f".lock-{run_id}")

    def owner(self, run_id: str) -> dict[str, Any] | None:
        """{pid, host, since} of the live runner working on ``run_id``, or None."""
        return lock_owner(self.runs / f".lock-{run_id}")

    def adopt(self, run_id: str, source: Store) -> bool:
        """Copy ``source``'s finished record of ``run_id`` here, atomically and under the
        run's lock, unless this store has it done already or another runner holds it.
        True if copied."""
        if source.status(run_id) != "done":
            return False
        lock = self.lock(run_id)
        if not lock.acquire():
            return False
        try:
            if self.status(run_id) == "done":
                return False
            files = {p.name: p.read_bytes() for p in source.folder(run_id).iterdir() if p.is_file()}
            write_folder(self.folder(run_id), files)
        finally:
            lock.release()
        return True

    def relabel(self, run_id: str, labels: dict[str, str]) -> None:
        """Give the run's record these display labels (method and backbone aliases, which
        do not enter the run id), under its lock; its results stay as they are. Nothing
        when it has them already, has no record, or another runner holds it."""
        rec = self.read(run_id)
        if rec is None or rec.get("labels") == labels:
            return
        lock = self.lock(run_id)
        if not lock.acquire():
            return
        try:
            folder = self.folder(run_id)
            files = {p.name: p.read_bytes() for p in folder.iterdir()}
            files.update(record_files({**rec, "labels": labels}))
            write_folder(folder, files)
        finally:
            lock.release()

    def discard(self, run_id: str) -> bool:
        """Remove the run's record (under its lock), so that it is computed again; False
        when another runner holds the run. Renamed away first, so a reader sees the
        whole record or none."""
        lock = self.lock(run_id)
        if not lock.acquire():
            return False
        try:
            folder = self.folder(run_id)
            if folder.exists():
                old = folder.parent / f".old-{run_id}-{uuid.uuid4().hex[:8]}"
                folder.rename(old)
                shutil.rmtree(old, ignore_errors=True)
        finally:
            lock.release()
        return True

    def clean_temporaries(self) -> None:
        """Remove leftovers of runs killed mid-write (not those of a live runner)."""
        clean_temporaries(self.runs)


def _read_json(path: Path) -> dict[str, Any] | None:
    """A run.json with a status, or None (absent, or unreadable: cut short, garbage)."""
    try:
        rec = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return rec if isinstance(rec, dict) and "status" in rec else None


#: the files of a finished run's record besides run.json, and the arrays each must hold
_DONE_FILES = {"per_user.npz": ("user.npy",), "topk.npz": ("user.npy", "items.npy")}


def record_damage(folder: Path) -> str | None:
    """A cheap check of a run record (no array is read): run.json parses and has a status,
    and a finished run's ``per_user.npz`` and ``topk.npz`` are there and are zip archives
    holding their arrays. What is wrong, in a few words, or None."""
    path = folder / "run.json"
    if not path.is_file():
        return None
    try:
        rec = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return f"{path} is unreadable ({type(err).__name__})"
    if not isinstance(rec, dict) or rec.get("status") not in ("done", "failed", "pruned"):
        return f"{path} has no status done, failed or pruned"
    if rec["status"] != "done":
        return None
    for name, members in _DONE_FILES.items():
        file = folder / name
        if not file.is_file():
            return f"{file} is missing"
        try:
            with zipfile.ZipFile(file) as zf:
                missing = [m for m in members if m not in zf.namelist()]
        except (OSError, zipfile.BadZipFile) as err:
            return f"{file} is not a readable .npz ({err})"
        if missing:
            return f"{file} lacks {', '.join(m.removesuffix('.npy') for m in missing)}"
    return None


def reuse_sources(sources: list[Path]) -> list[Path]:
    """The ``--reuse`` folders that hold runs; a one-line error for a folder that is no
    kdbench output (a tuned suite's, still in its trials, has only ``tuning/``)."""
    out = []
    for src in sources:
        if (Path(src) / "runs").is_dir():
            out.append(Path(src))
        elif not (Path(src) / "tuning").is_dir():
            raise ConfigError(f"--reuse {src}: not a kdbench output folder (no {src}/runs)")
    return out


def reuse_records(store: Store, sources: list[Path], run_ids: list[str]) -> int:
    """Copy into ``store`` the finished records of ``run_ids`` found in ``sources`` (other
    suites' output folders, or published results folders), the first source first. A run
    id hashes the run's whole spec and its data's fingerprint, so a record with the same id
    is this run's result, wherever it was computed. Returns how many were copied."""
    stores = [Store(src) for src in reuse_sources(sources)]
    copied = 0
    for run_id in run_ids:
        copied += any(store.adopt(run_id, source) for source in stores)
    return copied


def clean_temporaries(folder: Path) -> None:
    """Remove ``.tmp-NAME-*`` / ``.old-NAME-*`` folders (``kdbench.atomic`` leftovers) of
    ``folder`` unless a live process holds ``.lock-NAME``, and locks of dead runners."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.name.startswith(".lock-"):
            lock = RunLock(path)  # a dead runner's lock: taking it and letting go removes it
            if lock.acquire():
                lock.release()
            continue
        if not path.name.startswith((".tmp-", ".old-")):
            continue
        name = path.name[5:].rsplit("-", 1)[0]
        if lock_owner(folder / f".lock-{name}") is None:
            with contextlib.suppress(OSError):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
