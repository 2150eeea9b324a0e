"""Read run records of a suite output folder (``runs/<run_id>/``), nothing else: the report
layer never imports the training stack."""

from __future__ import annotations

import functools
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kdbench.errors import ConfigError
from kdbench.eval.metrics import compute, parse_metric, unpack_hits


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
        out.append(json.loads(path.read_text()))
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
    with np.load(path) as z:
        wanted = z.files if keys is None else ["user", *(k for k in keys if k in z.files)]
        return {k: z[k] for k in wanted}


def curve(output: str | Path, run_id: str) -> pd.DataFrame | None:
    """The run's training curve (epoch, train loss, validation metric...), or None."""
    path = Path(output) / "runs" / run_id / "curve.csv"
    if not path.is_file():
        return None
    return pd.read_csv(io.StringIO(path.read_text()))


@dataclass(frozen=True)
class Lists:
    """What a run's metrics are views of: per split, the hit matrix of its top-``depth``
    lists (packed bits, [U, ⌈depth/8⌉] uint8) and each user's target count [U]."""

    run_id: str
    depth: int
    user: np.ndarray
    packed: dict[str, np.ndarray]
    n_targets: dict[str, np.ndarray]

    def hits(self, split: str) -> np.ndarray:
        """[U, depth] bool, rank order."""
        return unpack_hits(self.packed[split], self.depth)


def describe(rec: dict[str, Any]) -> str:
    """'0a1b2c3d4e5f6a7b (citeulike-t mf-t→mf-s ce seed 2)': which run, for messages."""
    labels = rec.get("labels", {})
    what = [rec.get("data", {}).get("name") or rec.get("spec", {}).get("dataset", {}).get("name")]
    if rec.get("kind") == "teacher":
        what += [labels.get("backbone"), "teacher"]
    else:
        seed = rec.get("spec", {}).get("seed")
        what += [labels.get("pair"), labels.get("method"), f"seed {seed}"]
    return f"{rec.get('run_id')} ({' '.join(str(w) for w in what if w)})"


def lists(output: str | Path, rec: dict[str, Any]) -> Lists:
    """The hit lists of a finished run, or a one-line error saying how to get them."""
    path = Path(output) / "runs" / rec["run_id"] / "topk.npz"
    if not path.is_file():
        raise ConfigError(f"{path}: missing; this run's metrics cannot be computed (rerun it)")
    return _lists(str(path), path.stat().st_mtime_ns, rec["run_id"], str(output))


@functools.lru_cache(maxsize=512)
def _lists(path: str, mtime_ns: int, run_id: str, output: str) -> Lists:
    """Read once per file version; reports ask for the same run several times."""
    with np.load(path) as z:
        if "hits" not in z.files:
            raise ConfigError(
                f"{path}: written before metrics were views of the ranked lists (no hit "
                f"matrix); run 'kdbench migrate {output}' once to add it"
            )
        packed = {"test": z["hits"]}
        n_targets = {"test": z["targets"]}
        if "valid_hits" in z.files:
            packed["valid"], n_targets["valid"] = z["valid_hits"], z["valid_targets"]
        return Lists(run_id, int(z["depth"]), z["user"], packed, n_targets)


def check_depth(rec: dict[str, Any], depth: int, metrics: list[str] | tuple[str, ...]) -> None:
    """A one-line error when a metric's K is deeper than the run's stored lists."""
    for m in metrics:
        if parse_metric(m)[1] > depth:
            raise ConfigError(
                f"{m}: run {describe(rec)} stored its top-{depth} lists, so metrics need "
                f"K ≤ {depth}; drop {m}, or run the suite into a new output folder (new runs "
                "store at least the top-100)"
            )


def metric_arrays(
    output: str | Path, rec: dict[str, Any], metrics: list[str] | tuple[str, ...], split: str
) -> dict[str, np.ndarray] | None:
    """``user`` and each metric's per-user values [U] on ``split``, computed from the
    record's hit lists; None for a split the record kept no hit lists of (the valid split
    of migrated runs: their run.json summary has its means)."""
    found = lists(output, rec)
    if split not in found.packed:
        return None
    check_depth(rec, found.depth, metrics)
    hits, n_targets = found.hits(split), found.n_targets[split]
    return {"user": found.user, **{m: compute(m, hits, n_targets) for m in metrics}}


def run_metrics(
    output: str | Path, run_id: str, metrics: list[str] | tuple[str, ...]
) -> dict[str, np.ndarray] | None:
    """``user`` and each metric's per-user test values of run ``run_id``, computed from
    its hit lists; None when the run kept no lists."""
    folder = Path(output) / "runs" / run_id
    if not (folder / "topk.npz").is_file():
        return None
    rec = json.loads((folder / "run.json").read_text())
    return metric_arrays(output, rec, metrics, "test")
