"""Suite YAML → validated Suite → RunSpecs."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kdbench.backbones import BACKBONES
from kdbench.data import DATASETS
from kdbench.data.prepare import PREP_KEYS
from kdbench.errors import ConfigError
from kdbench.eval.metrics import parse_metric
from kdbench.losses import LOSSES
from kdbench.params import resolve_params
from kdbench.suite.spec import RunSpec
from kdbench.train.trainer import TrainConfig

TOP_KEYS = {
    "name",
    "output",
    "datasets",
    "backbones",
    "pairs",
    "losses",
    "seeds",
    "train",
    "teacher_train",
    "teacher_seed",
    "metrics",
    "device",
}
DEFAULT_METRICS = ("recall@10", "recall@20", "ndcg@10", "ndcg@20")


@dataclass(frozen=True)
class Suite:
    name: str
    output: Path
    datasets: dict[str, dict[str, Any]]
    backbones: dict[str, dict[str, Any]]
    pairs: list[tuple[str, str]]
    losses: dict[str, dict[str, Any]]
    seeds: list[int]
    train: dict[str, Any]
    teacher_train: dict[str, Any]
    teacher_seed: int = 0
    metrics: tuple[str, ...] = DEFAULT_METRICS
    device: str = "auto"
    path: Path | None = field(default=None, compare=False)


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ConfigError(f"{where}: expected {what}, got {value!r}")
    return value


def load_suite(path: str | Path, overrides: dict[str, Any] | None = None) -> Suite:
    """Read and validate a suite file; errors name the file and the key."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: suite file not found")
    try:
        raw = yaml.safe_load(path.read_text())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{line}: invalid YAML ({getattr(err, 'problem', err)})") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: a suite must be a mapping of keys")
    raw.update(overrides or {})
    return parse_suite(raw, path)


def parse_suite(raw: dict[str, Any], path: Path) -> Suite:
    where = str(path)
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(TOP_KEYS)}")
    name = _expect(raw.get("name", path.stem), str, f"{where}: name", "a string")
    output = Path(raw.get("output", f"runs/{name}"))
    datasets = _expect(raw.get("datasets"), dict, f"{where}: datasets", "a mapping of names")
    for ds, opts in datasets.items():
        if ds not in DATASETS:
            raise ConfigError(f"{where}: datasets.{ds}: {DATASETS.unknown_message(ds)}")
        opts = _expect(opts or {}, dict, f"{where}: datasets.{ds}", "a mapping")
        bad = set(opts) - PREP_KEYS
        if bad:
            raise ConfigError(f"{where}: datasets.{ds}: unknown option(s) {sorted(bad)}")
        datasets[ds] = opts
    backbones = _expect(raw.get("backbones"), dict, f"{where}: backbones", "a mapping")
    resolved_bb = {}
    for alias, spec in backbones.items():
        key = f"{where}: backbones.{alias}"
        spec = dict(_expect(spec, dict, key, "a mapping with 'model'"))
        model = spec.pop("model", None)
        if model not in BACKBONES:
            raise ConfigError(f"{key}.model: {BACKBONES.unknown_message(str(model))}")
        resolved_bb[alias] = {
            "model": model,
            **resolve_params(BACKBONES.get(model).params, spec, key),
        }
    pairs = []
    for i, pair in enumerate(_expect(raw.get("pairs"), list, f"{where}: pairs", "a list")):
        key = f"{where}: pairs[{i}]"
        pair = _expect(pair, dict, key, "a mapping with teacher and student")
        for role in ("teacher", "student"):
            if pair.get(role) not in resolved_bb:
                raise ConfigError(f"{key}.{role}: unknown backbone alias {pair.get(role)!r}")
        pairs.append((pair["teacher"], pair["student"]))
    losses = _expect(raw.get("losses"), dict, f"{where}: losses", "a mapping")
    for loss, params in losses.items():
        key = f"{where}: losses.{loss}"
        if loss not in LOSSES:
            raise ConfigError(f"{key}: {LOSSES.unknown_message(loss)}")
        params = _expect(params or {}, dict, key, "a mapping of parameters")
        for combo in _grid(params):
            resolve_params(LOSSES.get(loss).all_params(), combo, key)
        losses[loss] = params
        for t, s in pairs:
            LOSSES.get(loss).check_compatible(
                BACKBONES.get(resolved_bb[t]["model"]), BACKBONES.get(resolved_bb[s]["model"]), key
            )
    seeds = _expect(raw.get("seeds", [0]), list, f"{where}: seeds", "a list of integers")
    for s in seeds:
        _expect(s, int, f"{where}: seeds", "a list of integers")
    metrics = tuple(raw.get("metrics", DEFAULT_METRICS))
    for m in metrics:
        try:
            parse_metric(m)
        except ConfigError as err:
            raise ConfigError(f"{where}: metrics: {err}") from None
    train = _expect(raw.get("train", {}), dict, f"{where}: train", "a mapping")
    teacher_train = _expect(
        raw.get("teacher_train", {}), dict, f"{where}: teacher_train", "a mapping"
    )
    for key, cfg in (("train", train), ("teacher_train", {**train, **teacher_train})):
        try:
            TrainConfig(**cfg)
        except TypeError as err:
            raise ConfigError(f"{where}: {key}: {err}") from None
        except ConfigError as err:
            raise ConfigError(f"{where}: {err}") from None
    device = _expect(raw.get("device", "auto"), str, f"{where}: device", "auto, cpu or cuda")
    return Suite(
        name,
        output,
        datasets,
        resolved_bb,
        pairs,
        losses,
        list(seeds),
        train,
        teacher_train,
        int(raw.get("teacher_seed", 0)),
        metrics,
        device,
        path,
    )


def _grid(params: dict[str, Any]) -> list[dict[str, Any]]:
    """A list value expands into a grid; every combination is one configuration."""
    keys = [k for k, v in params.items() if isinstance(v, list)]
    fixed = {k: v for k, v in params.items() if k not in keys}
    return [
        {**fixed, **dict(zip(keys, vals, strict=True))}
        for vals in itertools.product(*(params[k] for k in keys))
    ]


def _method_label(loss: str, combo: dict[str, Any], grid_keys: list[str]) -> str:
    if not grid_keys:
        return loss
    return f"{loss}[{','.join(f'{k}={combo[k]}' for k in grid_keys)}]"


def expand(suite: Suite) -> tuple[list[RunSpec], list[RunSpec]]:
    """(teacher specs, student specs) of a suite, teachers deduplicated."""
    teachers: dict[tuple, RunSpec] = {}
    students: list[RunSpec] = []
    tcfg = TrainConfig(**{**suite.train, **suite.teacher_train}).to_dict()
    scfg = TrainConfig(**suite.train).to_dict()
    for ds, opts in suite.datasets.items():
        for t_alias, s_alias in suite.pairs:
            tkey = (ds, t_alias)
            if tkey not in teachers:
                teachers[tkey] = RunSpec(
                    "teacher",
                    ds,
                    opts,
                    suite.backbones[t_alias],
                    "student",
                    {},
                    suite.teacher_seed,
                    tcfg,
                    suite.metrics,
                    labels={
                        "method": "teacher",
                        "backbone": t_alias,
                        "pair": f"{t_alias}→{s_alias}",
                    },
                )
            teacher = teachers[tkey]
            for loss, params in suite.losses.items():
                grid_keys = [k for k, v in params.items() if isinstance(v, list)]
                for combo in _grid(params):
                    resolved = resolve_params(LOSSES.get(loss).all_params(), combo, loss)
                    for seed in suite.seeds:
                        students.append(
                            RunSpec(
                                "student",
                                ds,
                                opts,
                                suite.backbones[s_alias],
                                loss,
                                resolved,
                                seed,
                                scfg,
                                suite.metrics,
                                teacher,
                                labels={
                                    "method": _method_label(loss, combo, grid_keys),
                                    "backbone": s_alias,
                                    "teacher": t_alias,
                                    "pair": f"{t_alias}→{s_alias}",
                                },
                            )
                        )
    return list(teachers.values()), students
