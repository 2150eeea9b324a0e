"""Suite YAML → validated Suite → RunSpecs: the entry points.

The schema is in ``schema`` (keys, types, ranges, names), the layering of settings and
the grid in ``expand``, reading YAML with ``include:`` and ``-o`` overrides in ``source``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kdbench.suite.expand import expand, grid, method_label
from kdbench.suite.schema import (
    DEFAULT_METRICS,
    ExecutorConfig,
    LossEntry,
    Rule,
    Suite,
    parse_source,
)
from kdbench.suite.source import Source, read_suite

__all__ = [
    "DEFAULT_METRICS",
    "ExecutorConfig",
    "LossEntry",
    "Rule",
    "Suite",
    "expand",
    "grid",
    "load_suite",
    "method_label",
    "parse_suite",
]


def _override_texts(overrides: list[str] | dict[str, Any] | None) -> list[str]:
    if overrides is None:
        return []
    if isinstance(overrides, dict):
        return [f"{key}={json.dumps(value)}" for key, value in overrides.items()]
    return list(overrides)


def load_suite(path: str | Path, overrides: list[str] | dict[str, Any] | None = None) -> Suite:
    """Read and validate a suite file.

    ``overrides``: ``-o`` texts (``["seeds=[0,1]", "losses.rcekd.beta=[3,5]"]``) or a
    mapping of key paths to values (``{"train.epochs": 5}``). Errors name the file, the
    line and the key path.
    """
    return parse_source(read_suite(path, _override_texts(overrides)))


def parse_suite(raw: dict[str, Any], path: str | Path = "<suite>") -> Suite:
    """Validate a suite given as a mapping (as if read from ``path``)."""
    return parse_source(Source(dict(raw), str(path)))
