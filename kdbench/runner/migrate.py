"""Bring run records written before metrics became views of the ranked lists up to date.

Those records hashed the suite's metric list into their run id, and their ``topk.npz``
held only the lists. Migrating a record

- recomputes its run id from its spec without the metric list (``RunSpec.canonical``),
  its teacher's id likewise, and renames its folder;
- rewrites ``run.json``: the new ids, the spec without metrics, and ``eval`` (the depth
  of its stored lists, and the metrics it reported, in ``order``);
- adds to ``topk.npz`` the test hit matrix of its lists and each user's test target
  count, computed from the run's own split (its fingerprint is checked), so reports need
  no data afterwards. The valid split kept no lists: its means stay in run.json.

It works on suite output folders (``runs/<id>/``) and on the teacher cache
(``<cache>/teachers/<id>/``, weights and teacher lists move with the folder). Running it
again changes nothing. Every file is replaced atomically; a folder is renamed last, so
an interrupted migration resumes where it stopped.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kdbench.atomic import write_file
from kdbench.data import Interactions, load_dataset
from kdbench.errors import ConfigError
from kdbench.eval.metrics import KINDS, pack_hits, parse_metric
from kdbench.eval.ranking import DeviceCSR
from kdbench.suite.spec import run_id_of


@dataclass
class Migration:
    """What a migration did: old id → new id of every record, and those left alone."""

    renamed: dict[str, str] = field(default_factory=dict)
    updated: list[str] = field(default_factory=list)  # same id, files rewritten
    current: list[str] = field(default_factory=list)  # already migrated
    conflicts: list[str] = field(default_factory=list)  # the new id's folder exists


def check_current(folders: list[Path]) -> None:
    """A one-line error when a folder holds records of an older kdbench (their ids hash
    the metric list): a run would not find them and would train everything again."""
    for folder in folders:
        runs = Path(folder) / "runs"
        if not runs.is_dir():
            continue
        for sub in sorted(runs.iterdir()):
            path = sub / "run.json"
            if sub.name.startswith(".") or not path.is_file():
                continue
            if "metrics" in json.loads(path.read_text()).get("spec", {}):
                raise ConfigError(
                    f"{folder}: its runs were recorded by an older kdbench (their ids hash "
                    f"the metric list) and would all train again; run 'kdbench migrate "
                    f"{folder}' once first"
                )
            break  # a folder is written by one kdbench: its first record tells


def _strip(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec without its metric list, its teacher's too (the new canonical form)."""
    out = {k: v for k, v in spec.items() if k != "metrics"}
    if isinstance(out.get("teacher"), dict):
        out["teacher"] = _strip(out["teacher"])
    return out


def suite_order(metrics: list[str]) -> list[str]:
    """recall@10, ndcg@10, recall@20, ndcg@20: by cutoff, then recall, ndcg, … (the order
    suites list them in; old records kept only a sorted set)."""

    def key(m: str) -> tuple[int, int]:
        kind, k = parse_metric(m)
        return k, KINDS.index(kind)

    return sorted(metrics, key=key)


def _teacher_ids(records: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Old → new id of every teacher named by the records: their own ids, and those
    that student specs embed."""
    out = {}
    for rec in records.values():
        spec, fp = rec.get("spec", {}), rec.get("data", {}).get("fingerprint")
        if fp is None:
            continue
        if rec.get("kind") == "teacher":
            out[run_id_of(spec, fp)] = run_id_of(_strip(spec), fp)
        if isinstance(spec.get("teacher"), dict):
            out[run_id_of(spec["teacher"], fp)] = run_id_of(_strip(spec["teacher"]), fp)
    return out


def _hits(data: Interactions, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[U, D] bool hit matrix of ``items`` against the test split, and [U] target counts."""
    import torch

    test = DeviceCSR(data.test, data.n_items, "cpu")
    ranked = torch.as_tensor(items.astype(np.int64))
    users = torch.arange(len(items))[:, None].expand_as(ranked)
    return test.contains(users, ranked).numpy(), test.lengths.numpy().astype(np.int32)


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return buf.getvalue()


def _read(folder: Path) -> dict[str, dict[str, Any]]:
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder")
    out = {}
    for sub in sorted(folder.iterdir()):
        if sub.is_dir() and not sub.name.startswith(".") and (sub / "run.json").is_file():
            out[sub.name] = json.loads((sub / "run.json").read_text())
    return out


def migrate_folders(
    folders: list[str | Path],
    order: list[str] | None = None,
    dataset: Callable[[dict[str, Any]], Interactions] | None = None,
) -> list[Migration]:
    """Migrate every record folder ``<folder>/<id>/`` of each folder (see the module
    docstring), one Migration per folder. Teacher ids are mapped across all of them: a
    no-KD student copied from another suite names that suite's teacher, whose record
    may live in another folder given here.

    ``order``: the metric order to record (default ``suite_order``); ``dataset``: the
    prepared split of a record's dataset spec (default ``load_dataset``, cached)."""
    found = [(Path(f), _read(Path(f))) for f in folders]
    teachers: dict[str, str] = {}
    for _, records in found:
        teachers.update(_teacher_ids(records))
    splits: dict[str, Interactions] = {}

    def split_of(spec: dict[str, Any]) -> Interactions:
        key = json.dumps(spec, sort_keys=True)
        if key not in splits:
            if dataset is not None:
                splits[key] = dataset(spec)
            else:
                options = {k: v for k, v in spec.items() if k != "name"}
                splits[key] = load_dataset(spec["name"], **options)
        return splits[key]

    return [_migrate(folder, records, teachers, order, split_of) for folder, records in found]


def _migrate(
    folder: Path,
    records: dict[str, dict[str, Any]],
    teachers: dict[str, str],
    order: list[str] | None,
    split_of: Callable[[dict[str, Any]], Interactions],
) -> Migration:
    out = Migration()
    for name, rec in records.items():
        path = folder / name
        spec = _strip(rec["spec"])
        fp = rec.get("data", {}).get("fingerprint") or split_of(spec["dataset"]).fingerprint
        new_id = run_id_of(spec, fp)
        changed = _migrate_files(path, rec, spec, new_id, teachers, order, split_of)
        if new_id == name:
            (out.updated if changed else out.current).append(name)
            continue
        target = folder / new_id
        if target.exists():
            out.conflicts.append(name)
            continue
        os.rename(path, target)  # last: an interrupted migration finds the files done
        out.renamed[name] = new_id
    return out


def _migrate_files(
    path: Path,
    rec: dict[str, Any],
    spec: dict[str, Any],
    new_id: str,
    teachers: dict[str, str],
    order: list[str] | None,
    split_of: Callable[[dict[str, Any]], Interactions],
) -> bool:
    """Rewrite one record's topk.npz and run.json in place; False when both are current."""
    changed = False
    topk = path / "topk.npz"
    depth = rec.get("eval", {}).get("depth")
    if rec.get("status") == "done" and topk.is_file():
        with np.load(topk) as z:
            arrays = {k: z[k] for k in z.files}
        if "hits" not in arrays:
            data = split_of(spec["dataset"])
            if data.fingerprint != rec["data"]["fingerprint"]:
                raise ConfigError(
                    f"{path}: its split fingerprint is not that of {spec['dataset']['name']} "
                    "here (other data or options); migrate it where its data is"
                )
            hits, n_targets = _hits(data, arrays["items"])
            depth = int(arrays["items"].shape[1])
            arrays.update(depth=np.int64(depth), hits=pack_hits(hits), targets=n_targets)
            write_file(topk, _npz(arrays))
            changed = True
        depth = int(arrays["depth"])
    new = dict(rec)
    new["run_id"], new["spec"] = new_id, spec
    if rec.get("teacher_id"):
        new["teacher_id"] = teachers.get(rec["teacher_id"], rec["teacher_id"])
    if rec.get("status") == "done" and "eval" not in rec:
        listed = list(rec.get("summary", {}).get("test", {}))
        first = [m for m in order or [] if m in listed]
        metrics = first + suite_order([m for m in listed if m not in first])
        new["eval"] = {"depth": depth, "metrics": metrics}
    if new != rec:
        body = json.dumps(new, indent=2, sort_keys=True, default=str).encode()
        write_file(path / "run.json", body)
        changed = True
    return changed
