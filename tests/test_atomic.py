import os

import pytest

from kdbench.atomic import write_folder
from kdbench.runner.store import Store


def test_write_folder_is_all_or_nothing(tmp_path, monkeypatch):
    target = tmp_path / "runs" / "abc"
    write_folder(target, {"run.json": b'{"status": "done", "run_id": "abc"}', "x.csv": b"1\n"})
    assert sorted(p.name for p in target.iterdir()) == ["run.json", "x.csv"]

    real_fsync = os.fsync
    calls = {"n": 0}

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_folder(tmp_path / "runs" / "def", {"run.json": b"{}", "b": b"2"})
    monkeypatch.undo()
    # nothing of the failed write remains, the earlier record is intact
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["abc"]
    assert [r["run_id"] for r in Store(tmp_path).records()] == ["abc"]


def test_store_ignores_temporaries(tmp_path):
    (tmp_path / "runs" / ".tmp-zzz-1234").mkdir(parents=True)
    (tmp_path / "runs" / ".tmp-zzz-1234" / "run.json").write_text("{}")
    assert Store(tmp_path).records() == []
    Store(tmp_path).clean_temporaries()
    assert list((tmp_path / "runs").iterdir()) == []
