"""Atomic folder writes: assemble in a temporary sibling, fsync every file, rename."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path


def _fsync_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_folder(folder: str | Path, files: dict[str, bytes]) -> Path:
    """Create ``folder`` holding exactly ``files`` (name → content), atomically.

    A reader sees the old folder or the whole new one, never a part; a process killed
    mid-write leaves only a ``.tmp-*`` sibling, which readers ignore. An existing folder
    is replaced.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".tmp-{folder.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        for name, data in files.items():
            _fsync_write(tmp / name, data)
        if folder.exists():
            old = folder.parent / f".old-{folder.name}-{uuid.uuid4().hex[:8]}"
            folder.rename(old)
            tmp.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(folder)
        dir_fd = os.open(folder.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def write_file(path: str | Path, data: bytes) -> Path:
    """Write one file atomically (temporary name, fsync, rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".tmp-{path.name}-{uuid.uuid4().hex[:8]}"
    try:
        _fsync_write(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
