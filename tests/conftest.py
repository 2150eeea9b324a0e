"""Shared fixtures. The teacher and dataset caches go to a per-session temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: real data that may not be redistributed lives beside the repository, never in it
SHARED_DATA = Path(os.environ.get("KDBENCH_TEST_DATA", REPO.parent / "shared" / "data"))


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
        pytest.skip(f"CiteULike-t users.dat not found under {SHARED_DATA} (set KDBENCH_TEST_DATA)")
    return SHARED_DATA
