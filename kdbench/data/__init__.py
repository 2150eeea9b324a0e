"""Datasets: sources, parsers, filters, splits, the prepared-split cache and the
Interactions object."""

from kdbench.data.datasets import DATASETS, FORMATS, DatasetSpec, register_dataset
from kdbench.data.interactions import CSR, Interactions
from kdbench.data.options import PREP_KEYS
from kdbench.data.prepare import check_dataset, load_dataset, prepare_frame

__all__ = [
    "CSR",
    "DATASETS",
    "FORMATS",
    "PREP_KEYS",
    "DatasetSpec",
    "Interactions",
    "check_dataset",
    "load_dataset",
    "prepare_frame",
    "register_dataset",
]
