"""Declared hyperparameters: defaults, types, ranges and a one-line gloss, for losses and
backbones alike, so suites can be validated (with did-you-mean) before any compute."""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from typing import Any

from kdbench.errors import ConfigError


def is_finite(value: int | float) -> bool:
    """Whether a number is finite and fits a float (NaN, ±inf and 10**400 do not)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


@dataclass(frozen=True)
class Space:
    """A default search space for tuning (``kdbench.tune``): a range ``[low, high]``
    (``log``: sampled on a log scale) or a list of ``choices``. Declared next to a
    ``Param`` so a loss author states once where its parameter is worth searching."""

    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: tuple[Any, ...] | None = None

    @classmethod
    def range(cls, low: float, high: float, log: bool = False) -> Space:
        return cls(low=low, high=high, log=log)

    @classmethod
    def of(cls, *choices: Any) -> Space:
        return cls(choices=tuple(choices))


@dataclass(frozen=True)
class Param:
    default: Any
    doc: str
    type: type = float
    choices: tuple[Any, ...] | None = None
    min: float | None = None
    max: float | None = None
    optional: bool = False  # None is an accepted value
    items: bool = False  # a number of items (a list length): at most the dataset's item count
    finite: bool = True  # NaN and ±inf are refused (they pass every range check unnoticed)
    space: Space | None = None  # default search space when tuned (None: not searched)

    def check(self, name: str, value: Any, where: str) -> Any:
        """Validate and coerce ``value``; raise a one-line ConfigError naming ``where``."""
        if value is None and (self.optional or self.default is None):
            return None
        if self.type is bool:
            if not isinstance(value, bool):
                raise ConfigError(f"{where}.{name}: expected true or false, got {value!r}")
        elif self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(f"{where}.{name}: expected an integer, got {value!r}")
        elif self.type is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"{where}.{name}: expected a number, got {value!r}")
            try:
                value = float(value)
            except OverflowError:  # an integer beyond float range, e.g. 10**400
                raise ConfigError(f"{where}.{name}: {value!r} is too large a number") from None
            if self.finite and not math.isfinite(value):
                raise ConfigError(f"{where}.{name}: must be a finite number, got {value!r}")
        elif self.type is str and not isinstance(value, str):
            raise ConfigError(f"{where}.{name}: expected a string, got {value!r}")
        if self.choices is not None and value not in self.choices:
            opts = ", ".join(map(str, self.choices))
            raise ConfigError(f"{where}.{name}: {value!r} is not one of {opts}")
        if self.min is not None and value < self.min:
            raise ConfigError(f"{where}.{name}: must be >= {self.min}, got {value!r}")
        if self.max is not None and value > self.max:
            raise ConfigError(f"{where}.{name}: must be <= {self.max}, got {value!r}")
        return value


def resolve_params(declared: dict[str, Param], given: dict[str, Any], where: str) -> dict[str, Any]:
    """Defaults overridden by ``given``; unknown keys get a did-you-mean error."""
    for key in given:
        if key not in declared:
            close = difflib.get_close_matches(key, list(declared), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(declared)}"
            raise ConfigError(f"{where}: unknown parameter {key!r}{hint}")
    return {
        name: p.check(name, given[name], where) if name in given else p.default
        for name, p in declared.items()
    }
