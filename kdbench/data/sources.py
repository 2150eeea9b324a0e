"""Where raw files come from, in order: a local path (the suite's ``path`` or
``$KDBENCH_DATA``), the cache, a package resource, then a checked download."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from kdbench.data.download import Progress, download
from kdbench.errors import DataError, DataNotPresent


def cache_dir() -> Path:
    """``$KDBENCH_CACHE`` or ``~/.cache/kdbench``."""
    return Path(os.environ.get("KDBENCH_CACHE", Path.home() / ".cache" / "kdbench"))


def raw_dir(dataset: str) -> Path:
    """Where downloads of ``dataset`` are kept: ``<cache>/raw/<dataset>``."""
    return cache_dir() / "raw" / dataset


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


@dataclass(frozen=True)
class Remote:
    """A downloadable release: its URL, the file name to keep it under, and its sha256.

    ``sha256`` is None where no checksum is pinned; such a file is downloaded only when
    the user supplies one (``sha256:`` in the suite, ``--sha256`` on the CLI).
    """

    url: str
    filename: str
    sha256: str | None = None


@dataclass(frozen=True)
class RawFile:
    """One raw input of a dataset: the names it may have on disk (first found wins),
    where a package ships it, where to download it, and a hint for the error message."""

    names: tuple[str, ...]
    resource: tuple[str, str] | None = None
    remote: Remote | None = None
    how_to_get: str = ""


def _in_folder(folder: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        if (folder / name).is_file():
            return folder / name
    return None


def find_file(
    dataset: str,
    raw: RawFile,
    *,
    local: str | Path | None = None,
    url: str | None = None,
    sha256: str | None = None,
    progress: Progress | None = None,
    download_ok: bool = True,
) -> Path:
    """Resolve a raw file of ``dataset`` in the documented order.

    1. ``local``: a file, or a folder holding one of ``raw.names`` (an explicit path that
       does not exist is an error, never silently replaced by another source);
    2. ``$KDBENCH_DATA/<dataset>/<name>``;
    3. the cache, ``<cache>/raw/<dataset>/<name>``;
    4. a package resource;
    5. a download of ``raw.remote`` (``url`` replaces its URL, e.g. a mirror; ``sha256``
       supplies the checksum where none is pinned), verified before it is kept.

    ``download_ok=False`` stops before step 5 with :class:`DataNotPresent`.
    """
    if local is not None:
        p = Path(local).expanduser()
        found = _in_folder(p, raw.names) if p.is_dir() else (p if p.is_file() else None)
        if found is None:
            want = f" (holding {' or '.join(raw.names)})" if p.is_dir() else ""
            raise DataError(f"{dataset}: path {p}{want} not found; fix the dataset's path")
        return found
    looked: list[str] = []
    folders = []
    if os.environ.get("KDBENCH_DATA"):
        folders.append(Path(os.environ["KDBENCH_DATA"]).expanduser() / dataset)
    folders.append(raw_dir(dataset))
    for folder in folders:
        found = _in_folder(folder, raw.names)
        if found is not None:
            return found
        looked.append(str(folder / raw.names[0]))
    if raw.resource is not None:
        found = package_resource(*raw.resource)
        if found is not None:
            return found
        looked.append(f"package resource {raw.resource[0]}:{raw.resource[1]}")
    where = f"looked in {', '.join(looked)}"
    if raw.remote is None and url is None:
        hint = f"; {raw.how_to_get}" if raw.how_to_get else ""
        raise DataError(f"{dataset}: {raw.names[0]} not found ({where}){hint}")
    remote = raw.remote or Remote(url or "", raw.names[0])
    checksum = sha256 or remote.sha256
    if checksum is None:
        error = DataNotPresent if not download_ok else DataError
        raise error(
            f"{dataset}: {raw.names[0]} not found ({where}) and no sha256 is pinned for "
            f"{url or remote.url}; download it yourself into {raw_dir(dataset)}, or give "
            "its sha256 (suite key sha256, or --sha256)"
        )
    if not download_ok:
        raise DataNotPresent(
            f"{dataset}: {raw.names[0]} not found ({where}); the first run downloads it "
            f"from {url or remote.url}"
        )
    offline = (
        f"to work offline, put {remote.filename} in $KDBENCH_DATA/{dataset}/ "
        "(or give the dataset's path)"
    )
    return download(
        url or remote.url,
        raw_dir(dataset) / remote.filename,
        checksum,
        progress=progress,
        offline=offline,
    )
