"""Datasets: sources, parsers, filters, splits and the Interactions object."""

from kdbench.data.datasets import DATASETS, DatasetSpec, register_dataset
from kdbench.data.interactions import CSR, Interactions
from kdbench.data.prepare import load_dataset, prepare_frame

__all__ = [
    "CSR",
    "DATASETS",
    "DatasetSpec",
    "Interactions",
    "load_dataset",
    "prepare_frame",
    "register_dataset",
]
