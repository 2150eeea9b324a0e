"""Damaged state a runner finds on disk — prepared splits, run records, cached teachers —
and disks that refuse writes: each is noticed and either repaired with a warning that says
so, or refused in one line naming the file and what to do. Also: duplicate rows, numeric
blow-up, and runs held by another live runner."""

from __future__ import annotations

import errno
import io
import json
import logging
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

import kdbench.atomic as atomic
from kdbench.cli import app
from kdbench.data import cache as data_cache
from kdbench.data import load_dataset
from kdbench.errors import RunError
from kdbench.runner import build_plan
from kdbench.runner.lock import RunLock
from kdbench.runner.store import Store, record_damage
from kdbench.suite import load_suite
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import BLOWUP_FACTOR, check_blowup

SUITE = """\
name: damaged
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 8}}
  s: {{model: mf, dim: 4}}
pairs: [{{teacher: t, student: s}}]
losses:
  student: {{}}
  ce: {{K: 10, guide: teacher}}
seeds: [0]
train: {{epochs: 2, patience: 2, batch_size: 4096, lr: 0.01}}
metrics: [recall@10, ndcg@10]
executor: {{threads: 1}}
"""


# -- the prepared-split cache ---------------------------------------------------------------


def _entry(key: str) -> Path:
    return data_cache.prepared_dir() / key


def _rewrite_npz(path: Path, change) -> None:
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    change(arrays)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    path.write_bytes(buf.getvalue())


def _shift_test(arrays):
    arrays["test_indices"] = (arrays["test_indices"] + 1) % 1682


def _flip_byte(path: Path) -> None:
    """A bad CRC: one byte of a stored member's data changed."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("test_indices.npy")
    raw[info.header_offset + 30 + len(info.filename) + 200] ^= 0xFF
    path.write_bytes(bytes(raw))


DAMAGE = {
    "zero-bytes": lambda p: p.write_bytes(b""),
    "garbage": lambda p: p.write_bytes(b"not a zip at all" * 50),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "bad-crc": _flip_byte,
    "shifted-test-ids": lambda p: _rewrite_npz(p, _shift_test),
    "member-missing": lambda p: _rewrite_npz(p, lambda a: a.pop("valid_indptr")),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_cached_split_is_prepared_again_with_a_warning(damage, caplog):
    good = load_dataset("ml-100k")
    folder = _entry(good.info["key"])
    DAMAGE[damage](folder / "splits.npz")
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        again = load_dataset("ml-100k")
    assert again.fingerprint == good.fingerprint
    for name in ("train", "valid", "test"):
        assert np.array_equal(again.split(name).indices, good.split(name).indices)
    said = " ".join(r.getMessage() for r in caplog.records)
    assert str(folder) in said and "preparing it again" in said, said
    assert load_dataset("ml-100k").fingerprint == good.fingerprint  # the cache is whole again


def test_a_damaged_meta_json_is_prepared_again(caplog):
    good = load_dataset("ml-100k")
    (_entry(good.info["key"]) / "meta.json").write_text('{"name": "ml-100k", "n_us')
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        assert load_dataset("ml-100k").fingerprint == good.fingerprint
    assert "unreadable" in caplog.text


# -- duplicate rows ----------------------------------------------------------------------------


@pytest.mark.parametrize("k_core", [0, 3])  # repeats dropped after / before renumbering
def test_duplicate_rows_are_dropped_and_counted(tmp_path, caplog, k_core):
    rows = [(u, i) for u in range(30) for i in range(u % 5, u % 5 + 15)]
    twice = rows + rows[::3]
    for name, data in (("once", rows), ("twice", twice)):
        body = "user_id:token\titem_id:token\n" + "".join(f"{u}\t{i}\n" for u, i in data)
        (tmp_path / f"{name}.inter").write_text(body)
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        dup = load_dataset("dup", format="inter", path=str(tmp_path / "twice.inter"), k_core=k_core)
    assert f"dropped {len(rows[::3])} repeated (user, item) rows" in caplog.text
    ref = load_dataset("ref", format="inter", path=str(tmp_path / "once.inter"), k_core=k_core)
    assert dup.fingerprint == ref.fingerprint
    pairs = [set(zip(*dup.split(s).pairs(), strict=True)) for s in ("train", "valid", "test")]
    assert not (pairs[0] & pairs[1] or pairs[0] & pairs[2] or pairs[1] & pairs[2])


def test_duplicates_keep_keeps_them_and_says_so(tmp_path, caplog):
    rows = [(u, i) for u in range(30) for i in range(u % 5, u % 5 + 15)] + [(0, 0), (0, 0)]
    body = "user_id:token\titem_id:token\n" + "".join(f"{u}\t{i}\n" for u, i in rows)
    (tmp_path / "d.inter").write_text(body)
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        data = load_dataset("d", format="inter", path=str(tmp_path / "d.inter"), duplicates="keep")
    assert "kept 2 repeated (user, item) rows" in caplog.text
    assert data.stats()["n_interactions"] == len(rows)


def test_users_without_a_test_item_are_counted(tmp_path, caplog):
    rows = [(u, i) for u in range(10) for i in range(10)] + [(10, 0)]
    body = "user_id:token\titem_id:token\n" + "".join(f"{u}\t{i}\n" for u, i in rows)
    (tmp_path / "few.inter").write_text(body)
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        load_dataset("few", format="inter", path=str(tmp_path / "few.inter"))
    assert "1 of 11 users have no test item" in caplog.text


# -- run records -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def finished(tmp_path_factory) -> tuple[Path, Path, dict[str, bytes]]:
    """A small suite run to the end once: (suite file, output, every record file's bytes)."""
    tmp = tmp_path_factory.mktemp("finished")
    suite = tmp / "suite.yaml"
    suite.write_text(SUITE.format(out=tmp / "out"))
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 0, res.output
    return suite, tmp / "out", _snapshot(tmp / "out")


def _snapshot(out: Path) -> dict[str, bytes]:
    keep = ("per_user.npz", "topk.npz")
    return {
        f"{p.parent.name}/{p.name}": p.read_bytes()
        for p in (out / "runs").glob("*/*")
        if p.name in keep
    }


def _fresh_copy(finished, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A copy of the finished output (and a suite pointing to it), and its run ids
    (teacher first)."""
    suite, out, _ = finished
    mine = tmp_path / "out"
    shutil.copytree(out, mine)
    text = suite.read_text().replace(str(out), str(mine))
    (tmp_path / "suite.yaml").write_text(text)
    ids = [r.run_id for r in build_plan(load_suite(tmp_path / "suite.yaml")).runs]
    return tmp_path / "suite.yaml", mine, ids


RECORD_DAMAGE = {
    "per-user-deleted": ("per_user.npz", lambda p: p.unlink(), "is missing"),
    "topk-garbage": ("topk.npz", lambda p: p.write_bytes(b"\x00garbage" * 40), "not a readable"),
    "topk-empty": ("topk.npz", lambda p: p.write_bytes(b""), "not a readable"),
    "topk-no-items": (
        "topk.npz",
        lambda p: p.write_bytes(_npz({"user": np.arange(3)})),
        "lacks items",
    ),
    "run-json-truncated": ("run.json", lambda p: p.write_text(p.read_text()[:40]), "unreadable"),
    "run-json-empty": ("run.json", lambda p: p.write_text(""), "unreadable"),
    "run-json-list": ("run.json", lambda p: p.write_text("[1, 2]"), "no status"),
}


def _npz(arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


@pytest.mark.parametrize("damage", list(RECORD_DAMAGE))
def test_a_damaged_record_is_flagged_by_status_and_redone_by_run(finished, tmp_path, damage):
    name, hurt, says = RECORD_DAMAGE[damage]
    suite, out, ids = _fresh_copy(finished, tmp_path)
    student = ids[-1]
    hurt(out / "runs" / student / name)
    assert says in (record_damage(out / "runs" / student) or "")
    res = CliRunner().invoke(app, ["status", str(suite)])
    assert res.exit_code == 0, res.output
    row = next(line for line in res.output.splitlines() if student in line)
    assert "todo" in row and "damaged" in row, res.output
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 0, res.output
    assert "trained 1, found 2" in res.output, res.output
    assert record_damage(out / "runs" / student) is None
    assert _snapshot(out) == finished[2]  # redone bit for bit


def test_leaderboard_names_an_unreadable_run_json(finished, tmp_path):
    _, out, ids = _fresh_copy(finished, tmp_path)
    (out / "runs" / ids[1] / "run.json").write_text('{"status": "do')
    res = CliRunner().invoke(app, ["leaderboard", str(out)])
    assert res.exit_code == 2, res.output
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and f"{ids[1]}/run.json" in lines[0] and "run the suite" in lines[0]


def test_verify_flags_a_garbage_topk_and_checks_the_raw_data(finished, tmp_path):
    _, out, ids = _fresh_copy(finished, tmp_path)
    (out / "runs" / ids[1] / "topk.npz").write_bytes(b"garbage")
    # a cached split that no longer matches its fingerprint does not vouch for itself
    key = load_dataset("ml-100k").info["key"]
    _rewrite_npz(_entry(key) / "splits.npz", _shift_test)
    res = CliRunner().invoke(app, ["verify", str(out)], env={"COLUMNS": "400"})
    assert res.exit_code == 1, res.output
    assert "topk.npz: unreadable" in res.output and "Traceback" not in res.output
    assert "2 ok, 1 failing" in res.output, res.output


# -- cached teachers -------------------------------------------------------------------------


def _wrong_shape(path: Path) -> None:
    state = torch.load(path, weights_only=True)
    torch.save({k: torch.zeros(v.shape[0], v.shape[-1] + 1) for k, v in state.items()}, path)


def _cut_run_json(model_pt: Path) -> None:
    path = model_pt.parent / "run.json"
    path.write_text(path.read_text()[:30])


def _other_weights(path: Path) -> None:
    """Weights of the right shapes but not the teacher's: they would load and distil."""
    state = torch.load(path, weights_only=True)
    torch.save({k: v * 1.5 for k, v in state.items()}, path)


TEACHER_DAMAGE = {
    "run-json-truncated": _cut_run_json,
    "other-weights": _other_weights,
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:100]),
    "garbage": lambda p: p.write_bytes(b"\x80\x04garbage" * 20),
    "wrong-shape": _wrong_shape,
    "pickle-not-weights": lambda p: p.write_bytes(
        b"\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system\x94\x93\x94."
    ),
}


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")  # the garbage files' bytes
@pytest.mark.parametrize("damage", list(TEACHER_DAMAGE))
def test_a_damaged_cached_teacher_is_named_and_retrained(finished, tmp_path, damage, caplog):
    suite, out, ids = _fresh_copy(finished, tmp_path)
    teacher, student = ids[0], ids[-1]
    folder = TeacherCache().folder(teacher)
    TEACHER_DAMAGE[damage](folder / "model.pt")
    shutil.rmtree(out / "runs" / student)  # a student needs the teacher again
    with caplog.at_level(logging.WARNING, logger="kdbench"):
        res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 0, res.output
    said = caplog.text + res.output
    assert f"cached teacher {folder} is damaged" in said, said
    assert "trained 2" in res.output, res.output
    assert _snapshot(out) == finished[2]


def test_the_weights_digest_is_checked_where_it_was_written(tmp_path):
    cache = TeacherCache(tmp_path)
    cache.save("t", torch.nn.Linear(3, 2), {"run.json": b"{}"})
    assert cache.weights_changed("t") is None
    assert (tmp_path / "t" / "model.sha256").read_text().isalnum()
    cache.load_into("t", model := torch.nn.Linear(3, 2))
    torch.save({k: v + 1 for k, v in model.state_dict().items()}, tmp_path / "t" / "model.pt")
    assert cache.weights_changed("t").startswith("model.pt is not the weights it was saved with")
    (tmp_path / "t" / "model.sha256").unlink()  # a folder cached before kdbench wrote it
    assert cache.weights_changed("t") is None


# -- disks that refuse writes ----------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_full_or_read_only_disk_is_one_line_and_keeps_finished_runs(
    finished, tmp_path, monkeypatch, code
):
    suite, out, ids = _fresh_copy(finished, tmp_path)
    for run_id in ids[1:]:  # the teacher's record stays; both students are to be trained
        shutil.rmtree(out / "runs" / run_id)
    real = atomic._fsync_write
    writes = []

    def write(path: Path, data: bytes) -> None:
        if "runs" in path.parts and path.name == "topk.npz":
            writes.append(path)
            if len(writes) > 1:  # the second student's record hits a full disk
                raise OSError(code, "refused")
        real(path, data)

    monkeypatch.setattr(atomic, "_fsync_write", write)
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 2, res.output
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "finished runs are kept" in errors[0], res.output
    assert "Traceback" not in res.output
    assert not [p for p in (out / "runs").iterdir() if p.name.startswith(".tmp")]
    kept = [p.name for p in (out / "runs").iterdir() if not p.name.startswith(".")]
    assert len(kept) == 2 and all(record_damage(out / "runs" / k) is None for k in kept)
    assert "recall@10" in res.output  # the leaderboard of what exists is shown


def test_a_full_disk_under_a_checkpoint_stops_the_suite_in_one_line(tmp_path, monkeypatch):
    import kdbench.train.checkpoint as checkpoint

    cache = tmp_path / "cache"
    monkeypatch.setenv("KDBENCH_CACHE", str(cache))
    suite = tmp_path / "suite.yaml"
    text = SUITE.format(out=tmp_path / "out")
    suite.write_text(text.replace("{threads: 1}", "{threads: 1, checkpoint_every: 1e-9}"))

    def full(state, path):
        Path(path).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(checkpoint.torch, "save", full)
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 2, res.output
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "No space left" in errors[0], res.output
    assert not list((cache / "checkpoints").glob(".*tmp")), "a partial checkpoint stayed"
    assert Store(tmp_path / "out").records() == []  # nothing recorded failed for it


# -- numeric blow-up ---------------------------------------------------------------------------


def test_blowup_rule():
    check_blowup(3, 5.0, 1.0)
    check_blowup(3, BLOWUP_FACTOR * 2.0, 2.0)  # at the bound: still fine
    check_blowup(3, 1e9, None)
    check_blowup(3, 1e9, -1.0)  # no bound from a non-positive first loss
    with pytest.raises(RunError, match="numeric blow-up at epoch 3"):
        check_blowup(3, BLOWUP_FACTOR * 2.0 + 1, 2.0)
    with pytest.raises(RunError, match="non-finite"):
        check_blowup(0, float("nan"), 1.0)


def test_a_huge_learning_rate_is_a_failed_run(tmp_path):
    suite = tmp_path / "suite.yaml"
    text = SUITE.format(out=tmp_path / "out").replace("lr: 0.01", "lr: 1000000.0")
    suite.write_text(text.replace("  ce: {K: 10, guide: teacher}\n", ""))
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 1, res.output
    records = Store(tmp_path / "out").records()
    assert records and all(r["status"] == "failed" for r in records)
    assert all("numeric blow-up" in r["error"] for r in records), records


# -- a run held by another live runner -------------------------------------------------------


def test_runs_held_by_a_live_runner_make_the_run_incomplete(finished, tmp_path):
    suite, out, ids = _fresh_copy(finished, tmp_path)
    shutil.rmtree(out / "runs" / ids[-1])
    lock = RunLock(out / "runs" / f".lock-{ids[-1]}")
    assert lock.acquire()
    try:
        res = CliRunner().invoke(app, ["run", str(suite)], env={"COLUMNS": "400"})
    finally:
        lock.release()
    assert res.exit_code == 1, res.output
    assert "incomplete" in res.output and "held by another live runner" in res.output
    assert "pid" in res.output


def test_published_records_pass_the_cheap_check():
    root = Path(__file__).resolve().parent.parent / "results"
    folders = [f for f in root.glob("*/runs/*") if f.is_dir()]
    assert folders
    assert [f for f in folders if record_damage(f)] == []
    assert all(json.loads((f / "run.json").read_text())["status"] for f in folders[:3])
