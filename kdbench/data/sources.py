"""Where raw files come from: a local path, KDBENCH_DATA, the cache, a package resource."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from kdbench.errors import DataError


def cache_dir() -> Path:
    """``$KDBENCH_CACHE`` or ``~/.cache/kdbench``."""
    return Path(os.environ.get("KDBENCH_CACHE", Path.home() / ".cache" / "kdbench"))


def package_resource(package: str, relpath: str) -> Path | None:
    """Path of a data file shipped inside an installed package, without importing it.

    ``find_spec`` locates the package without running its ``__init__`` (RecBole's pulls in
    dependencies kdbench does not install).
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / relpath
        if path.is_file():
            return path
    return None


def find_file(
    dataset: str,
    filename: str,
    *,
    local: str | Path | None = None,
    resource: tuple[str, str] | None = None,
    how_to_get: str = "",
) -> Path:
    """Resolve a raw file of ``dataset`` in the documented order.

    1. ``local`` (a file, or a folder holding ``filename``);
    2. ``$KDBENCH_DATA/<dataset>/<filename>``;
    3. the cache, ``<cache>/raw/<dataset>/<filename>``;
    4. a package resource ``(package, path inside it)``.
    """
    looked: list[str] = []
    candidates: list[Path] = []
    if local is not None:
        p = Path(local).expanduser()
        candidates.append(p / filename if p.is_dir() else p)
    if os.environ.get("KDBENCH_DATA"):
        candidates.append(Path(os.environ["KDBENCH_DATA"]).expanduser() / dataset / filename)
    candidates.append(cache_dir() / "raw" / dataset / filename)
    for c in candidates:
        if c.is_file():
            return c
        looked.append(str(c))
    if resource is not None:
        p = package_resource(*resource)
        if p is not None:
            return p
        looked.append(f"package resource {resource[0]}:{resource[1]}")
    hint = f"; {how_to_get}" if how_to_get else ""
    raise DataError(f"{dataset}: {filename} not found (looked in {', '.join(looked)}){hint}")
