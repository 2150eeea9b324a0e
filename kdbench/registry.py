"""One generic registry: a decorator to register, entry points to extend, did-you-mean errors."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from kdbench.errors import RegistryError

T = TypeVar("T")
log = logging.getLogger(__name__)


class Registry(Generic[T]):
    """Maps names to objects (classes, factories).

    ``group`` names an entry-point group (e.g. ``kdbench.losses``) whose entries are
    imported on first lookup, so installed packages can add entries without touching
    kdbench: ``[project.entry-points."kdbench.losses"] mykd = "mypkg.mykd"`` imports
    ``mypkg.mykd``, whose ``@register_loss`` decorators do the registering (an entry
    pointing at an object rather than a module registers that object under its name).
    Every name an entry point adds remembers its distribution's name and version
    (``origin``), for ``kdbench list`` and the provenance of run records.
    """

    def __init__(self, kind: str, group: str | None = None) -> None:
        self.kind = kind
        self.group = group
        self._items: dict[str, T] = {}
        self._origins: dict[str, tuple[str, str]] = {}
        self._plugins_loaded = group is None

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            if name in self._items and self._items[name] is not obj:
                raise RegistryError(f"{self.kind} {name!r} is already registered")
            self._items[name] = obj
            return obj

        return deco

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        for ep in entry_points(group=self.group):
            before = set(self._items)
            try:
                obj = ep.load()
            except Exception as err:  # a broken plugin must not take kdbench down
                log.warning("could not load %s plugin %r: %s", self.kind, ep.name, err)
                continue
            if not isinstance(obj, type(logging)) and ep.name not in self._items:
                self._items[ep.name] = obj
            dist = getattr(ep, "dist", None)
            if dist is not None:
                for name in set(self._items) - before:
                    self._origins[name] = (dist.name, dist.version)

    def origin(self, name: str) -> tuple[str, str] | None:
        """(distribution, version) of the plugin package that registered ``name``; None
        for kdbench's own entries (and for names registered by code run directly)."""
        self._load_plugins()
        return self._origins.get(name)

    def get(self, name: str) -> T:
        self._load_plugins()
        try:
            return self._items[name]
        except KeyError:
            raise RegistryError(self.unknown_message(name)) from None

    def unknown_message(self, name: str) -> str:
        msg = f"unknown {self.kind} {name!r}"
        close = difflib.get_close_matches(str(name), list(self._items), n=1)
        if close:
            return f"{msg}; did you mean {close[0]!r}?"
        return f"{msg}; known: {', '.join(sorted(self._items))}"

    def __contains__(self, name: object) -> bool:
        self._load_plugins()
        return name in self._items

    def names(self) -> list[str]:
        self._load_plugins()
        return sorted(self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
