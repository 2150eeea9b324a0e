"""Which training a run record is the result of: a digest of its test top-K lists.

A run id names a configuration, not a result: the same spec trained on another device
(the CUDA generator draws other samples than the CPU's) or torch build is another draw.
Its teacher's lists tell which training of a teacher a student was distilled from, so
the runner and the report layer can refuse to put students of two trainings of one
teacher id in one block. No torch here: the report layer imports it.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from pathlib import Path

import numpy as np

#: list columns the digest covers: every record keeps at least these (its smallest
#: cutoff); two trainings of a teacher differ there for nearly every user
DEPTH = 10


def lists_digest(folder: str | Path) -> str | None:
    """sha256 (16 hex digits) of a record's test top-K lists: ``topk.npz``'s ``user`` and
    the first ``DEPTH`` columns of ``items``, as int64 (not of the file: migrations add
    arrays, and records of one training kept lists of other depths, 20 or 100, whose
    prefixes agree). None when the record has no readable lists."""
    path = Path(folder) / "topk.npz"
    try:
        with np.load(path) as z:
            if "user" not in z.files or "items" not in z.files:
                return None
            h = hashlib.sha256()
            for name, a in (("user", z["user"]), ("items", z["items"][:, :DEPTH])):
                a = np.ascontiguousarray(a, dtype="<i8")
                h.update(f"{name}{a.shape}".encode())
                h.update(a.tobytes())
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error):
        return None
    return h.hexdigest()[:16]


def trained_on(folder: str | Path) -> str:
    """'cuda, torch 2.11.0+cu130' from a record's provenance ('?' for what it lacks), with
    the CPU's vector width where the record names it ('cpu AVX512, torch 2.13.0+cpu')."""
    try:
        prov = json.loads((Path(folder) / "run.json").read_text()).get("provenance", {})
    except (OSError, ValueError):
        prov = {}
    device = prov.get("device", "?")
    if device == "cpu" and prov.get("cpu_capability"):
        device = f"cpu {prov['cpu_capability']}"
    return f"{device}, torch {prov.get('torch', '?')}"


#: what trains a run that may change its low bits: commit (and a checkout that differs from
#: it), torch build, CPU and its kernels, device, threads (``provenance`` in run.json)
TRAINER_KEYS = ("git_sha", "git_dirty", "torch", "cpu", "cpu_capability", "device", "threads")


def resumed_otherwise(provenance: dict) -> str | None:
    """Where a resumed run's earlier parts (``provenance.earlier_parts``) were trained by
    another commit, torch, CPU, device or thread count than its last part: 'from epoch 0:
    git_sha 1c628a2…, cpu Intel Xeon' per such part; None when every part agrees (or the
    run was never resumed)."""
    notes = []
    for part in provenance.get("earlier_parts", []):
        if part.get("unknown"):
            notes.append(f"from epoch {part['from_epoch']}: unrecorded")
            continue
        other = [
            f"{k} {part.get(k)}"
            for k in TRAINER_KEYS
            if k in part and part.get(k) != provenance.get(k)
        ]
        if other:
            notes.append(f"from epoch {part['from_epoch']}: {', '.join(other)}")
    return "; ".join(notes) or None
