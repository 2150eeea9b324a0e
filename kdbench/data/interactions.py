"""The Interactions object: a fixed train/valid/test split as CSR user → items rows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class CSR:
    """Rows of item ids per user, in stored order (the order sequence models read).

    ``indptr`` [U+1] int64, ``indices`` [nnz] int64; row u is
    ``indices[indptr[u]:indptr[u+1]]``.
    """

    indptr: np.ndarray
    indices: np.ndarray

    @classmethod
    def from_pairs(cls, users: np.ndarray, items: np.ndarray, n_users: int) -> CSR:
        """Build from (user, item) pairs; within a user, pairs keep their given order."""
        users = np.asarray(users, dtype=np.int64)
        order = np.argsort(users, kind="stable")
        counts = np.bincount(users, minlength=n_users)
        indptr = np.zeros(n_users + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return cls(indptr, np.asarray(items, dtype=np.int64)[order])

    @property
    def nnz(self) -> int:
        return int(self.indices.shape[0])

    @property
    def n_rows(self) -> int:
        return int(self.indptr.shape[0] - 1)

    def lengths(self) -> np.ndarray:
        """[U] number of items per user."""
        return np.diff(self.indptr)

    def row(self, u: int) -> np.ndarray:
        return self.indices[self.indptr[u] : self.indptr[u + 1]]

    def row_ids(self) -> np.ndarray:
        """[nnz] the user of every stored item."""
        return np.repeat(np.arange(self.n_rows, dtype=np.int64), self.lengths())

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(users [nnz], items [nnz]) in stored order."""
        return self.row_ids(), self.indices


@dataclass(frozen=True)
class Interactions:
    """A prepared dataset: ``n_users`` × ``n_items`` with three disjoint CSR splits.

    Splits are fixed per dataset and preparation options, independent of the training
    seed, so users stay paired across losses and seeds.
    """

    name: str
    n_users: int
    n_items: int
    train: CSR
    valid: CSR
    test: CSR
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """sha256 of the split itself (sizes and every pair of every split)."""
        h = hashlib.sha256()
        h.update(np.array([self.n_users, self.n_items], dtype=np.int64).tobytes())
        for csr in (self.train, self.valid, self.test):
            h.update(csr.indptr.astype(np.int64).tobytes())
            h.update(csr.indices.astype(np.int64).tobytes())
        return h.hexdigest()

    @property
    def mask_valid(self) -> bool:
        """Whether valid items are masked when scoring test (off in the papers, §6)."""
        return bool(self.info.get("mask_valid", False))

    def split(self, name: str) -> CSR:
        if name not in ("train", "valid", "test"):
            raise ValueError(f"unknown split {name!r}")
        return getattr(self, name)

    def stats(self) -> dict[str, int]:
        return {
            "n_users": self.n_users,
            "n_items": self.n_items,
            "n_interactions": self.train.nnz + self.valid.nnz + self.test.nnz,
            "n_train": self.train.nnz,
            "n_valid": self.valid.nnz,
            "n_test": self.test.nnz,
        }

    def item_popularity(self) -> np.ndarray:
        """[I] train interaction count per item."""
        return np.bincount(self.train.indices, minlength=self.n_items)
