"""Read run records of a suite output folder (``runs/<run_id>/``), nothing else: the report
layer never imports the training stack."""

from __future__ import annotations

import functools
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kdbench.digest import lists_digest, trained_on
from kdbench.errors import ConfigError, DataError
from kdbench.eval.metrics import compute, is_view, parse_metric, unpack_hits
from kdbench.report.tuning import TUNE_JSON


def runs_folder(output: str | Path) -> Path:
    """``output/runs``, or a one-line error if ``output`` is not a suite output folder."""
    runs = Path(output) / "runs"
    if not runs.is_dir():
        if (Path(output) / TUNE_JSON).is_file():
            raise ConfigError(
                f"{output}: a tuning still in its trials (no runs/ yet, its finals come once "
                f"every study is settled): kdbench tune-report {output} shows how far it got"
            )
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


def lineage_problem(
    output: str | Path, rec: dict[str, Any], memo: dict[str, str | None] | None = None
) -> str | None:
    """Why a student record here does not belong beside its teacher's record here: it was
    distilled from another training of that teacher (its ``teacher_lists`` digest, written
    by the runner, is not the digest of the teacher record's test top-K lists). Without a
    readable teacher record here, the students of one teacher must name one training
    (the first one checked sets it). None when it matches or cannot be checked (a record
    from before kdbench wrote the digest). ``memo`` keeps digests between calls."""
    memo = {} if memo is None else memo
    tid, theirs = rec.get("teacher_id"), rec.get("teacher_lists")
    if not tid or not theirs:
        return None
    folder = Path(output) / "runs" / tid
    if tid not in memo:
        memo[tid] = lists_digest(folder)
    if memo[tid] is None:  # no teacher record to compare with: the students agree
        first = memo.setdefault(f"{tid}/students", theirs)
        if first == theirs:
            return None
        return (
            f"distilled from another training of teacher {tid} than other students here "
            f"(no readable record of the teacher here): {theirs} vs {first}"
        )
    if memo[tid] == theirs:
        return None
    return (
        f"distilled from another training of teacher {tid} than the record of it here "
        f"({trained_on(folder)}): their test top-K lists differ ({theirs} vs {memo[tid]})"
    )


def check_lineage(output: str | Path, records: list[dict[str, Any]]) -> None:
    """One-line error for the first finished student that :func:`lineage_problem` finds."""
    memo: dict[str, str | None] = {}
    for rec in records:
        problem = rec.get("status") == "done" and lineage_problem(output, rec, memo)
        if problem:
            raise DataError(
                f"{runs_folder(output) / rec['run_id']}: {problem}. Train the student again "
                "with this teacher, or keep the two trainings in separate folders"
            )


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


def lists(output: str | Path, rec: dict[str, Any]) -> Lists | None:
    """The hit lists of a finished run; None when it kept none (no topk.npz, or one
    written before records kept hit matrices)."""
    path = Path(output) / "runs" / rec["run_id"] / "topk.npz"
    if not path.is_file():
        return None
    return _lists(str(path), path.stat().st_mtime_ns, rec["run_id"])


@functools.lru_cache(maxsize=512)
def _lists(path: str, mtime_ns: int, run_id: str) -> Lists | None:
    """Read once per file version; reports ask for the same run several times."""
    with np.load(path) as z:
        if "hits" not in z.files:
            return None
        packed = {"test": z["hits"]}
        n_targets = {"test": z["targets"]}
        if "valid_hits" in z.files:
            packed["valid"], n_targets["valid"] = z["valid_hits"], z["valid_targets"]
        return Lists(run_id, int(z["depth"]), z["user"], packed, n_targets)


def check_depth(rec: dict[str, Any], depth: int, metrics: list[str] | tuple[str, ...]) -> None:
    """A one-line error when a metric's K is deeper than the run's stored lists."""
    for m in metrics:
        if is_view(m) and parse_metric(m)[1] > depth:
            raise ConfigError(
                f"{m}: run {describe(rec)} stored its top-{depth} lists, so metrics need "
                f"K ≤ {depth}; drop {m}, or run the suite into a new output folder (new runs "
                "store at least the top-100)"
            )


def metric_arrays(
    output: str | Path,
    rec: dict[str, Any],
    metrics: list[str] | tuple[str, ...],
    split: str,
    required: bool = True,
) -> dict[str, np.ndarray]:
    """``user`` and the per-user values [U] of ``metrics`` on ``split``.

    Ranking metrics (``kdbench.eval.metrics.KINDS``) are computed from the record's hit
    lists; other metrics, and any metric of a record without lists of ``split`` (the
    valid split of migrated runs, records of other tools), come from ``per_user.npz``.
    A metric found in neither is a one-line error when ``required``, else left out."""
    found = lists(output, rec)
    has_lists = found is not None and split in found.packed
    views = [m for m in metrics if has_lists and is_view(m)]
    out: dict[str, np.ndarray] = {}
    if views:
        check_depth(rec, found.depth, views)
        hits, n_targets = found.hits(split), found.n_targets[split]
        out = {"user": found.user, **{m: compute(m, hits, n_targets) for m in views}}
    rest = [m for m in metrics if m not in out]
    if rest:
        key = {m: m if split == "test" else f"{split}_{m}" for m in rest}
        stored = per_user(output, rec["run_id"], list(key.values())) or {}
        if "user" in stored and (not out or np.array_equal(stored["user"], out["user"])):
            out.setdefault("user", stored["user"])
            out.update({m: stored[key[m]] for m in rest if key[m] in stored})
    missing = [m for m in metrics if m not in out]
    if missing and required:
        raise ConfigError(_missing(output, rec, missing[0], found is not None))
    return out


def _missing(output: str | Path, rec: dict[str, Any], metric: str, has_lists: bool) -> str:
    if has_lists or not is_view(metric):
        return f"{metric}: run {describe(rec)} recorded no such metric"
    return (
        f"{metric}: run {describe(rec)} kept no hit lists (written before metrics were "
        f"views of them); run 'kdbench migrate {output}' once to add them"
    )


def run_metrics(
    output: str | Path, run_id: str, metrics: list[str] | tuple[str, ...]
) -> dict[str, np.ndarray] | None:
    """``user`` and each metric's per-user test values of run ``run_id`` (see
    ``metric_arrays``); None when the run has no per-user values at all."""
    folder = Path(output) / "runs" / run_id
    rec = json.loads((folder / "run.json").read_text())
    out = metric_arrays(output, rec, metrics, "test", required=False)
    return out if "user" in out else None
