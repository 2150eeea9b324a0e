"""`kdbench data info` reads a cached prepared split when the raw files are not on this
machine, instead of downloading them again."""

from __future__ import annotations

import numpy as np
import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.data import CSR, Interactions
from kdbench.data import cache as prepared_cache
from kdbench.data.options import cache_options
from kdbench.data.prepare import resolve
from kdbench.errors import DataError


def _cache_split(n_users: int, options: dict) -> Interactions:
    """A small split cached as `kdbench data prepare citeulike-t` with ``options`` would
    cache it (a registered dataset, whose raw file is not on this machine)."""
    spec, opts = resolve("citeulike-t", options)
    users = np.repeat(np.arange(n_users), 3)
    items = np.tile([0, 1, 2], n_users)
    first, second, third = (np.arange(len(users)) % 3 == k for k in range(3))
    splits = {
        name: CSR.from_pairs(users[mask], items[mask], n_users)
        for name, mask in (("train", first), ("valid", second), ("test", third))
    }
    sources = {"users.dat": f"{n_users:064x}"}
    key = prepared_cache.cache_key(spec.name, sources, cache_options(opts))
    data = Interactions(
        "citeulike-t",
        n_users,
        3,
        **splits,
        info={"options": cache_options(opts), "sources": sources, "key": key},
    )
    prepared_cache.save(key, data)
    return data


@pytest.fixture
def no_download(tmp_path, monkeypatch):
    """An empty cache and data folder; a download is recorded and fails."""
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KDBENCH_DATA", str(tmp_path / "data"))
    tried: list[str] = []

    def download(url, *args, **kwargs):
        tried.append(url)
        raise DataError(f"{url}: download failed (offline test)")

    monkeypatch.setattr("kdbench.data.sources.download", download)
    return tried


def test_info_reads_the_cached_split_instead_of_downloading(no_download):
    data = _cache_split(7, {})
    _cache_split(9, {"user_min": 2})  # other options: not this one
    res = CliRunner().invoke(app, ["data", "info", "citeulike-t"])
    assert res.exit_code == 0, res.output
    assert no_download == []
    assert f"citeulike-t ({data.fingerprint[:12]})" in res.output
    assert "raw files not on this machine; read the cached prepared split" in res.output
    assert "(prepared from users.dat sha256 000000000000…)" in res.output
    assert data.info["key"] in res.output
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in res.output.splitlines()
        if line.count("│") >= 3
    }
    assert rows["users"] == "7" and rows["items"] == "3" and rows["train"] == "7"


def test_info_downloads_when_no_cached_split_has_the_options(no_download):
    _cache_split(7, {})
    res = CliRunner().invoke(app, ["data", "info", "citeulike-t", "--set", "user_min=10"])
    assert res.exit_code == 2
    assert len(no_download) == 1 and "download failed (offline test)" in res.output
