"""A Suite → its RunSpecs: datasets × pairs × losses (× grid) × seeds, settings layered.

Settings are layered, later wins:

- students: TrainConfig defaults ← ``train`` ← ``losses.<alias>.train`` ← each matching
  ``overrides`` rule's ``train``; loss parameters: ``losses.<alias>`` ← each matching
  rule's ``losses.<alias>``;
- teachers: TrainConfig defaults ← ``train`` ← ``teacher.train`` ← each matching rule's
  ``teacher.train`` (rules naming a loss never touch teachers);
- backbones: ``backbones.<alias>`` ← each matching rule's ``backbones.<alias>``.

A list value of a loss parameter is a grid axis; every combination is one configuration.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from kdbench.backbones import BACKBONES
from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.params import resolve_params
from kdbench.suite.schema import Suite, pair_label
from kdbench.suite.spec import RunSpec
from kdbench.train.trainer import TrainConfig


def grid(params: dict[str, Any]) -> list[dict[str, Any]]:
    """A list value expands into a grid; every combination is one configuration."""
    keys = [k for k, v in params.items() if isinstance(v, list)]
    fixed = {k: v for k, v in params.items() if k not in keys}
    return [
        {**fixed, **dict(zip(keys, vals, strict=True))}
        for vals in itertools.product(*(params[k] for k in keys))
    ]


def method_label(alias: str, combo: dict[str, Any], grid_keys: list[str]) -> str:
    """'rcekd' or, for a grid, 'rcekd[beta=3,K=50]' (the leaderboard's method name)."""
    if not grid_keys:
        return alias
    return f"{alias}[{','.join(f'{k}={combo[k]}' for k in grid_keys)}]"


class _Expander:
    def __init__(self, suite: Suite) -> None:
        self.suite = suite

    def rules(self, **facts: str | None):
        return [r for r in self.suite.overrides if r.matches(**facts)]

    def train(self, layers: list[dict[str, Any]], who: str) -> dict[str, Any]:
        """The layered train settings of ``who`` (e.g. 'losses.ce', 'the teacher t')."""
        merged: dict[str, Any] = {}
        for layer in layers:
            merged.update(layer)
        try:
            cfg = TrainConfig(**merged)
        except ConfigError as err:
            raise ConfigError(f"{self.suite.where('train')}: {err} (for {who})") from None
        if cfg.monitor not in self.suite.metrics:
            raise ConfigError(
                f"{self.suite.where('metrics')}: train.monitor {cfg.monitor!r} (of {who}) is "
                "not among the metrics; add it to metrics or set train.monitor"
            )
        return cfg.to_dict()

    def backbone(self, alias: str, facts: dict[str, str | None]) -> dict[str, Any]:
        spec = dict(self.suite.backbones[alias])
        for rule in self.rules(**facts):
            spec.update(rule.backbones.get(alias, {}))
        params = {k: v for k, v in spec.items() if k != "model"}
        cls = BACKBONES.get(spec["model"])
        return {"model": spec["model"], **resolve_params(cls.params, params, alias)}

    def teacher(self, ds: str, t: str, s: str) -> RunSpec:
        facts = {"dataset": ds, "pair": pair_label(t, s), "teacher": t, "student": s}
        rules = self.rules(**facts)
        layers = [self.suite.train, self.suite.teacher_train, *(r.teacher_train for r in rules)]
        return RunSpec(
            "teacher",
            ds,
            self.suite.datasets[ds],
            self.backbone(t, facts),
            "student",
            {},
            self.suite.teacher_seed,
            self.train(layers, f"the teacher {t}"),
            self.suite.metrics,
            labels={"method": "teacher", "backbone": t, "pair": pair_label(t, s)},
        )

    def students(self, ds: str, t: str, s: str, teacher: RunSpec) -> list[RunSpec]:
        out = []
        for alias, entry in self.suite.losses.items():
            facts = {
                "dataset": ds,
                "pair": pair_label(t, s),
                "teacher": t,
                "student": s,
                "loss": alias,
            }
            if self.suite.excluded(**facts):
                continue
            rules = self.rules(**facts)
            params = dict(entry.params)
            for rule in rules:
                params.update(rule.losses.get(alias, {}))
            where = self.suite.where("losses", alias)
            if rules:
                where += f" (with overrides[{', '.join(str(r.index) for r in rules)}])"
            layers = [self.suite.train, entry.train, *(r.train for r in rules)]
            train = self.train(layers, f"losses.{alias}")
            backbone = self.backbone(s, facts)
            cls = LOSSES.get(entry.loss)
            grid_keys = [k for k, v in params.items() if isinstance(v, list)]
            for combo in grid(params):
                try:
                    resolved = resolve_params(cls.all_params(), combo, "")
                    cls.check_params(resolved, "")
                except ConfigError as err:
                    raise ConfigError(f"{where}: {str(err).lstrip(': .')}") from None
                for seed in self.suite.seeds:
                    out.append(
                        RunSpec(
                            "student",
                            ds,
                            self.suite.datasets[ds],
                            backbone,
                            entry.loss,
                            resolved,
                            seed,
                            train,
                            self.suite.metrics,
                            teacher,
                            labels={
                                "method": method_label(alias, combo, grid_keys),
                                "backbone": s,
                                "teacher": t,
                                "pair": pair_label(t, s),
                            },
                        )
                    )
        return out


def expand(suite: Suite) -> tuple[list[RunSpec], list[RunSpec]]:
    """(teacher specs, student specs) of a suite; teachers with equal specs appear once."""
    ex = _Expander(suite)
    teachers: dict[str, RunSpec] = {}
    students: list[RunSpec] = []
    for ds in suite.datasets:
        for t, s in suite.pairs:
            spec = ex.teacher(ds, t, s)
            runs = ex.students(ds, t, s, teachers.get(_key(spec), spec))
            if any(run.uses_teacher for run in runs):
                teachers.setdefault(_key(spec), spec)  # else no run of this pair needs it
            cell: dict[str, str] = {}
            for run in runs:
                method = run.labels["method"]
                if cell.setdefault(_key(run), method) != method:
                    alias = method.partition("[")[0]
                    raise ConfigError(
                        f"{suite.where('losses', alias)}: {method} runs exactly as "
                        f"{cell[_key(run)]} (same loss, parameters and train settings); "
                        "remove one or make them differ"
                    )
                students.append(run)
    return list(teachers.values()), students


def _key(spec: RunSpec) -> str:
    return json.dumps(spec.canonical(), sort_keys=True, default=str)
