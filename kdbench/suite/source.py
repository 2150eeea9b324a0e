"""Suite files as raw data that remembers where every value came from.

``read_suite`` parses YAML keeping the line of every key, resolves ``include:`` (deep
merge: mappings merge key by key, anything else is replaced) and applies ``-o
key.path=value`` overrides (values parsed as YAML). Validation later reports errors as
``file:line: key.path: what is wrong`` through :meth:`Source.where`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kdbench.errors import ConfigError

KeyPath = tuple[str | int, ...]


def dotted(path: KeyPath) -> str:
    """('pairs', 0, 'teacher') → 'pairs[0].teacher'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class Origin:
    """Where a value was written: a file and line, or a ``-o`` option."""

    file: str
    line: int | None = None
    option: str | None = None

    def __str__(self) -> str:
        if self.option is not None:
            return f"{self.file} (-o {self.option})"
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class Source:
    """Merged raw suite data and the origin of each key path."""

    data: dict[str, Any]
    file: str
    origins: dict[KeyPath, Origin] = field(default_factory=dict)

    def where(self, path: KeyPath) -> str:
        """'file:line: key.path' for the closest key path that has an origin."""
        for n in range(len(path), 0, -1):
            if path[:n] in self.origins:
                return f"{self.origins[path[:n]]}: {dotted(path)}"
        return f"{self.file}: {dotted(path)}" if path else self.file

    def error(self, path: KeyPath, message: str) -> ConfigError:
        return ConfigError(f"{self.where(path)}: {message}")


class _Loader(yaml.SafeLoader):
    """SafeLoader that also reads ``1e-5`` as a number (YAML 1.1 wants ``1.0e-5``)."""


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?[eE][-+]?[0-9]+$"),
    list("-+0123456789"),
)


def _construct(node: yaml.Node) -> Any:
    loader = _Loader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


#: a suite nests a few levels and holds hundreds of values; far more is a mistake or an
#: alias bomb (a few lines of ``&a [*b, *b, ...]`` that expand to billions of values)
MAX_DEPTH = 64
MAX_VALUES = 100_000


class _Budget:
    """How many values a walk has visited: aliases count each time they are expanded."""

    def __init__(self, file: str) -> None:
        self.file, self.left = file, MAX_VALUES

    def spend(self, node: yaml.Node) -> None:
        self.left -= 1
        if self.left < 0:
            raise ConfigError(
                f"{self.file}:{node.start_mark.line + 1}: the suite expands to more than "
                f"{MAX_VALUES:,} values (YAML aliases repeated inside aliases?); write it out "
                "or make it smaller"
            )


def _walk(
    node: yaml.Node,
    path: KeyPath,
    file: str,
    origins: dict[KeyPath, Origin],
    budget: _Budget | None = None,
    parents: tuple[int, ...] = (),
) -> None:
    """Record the line of every key path below ``node``; reject duplicate keys, recursive
    anchors, nesting deeper than MAX_DEPTH and more than MAX_VALUES values."""
    budget = budget or _Budget(file)
    budget.spend(node)
    line = node.start_mark.line + 1
    if id(node) in parents:
        raise ConfigError(
            f"{file}:{line}: {dotted(path)}: a recursive YAML anchor (it holds itself)"
        )
    if len(parents) >= MAX_DEPTH:
        raise ConfigError(
            f"{file}:{line}: {dotted(path)}: nested more than {MAX_DEPTH} levels deep"
        )
    parents = (*parents, id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for knode, vnode in node.value:
            if knode.tag == "tag:yaml.org,2002:merge":
                continue
            key = _construct(knode)
            if not isinstance(key, str | int) or isinstance(key, bool):
                key = str(key)
            sub = (*path, key)
            if key in seen:
                raise ConfigError(
                    f"{file}:{knode.start_mark.line + 1}: {dotted(sub)}: duplicate key"
                )
            seen.add(key)
            origins[sub] = Origin(file, knode.start_mark.line + 1)
            _walk(vnode, sub, file, origins, budget, parents)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            origins[(*path, i)] = Origin(file, item.start_mark.line + 1)
            _walk(item, (*path, i), file, origins, budget, parents)


def _parse(path: Path) -> Source:
    file = str(path)
    try:
        text = path.read_text()
    except FileNotFoundError:
        raise ConfigError(f"{file}: suite file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{file}: cannot read the suite ({err})") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
        origins: dict[KeyPath, Origin] = {}
        if node is not None:
            _walk(node, (), file, origins)
        data = _construct(node) if node is not None else None
    except RecursionError:  # PyYAML's parser recurses once per level of nesting
        raise ConfigError(
            f"{file}: nested more than {MAX_DEPTH} levels deep; a suite needs a few"
        ) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(f"{file}{line}: invalid YAML ({problem})") from None
    if not isinstance(data, dict):
        got = "an empty file" if data is None else type(data).__name__
        raise ConfigError(f"{file}: a suite must be a mapping of keys, got {got}")
    data = {str(k) if not isinstance(k, str) else k: v for k, v in data.items()}
    return Source(data, file, origins)


def _drop_below(origins: dict[KeyPath, Origin], path: KeyPath) -> None:
    for key in [k for k in origins if k[: len(path)] == path and len(k) > len(path)]:
        del origins[key]


def _merge(base: Source, top: Source) -> Source:
    """``top`` over ``base``: mappings merge recursively, other values are replaced."""
    data = copy.deepcopy(base.data)
    origins = dict(base.origins)

    def merge_into(dst: dict[str, Any], src: dict[str, Any], path: KeyPath) -> None:
        for key, value in src.items():
            sub = (*path, key)
            if isinstance(value, dict) and isinstance(dst.get(key), dict):
                if sub in top.origins:
                    origins[sub] = top.origins[sub]
                merge_into(dst[key], value, sub)
            else:
                _drop_below(origins, sub)
                dst[key] = copy.deepcopy(value)
                origins.update({k: o for k, o in top.origins.items() if k[: len(sub)] == sub})

    merge_into(data, top.data, ())
    return Source(data, top.file, origins)


def _load(path: Path, stack: tuple[Path, ...]) -> Source:
    src = _parse(path)
    includes = src.data.pop("include", None)
    if includes is None:
        return src
    if isinstance(includes, str):
        includes = [includes]
    if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
        raise src.error(("include",), f"expected a file name or a list of them, got {includes!r}")
    merged: Source | None = None
    for i, name in enumerate(includes):
        target = (path.parent / name).resolve()
        key: KeyPath = ("include", i) if ("include", i) in src.origins else ("include",)
        if target in stack:
            raise src.error(key, f"include cycle: {name} includes itself (through {path.name})")
        if not target.is_file():
            raise src.error(key, f"included file {name} not found (looked at {target})")
        inc = _load(target, (*stack, target))
        merged = inc if merged is None else _merge(merged, inc)
    src.origins = {k: o for k, o in src.origins.items() if k[:1] != ("include",)}
    return _merge(merged, src) if merged is not None else src


def parse_override(text: str) -> tuple[KeyPath, Any]:
    """'losses.rcekd.beta=[3,5]' → (('losses', 'rcekd', 'beta'), [3, 5])."""
    key, sep, raw = text.partition("=")
    parts = key.strip().split(".")
    if not sep or not all(parts):
        raise ConfigError(f"(-o {text}): expected key.path=value, e.g. -o seeds=[0,1]")
    try:
        node = yaml.compose(raw, Loader=_Loader) if raw.strip() else None
        if node is not None:
            _walk(node, (), f"(-o {text})", {})
        value = _construct(node) if node is not None else None
    except RecursionError:
        raise ConfigError(f"(-o {text}): the value is nested too deeply") from None
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(f"(-o {text}): the value is not valid YAML ({problem})") from None
    return tuple(int(p) if p.isdigit() else p for p in parts), value


def _apply(src: Source, text: str) -> None:
    try:
        path, value = parse_override(text)
    except ConfigError as err:
        raise ConfigError(f"{src.file} {err}") from None
    node: Any = src.data
    for i, part in enumerate(path[:-1]):
        nxt = path[i + 1]
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict):
            if not isinstance(node.get(part), dict | list):
                node[part] = [] if isinstance(nxt, int) else {}
            node = node[part]
        else:
            raise ConfigError(f"{src.file} (-o {text}): {dotted(path[: i + 1])} cannot hold a key")
    last = path[-1]
    if not isinstance(node, dict | list):
        raise ConfigError(f"{src.file} (-o {text}): {dotted(path[:-1])} cannot hold a key")
    if isinstance(node, list):
        if not isinstance(last, int) or last > len(node):
            raise ConfigError(f"{src.file} (-o {text}): {dotted(path)}: no such list position")
        if last == len(node):
            node.append(value)
        else:
            node[last] = value
    else:
        node[last if isinstance(last, str) else str(last)] = value
    _drop_below(src.origins, path)
    origin = Origin(src.file, option=text)
    src.origins[path] = origin
    if isinstance(value, dict | list):
        tmp: dict[KeyPath, Origin] = {}
        _walk(yaml.compose(yaml.safe_dump(value)), path, src.file, tmp)
        src.origins.update({k: origin for k in tmp})


def read_suite(path: str | Path, overrides: list[str] | None = None) -> Source:
    """The merged raw suite of ``path`` (its includes first) with ``overrides`` applied."""
    path = Path(path)
    src = _load(path, (path.resolve(),))
    src.file = str(path)
    for text in overrides or []:
        _apply(src, text)
    return src
