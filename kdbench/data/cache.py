"""The prepared-split cache: ``<cache>/prepared/<key>/`` holds ``splits.npz`` and
``meta.json``, written atomically, keyed by the sources' sha256 and the options."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from kdbench.atomic import write_folder
from kdbench.data.interactions import CSR, Interactions
from kdbench.data.sources import cache_dir

log = logging.getLogger(__name__)

#: bump when a change to parsing, filtering or splitting changes prepared splits
PREP_VERSION = 1
_SPLITS = ("train", "valid", "test")


def prepared_dir() -> Path:
    return cache_dir() / "prepared"


def cache_key(kind: str, sources: dict[str, str], options: dict[str, Any]) -> str:
    """Short sha256 of the dataset kind, every source file's sha256 and the options."""
    blob = json.dumps(
        {"version": PREP_VERSION, "kind": kind, "sources": sources, "options": options},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


#: what reading a damaged ``splits.npz`` / ``meta.json`` raises (truncated, zero bytes,
#: not a zip, a bad CRC, a member or key missing, a wrong type)
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile, zlib.error)


def load(key: str) -> Interactions | None:
    """The cached split for ``key``, or None: absent, or unreadable or not matching the
    fingerprint it was stored with (then a warning says so, and it is prepared again)."""
    folder = prepared_dir() / key
    if not (folder / "meta.json").exists() and not (folder / "splits.npz").exists():
        return None
    try:
        meta = json.loads((folder / "meta.json").read_text())
        with np.load(folder / "splits.npz") as z:
            splits = {s: CSR(z[f"{s}_indptr"], z[f"{s}_indices"]) for s in _SPLITS}
        data = Interactions(
            meta["name"], int(meta["n_users"]), int(meta["n_items"]), **splits, info=meta["info"]
        )
        ok = data.fingerprint == meta["fingerprint"]
    except _UNREADABLE as err:
        log.warning("%s: the cached split is unreadable (%s); preparing it again", folder, err)
        return None
    if not ok:
        log.warning(
            "%s: the cached split does not match its stored fingerprint (changed since it "
            "was written); preparing it again",
            folder,
        )
        return None
    return data


def save(key: str, data: Interactions) -> Path:
    buf = io.BytesIO()
    arrays = {}
    for s in _SPLITS:
        csr = data.split(s)
        arrays[f"{s}_indptr"], arrays[f"{s}_indices"] = csr.indptr, csr.indices
    np.savez(buf, **arrays)
    meta = {
        "name": data.name,
        "n_users": data.n_users,
        "n_items": data.n_items,
        "stats": data.stats(),
        "fingerprint": data.fingerprint,
        "info": data.info,
    }
    files = {"splits.npz": buf.getvalue(), "meta.json": json.dumps(meta, indent=2).encode()}
    return write_folder(prepared_dir() / key, files)


def entries() -> list[dict[str, Any]]:
    """meta.json of every cached split (with its ``key``), for ``kdbench data list``."""
    out = []
    root = prepared_dir()
    if not root.is_dir():
        return out
    for folder in sorted(root.iterdir()):
        if folder.name.startswith("."):
            continue
        try:
            meta = json.loads((folder / "meta.json").read_text())
        except (OSError, ValueError):
            continue
        out.append({"key": folder.name, **meta})
    return out
