"""Shared fixtures. The teacher and dataset caches go to a per-session temporary folder."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _data_folder() -> Path:
    """Where the real data that may not be redistributed lives (never in the repository):
    ``$KDBENCH_DATA``, the variable the package itself reads, so one setting serves both;
    else ``../shared/data`` beside the repository."""
    old = os.environ.get("KDBENCH_TEST_DATA")
    if old and not os.environ.get("KDBENCH_DATA"):
        warnings.warn(
            "KDBENCH_TEST_DATA is deprecated: set KDBENCH_DATA (the same folder)",
            DeprecationWarning,
            stacklevel=1,
        )
        return Path(old)
    return Path(os.environ.get("KDBENCH_DATA", REPO.parent / "shared" / "data"))


#: holds citeulike-t/users.dat; the tests that need it skip without it
SHARED_DATA = _data_folder()


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory):
    old = os.environ.get("KDBENCH_CACHE")
    os.environ["KDBENCH_CACHE"] = str(tmp_path_factory.mktemp("kdbench-cache"))
    yield
    if old is None:
        os.environ.pop("KDBENCH_CACHE", None)
    else:
        os.environ["KDBENCH_CACHE"] = old


@pytest.fixture(scope="session")
def ml100k():
    from kdbench.data import load_dataset

    return load_dataset("ml-100k")


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED_DATA / "citeulike-t" / "users.dat").is_file():
        pytest.skip(
            f"CiteULike-t users.dat not found under {SHARED_DATA}: set KDBENCH_DATA to the "
            "folder holding citeulike-t/users.dat"
        )
    return SHARED_DATA


@pytest.fixture(scope="session")
def ml100k_slice(ml100k):
    """A tiny real slice for backbone tests: ML-100K's first 60 users and every item they
    touch in any split (renumbered), split as in the full data."""
    import numpy as np

    from kdbench.data import CSR, Interactions

    n = 60
    parts = {}
    for name in ("train", "valid", "test"):
        csr = ml100k.split(name)
        end = csr.indptr[n]
        parts[name] = (csr.row_ids()[:end], csr.indices[:end])
    items = np.unique(np.concatenate([i for _, i in parts.values()]))
    remap = np.full(ml100k.n_items, -1, dtype=np.int64)
    remap[items] = np.arange(len(items))
    splits = {k: CSR.from_pairs(u, remap[i], n) for k, (u, i) in parts.items()}
    return Interactions("ml-100k-slice", n, len(items), **splits)
