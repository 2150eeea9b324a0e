"""Read run records of a suite output folder (``runs/<run_id>/``), nothing else: the report
layer never imports the training stack."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kdbench.errors import ConfigError, DataError


def runs_folder(output: str | Path) -> Path:
    """``output/runs``, or a one-line error if ``output`` is not a suite output folder."""
    runs = Path(output) / "runs"
    if not runs.is_dir():
        raise ConfigError(
            f"{output}: no runs/ folder; pass the 'output' folder of a suite that has run"
        )
    return runs


def read_records(output: str | Path) -> list[dict[str, Any]]:
    """Every complete run.json (temporary folders of interrupted writes are ignored)."""
    runs = runs_folder(output)
    out = []
    for folder in sorted(runs.iterdir()):
        path = folder / "run.json"
        if folder.name.startswith(".") or not path.is_file():
            continue
        try:
            rec = json.loads(path.read_text())
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise DataError(
                f"{path}: unreadable run record ({type(err).__name__}; cut short by a full "
                f"disk or a copy?): remove the folder {folder} and run the suite again to redo "
                "that run"
            ) from None
        out.append(rec)
    return out


def per_user(
    output: str | Path, run_id: str, keys: list[str] | None = None
) -> dict[str, np.ndarray] | None:
    """The run's per-user arrays: ``user`` and one [n_users] array per metric (only
    ``keys`` when given, those present), or None if the run has no per-user file."""
    return _npz(Path(output) / "runs" / run_id / "per_user.npz", keys)


def topk(output: str | Path, run_id: str) -> dict[str, np.ndarray] | None:
    """The run's test top-K lists: ``user`` [n_users] and ``items`` [n_users, K], or None
    if the run has no top-K file."""
    return _npz(Path(output) / "runs" / run_id / "topk.npz")


def _npz(path: Path, keys: list[str] | None = None) -> dict[str, np.ndarray] | None:
    """``user`` and the arrays named in ``keys`` (all when None) that the file has."""
    if not path.is_file():
        return None
    try:
        with np.load(path) as z:
            wanted = z.files if keys is None else ["user", *(k for k in keys if k in z.files)]
            return {k: z[k] for k in wanted}
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error) as err:
        raise DataError(
            f"{path}: unreadable ({type(err).__name__}: {str(err)[:80]}); remove the folder "
            f"{path.parent} and run the suite again to redo that run"
        ) from None


def curve(output: str | Path, run_id: str) -> pd.DataFrame | None:
    """The run's training curve (epoch, train loss, validation metric...), or None."""
    path = Path(output) / "runs" / run_id / "curve.csv"
    if not path.is_file():
        return None
    return pd.read_csv(io.StringIO(path.read_text()))
