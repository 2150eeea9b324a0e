"""Sources in their documented order, and checked downloads from a loopback HTTP server."""

from __future__ import annotations

import hashlib
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kdbench.data import load_dataset
from kdbench.data.download import download
from kdbench.data.sources import RawFile, Remote, find_file
from kdbench.errors import DataError


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server(tmp_path):
    """Serves ``tmp_path/www`` on 127.0.0.1; yields (folder, base URL)."""
    www = tmp_path / "www"
    www.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield www, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _leftovers(folder: Path) -> list[str]:
    """Names of the files under ``folder`` (temporary ones included)."""
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_download_good_and_corrupted(server, tmp_path):
    www, base = server
    body = b"2 0 1\n" * 50_000
    (www / "good.dat").write_bytes(body)
    sha = hashlib.sha256(body).hexdigest()
    seen = []
    dest = download(
        f"{base}/good.dat",
        tmp_path / "out" / "users.dat",
        sha,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert dest.read_bytes() == body
    assert seen[-1] == (len(body), len(body))
    assert _leftovers(tmp_path / "out") == ["users.dat"]

    (www / "bad.dat").write_bytes(body[:-1] + b"9")
    got = hashlib.sha256(body[:-1] + b"9").hexdigest()
    with pytest.raises(DataError) as err:
        download(f"{base}/bad.dat", tmp_path / "out2" / "users.dat", sha)
    msg = str(err.value)
    assert f"expected {sha}, got {got}" in msg and "\n" not in msg
    assert _leftovers(tmp_path / "out2") == []

    with pytest.raises(DataError, match="download failed"):
        download(f"{base}/missing.dat", tmp_path / "out3" / "x", sha)
    assert _leftovers(tmp_path / "out3") == []


def test_find_file_order(tmp_path, monkeypatch):
    raw = RawFile(("users.dat",), resource=("kdbench", "registry.py"), how_to_get="ask a friend")
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("KDBENCH_DATA", raising=False)
    # nothing on disk: the package resource
    assert find_file("toy", raw).name == "registry.py"
    cached = tmp_path / "cache" / "raw" / "toy" / "users.dat"
    cached.parent.mkdir(parents=True)
    cached.write_text("1 0\n")
    assert find_file("toy", raw) == cached
    data = tmp_path / "data" / "toy" / "users.dat"
    data.parent.mkdir(parents=True)
    data.write_text("1 0\n")
    monkeypatch.setenv("KDBENCH_DATA", str(tmp_path / "data"))
    assert find_file("toy", raw) == data
    local = tmp_path / "elsewhere.dat"
    local.write_text("1 0\n")
    assert find_file("toy", raw, local=local) == local
    assert find_file("toy", raw, local=data.parent) == data
    with pytest.raises(DataError, match=r"path .*nope.* not found"):
        find_file("toy", raw, local=tmp_path / "nope")


def test_missing_file_says_where_it_looked_and_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KDBENCH_DATA", str(tmp_path / "data"))
    raw = RawFile(("x.zip",), how_to_get="download it from example.org")
    with pytest.raises(DataError) as err:
        find_file("toy", raw)
    msg = str(err.value)
    assert str(tmp_path / "data" / "toy" / "x.zip") in msg
    assert str(tmp_path / "cache" / "raw" / "toy" / "x.zip") in msg
    assert "download it from example.org" in msg
    unpinned = RawFile(("x.zip",), remote=Remote("http://127.0.0.1:9/x.zip", "x.zip"))
    with pytest.raises(DataError, match="no sha256 is pinned"):
        find_file("toy", unpinned)


def test_citeulike_download_from_a_mirror(server, shared_data, tmp_path, monkeypatch):
    """The whole path: no local copy, a mirror URL, the pinned sha256, the papers' numbers;
    then a corrupted mirror: a one-line error and nothing kept or cached."""
    www, base = server
    monkeypatch.delenv("KDBENCH_DATA", raising=False)
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    (www / "users.dat").write_bytes((shared_data / "citeulike-t" / "users.dat").read_bytes())
    data = load_dataset("citeulike-t", url=f"{base}/users.dat")
    assert data.stats()["n_train"] == 98_405
    assert (tmp_path / "cache" / "raw" / "citeulike-t" / "users.dat").is_file()

    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache2"))
    corrupted = bytearray((www / "users.dat").read_bytes())
    corrupted[100] ^= 1
    (www / "users.dat").write_bytes(bytes(corrupted))
    with pytest.raises(DataError, match=r"sha256 mismatch .*expected 02d5d429"):
        load_dataset("citeulike-t", url=f"{base}/users.dat")
    assert [p for p in (tmp_path / "cache2").rglob("*") if p.is_file()] == []


class _FailsFirst(_Quiet):
    """Answers 503 to the first request of each path, then serves the file."""

    seen: set[str] = set()

    def do_GET(self) -> None:
        if self.path not in self.seen:
            self.seen.add(self.path)
            self.send_error(503, "busy")
            return
        super().do_GET()


def test_download_retries_a_failed_attempt(tmp_path):
    www = tmp_path / "www"
    www.mkdir()
    body = b"1 2 3\n" * 1000
    (www / "f.dat").write_bytes(body)
    sha = hashlib.sha256(body).hexdigest()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_FailsFirst, directory=str(www)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with pytest.raises(DataError, match=r"download failed \(HTTP 503 busy\)"):
            download(f"{base}/f.dat", tmp_path / "once" / "f.dat", sha, retries=0)
        assert _leftovers(tmp_path / "once") == []
        # the next path fails once too; one retry gets it
        (www / "g.dat").write_bytes(body)
        dest = download(f"{base}/g.dat", tmp_path / "twice" / "g.dat", sha, retries=1)
        assert dest.read_bytes() == body
        assert _leftovers(tmp_path / "twice") == ["g.dat"]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_failed_download_names_kdbench_data_as_the_offline_way(tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("KDBENCH_DATA", raising=False)
    with socket.socket() as sock:  # a port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    raw = RawFile(("x.zip",), remote=Remote(f"http://127.0.0.1:{port}/x.zip", "x.zip", "0" * 64))
    with pytest.raises(DataError) as err:
        find_file("toy", raw, progress=None)
    msg = str(err.value)
    assert msg.startswith(f"http://127.0.0.1:{port}/x.zip: download failed (")
    assert "to work offline, put x.zip in $KDBENCH_DATA/toy/" in msg and "\n" not in msg
    assert _leftovers(tmp_path / "cache") == []
