"""The suite schema: raw YAML (a :class:`Source`) → a validated :class:`Suite`.

Every check that needs no data happens here, and every error is one line naming the file,
the YAML line and the key path, with a did-you-mean for unknown names. Checks that need
the data (datasets obtainable, K against the item count) are in ``suite.data_checks``.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kdbench.backbones import BACKBONES
from kdbench.data.prepare import PREP_KEYS, check_dataset
from kdbench.errors import ConfigError
from kdbench.eval.metrics import parse_metric
from kdbench.losses import LOSSES
from kdbench.params import Param, Space
from kdbench.report.model import ALL_PAIRS, BEST_OTHER, Options
from kdbench.suite.source import KeyPath, Source
from kdbench.train.trainer import TrainConfig

#: top-level keys and what each holds (``include`` is resolved by ``source``)
TOP_KEYS: dict[str, str] = {
    "name": "the suite's name",
    "description": "free text",
    "output": "the output folder (default runs/<name>)",
    "datasets": "dataset name → preparation options",
    "backbones": "alias → {model: NAME, parameters...}",
    "pairs": "list of {teacher: ALIAS, student: ALIAS}",
    "losses": "alias → parameters (a list value is a grid axis; loss: NAME, train: {...})",
    "overrides": "list of {when: {...}, train/teacher/losses/backbones: ...}",
    "exclude": "list of conditions {dataset, pair, teacher, student, loss}: runs not planned",
    "seeds": "list of training seeds (or a count n: 0..n-1)",
    "train": "training settings of the students (and default of the teachers)",
    "teacher": "{train: {...}, seed: N, store_topk: K}: the teachers' own settings",
    "metrics": "evaluation metrics, e.g. [recall@20, ndcg@20]",
    "device": "auto, cpu, cuda, cuda:N or mps",
    "executor": "local, ray, or {kind, workers, address, cpus_per_run, gpus_per_run, threads}",
    "stats": "significance-test settings for the reports",
    "tune": "tune losses on validation first: {losses: all, trials: N, ...} (kdbench.tune)",
}
DEFAULT_METRICS = ("recall@10", "recall@20", "ndcg@10", "ndcg@20")
WHEN_KEYS = ("dataset", "pair", "teacher", "student", "loss")
RULE_KEYS = ("when", "train", "teacher", "losses", "backbones")
EXECUTORS = ("local", "ray")
EXECUTOR_PARAMS: dict[str, Param] = {
    "kind": Param("local", "local (processes on this machine) or ray", str, choices=EXECUTORS),
    "workers": Param(1, "local: runs at a time, each in its own process", int, min=1),
    "threads": Param(None, "torch threads per run (default: cores / workers)", int, min=1),
    "address": Param(None, "ray: cluster to join (e.g. auto); none: start a local one", str),
    "cpus_per_run": Param(1.0, "ray: CPUs each run asks for", min=0),
    "gpus_per_run": Param(0.0, "ray: GPUs each run asks for", min=0),
    "checkpoint_every": Param(
        600.0, "seconds between mid-run checkpoints a killed run resumes from (0: none)", min=0
    ),
}
_DEVICE = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")


@dataclass(frozen=True)
class LossEntry:
    """One ``losses`` entry: a registered loss, its parameters as written (list values are
    grid axes) and train settings for its runs."""

    loss: str
    params: dict[str, Any]
    train: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """One ``overrides`` entry: settings for the runs its ``when`` matches (all of the
    given conditions, each a set of accepted names)."""

    when: dict[str, tuple[str, ...]]
    train: dict[str, Any] = field(default_factory=dict)
    teacher_train: dict[str, Any] = field(default_factory=dict)
    losses: dict[str, dict[str, Any]] = field(default_factory=dict)
    backbones: dict[str, dict[str, Any]] = field(default_factory=dict)
    index: int = 0

    def matches(self, **facts: str | None) -> bool:
        return all(facts.get(k) in names for k, names in self.when.items())


@dataclass(frozen=True)
class ExecutorConfig:
    kind: str = "local"
    workers: int = 1
    threads: int | None = None
    address: str | None = None
    cpus_per_run: float = 1.0
    gpus_per_run: float = 0.0
    checkpoint_every: float = 600.0


@dataclass(frozen=True)
class Suite:
    name: str
    output: Path
    datasets: dict[str, dict[str, Any]]
    backbones: dict[str, dict[str, Any]]  # alias → {"model": NAME, parameters as given}
    pairs: list[tuple[str, str]]
    losses: dict[str, LossEntry]
    seeds: list[int]
    train: dict[str, Any]
    teacher_train: dict[str, Any]
    teacher_seed: int = 0
    teacher_store_topk: int | None = None  # store each teacher's top-K lists with it
    metrics: tuple[str, ...] = DEFAULT_METRICS
    device: str = "auto"
    overrides: tuple[Rule, ...] = ()
    exclude: tuple[dict[str, tuple[str, ...]], ...] = ()
    executor: ExecutorConfig = ExecutorConfig()
    stats: dict[str, Any] = field(default_factory=dict)
    tune: TuneConfig | None = None
    description: str = ""
    path: Path | None = field(default=None, compare=False)
    source: Source | None = field(default=None, compare=False, repr=False)

    def excluded(self, **facts: str | None) -> bool:
        """Whether a run with these facts (dataset, pair, teacher, student, loss) is cut."""
        return any(all(facts.get(k) in names for k, names in cond.items()) for cond in self.exclude)

    def where(self, *path: str | int) -> str:
        """'file:line: key.path' of a key of this suite, for error messages."""
        if self.source is None:
            return ".".join(map(str, path))
        return self.source.where(tuple(path))


def did_you_mean(name: Any, known: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(name), list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"


def pair_label(teacher: str, student: str) -> str:
    return f"{teacher}→{student}"


class _Parser:
    """Walks a Source, raising one-line errors located at the offending key."""

    def __init__(self, src: Source) -> None:
        self.src = src

    def fail(self, path: KeyPath, message: str) -> ConfigError:
        return self.src.error(path, message)

    def get(self, path: KeyPath, default: Any = None) -> Any:
        node: Any = self.src.data
        for part in path:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
            if not (in_dict or in_list):
                return default
            node = node[part]
        return node

    def expect(self, path: KeyPath, value: Any, kind: type | tuple[type, ...], what: str) -> Any:
        bad_bool = isinstance(value, bool) and bool not in (
            kind if isinstance(kind, tuple) else (kind,)
        )
        if not isinstance(value, kind) or bad_bool:
            raise self.fail(path, f"expected {what}, got {value!r}")
        return value

    def mapping(self, path: KeyPath, required: bool = False, what: str = "a mapping") -> dict:
        value = self.get(path)
        if value is None:
            if required:
                raise self.fail(path, f"required: {what}")
            return {}
        value = self.expect(path, value, dict, what)
        if required and not value:
            raise self.fail(path, f"empty: give at least one entry ({what})")
        return value

    def keys(self, path: KeyPath, value: dict, known: tuple[str, ...] | list[str]) -> None:
        for key in value:
            if key not in known:
                raise self.fail((*path, key), f"unknown key{did_you_mean(key, known)}")

    def params(
        self,
        path: KeyPath,
        declared: dict[str, Param],
        given: dict[str, Any],
        grid: bool = False,
        what: str = "parameter",
    ) -> dict[str, Any]:
        """Check each given parameter (each grid value when ``grid``); coerced copy."""
        out: dict[str, Any] = {}
        for key, value in given.items():
            sub = (*path, key)
            if key not in declared:
                raise self.fail(sub, f"unknown {what} {key!r}{did_you_mean(key, list(declared))}")
            if grid and isinstance(value, list):
                if not value:
                    raise self.fail(sub, "an empty list gives no grid values")
                out[key] = [
                    self._check_one((*sub, i), declared[key], key, v) for i, v in enumerate(value)
                ]
            else:
                out[key] = self._check_one(sub, declared[key], key, value)
        return out

    def _check_one(self, path: KeyPath, p: Param, key: str, value: Any) -> Any:
        try:
            return p.check(key, value, "")
        except ConfigError as err:
            raise self.fail(path, str(err).removeprefix(f".{key}: ")) from None

    def train(self, path: KeyPath, given: Any) -> dict[str, Any]:
        given = self.expect(path, given, dict, "a mapping of train settings")
        out = self.params(path, TrainConfig.params(), given, what="train setting")
        if "monitor" in out:
            self.metric((*path, "monitor"), out["monitor"])
        return out

    def metric(self, path: KeyPath, name: Any) -> str:
        self.expect(path, name, str, "a metric name such as ndcg@20")
        try:
            kind, k = parse_metric(name)
        except ConfigError as err:
            raise self.fail(path, str(err)) from None
        if k < 1:
            raise self.fail(path, f"the cutoff of {name!r} must be at least 1")
        return f"{kind}@{k}"


def _datasets(p: _Parser) -> dict[str, dict[str, Any]]:
    raw = p.get(("datasets",))
    if isinstance(raw, list):  # a list of names: every dataset with its defaults
        for i, name in enumerate(raw):
            p.expect(("datasets", i), name, str, "a dataset name")
        raw = dict.fromkeys(raw)
    elif raw is not None:
        raw = p.expect(("datasets",), raw, dict, "a mapping of dataset names to options")
    if not raw:
        raise p.fail(("datasets",), "required: a mapping of dataset names to options")
    out = {}
    for name, opts in raw.items():
        path = ("datasets", name)
        opts = p.expect(path, opts if opts is not None else {}, dict, "a mapping of options")
        for key in opts:
            if key not in PREP_KEYS:
                raise p.fail((*path, key), f"unknown option{did_you_mean(key, sorted(PREP_KEYS))}")
        try:
            out[name] = check_dataset(name, opts, p.src.where(path))
        except ConfigError as err:
            msg = str(err)
            if msg.startswith(p.src.where(path)):
                raise
            key, _, rest = msg.removeprefix(f"{name}.").partition(": ")
            if key in opts:  # "NAME.KEY: what" from the option checks
                raise p.fail((*path, key), rest) from None
            raise p.fail(path, msg.removeprefix(f"{name}: ")) from None
    return out


def _backbones(p: _Parser) -> dict[str, dict[str, Any]]:
    out = {}
    for alias, spec in p.mapping(("backbones",), True, "alias → {model: NAME, ...}").items():
        path = ("backbones", alias)
        spec = dict(p.expect(path, spec, dict, "a mapping with model: NAME"))
        model = spec.pop("model", None)
        if model is None:
            raise p.fail(path, f"model: missing; one of {', '.join(BACKBONES.names())}")
        if not isinstance(model, str) or model not in BACKBONES:
            raise p.fail(
                (*path, "model"),
                f"unknown backbone {model!r}{did_you_mean(model, BACKBONES.names())}",
            )
        out[alias] = {"model": model, **p.params(path, BACKBONES.get(model).params, spec)}
    return out


def _pairs(p: _Parser, backbones: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    raw = p.get(("pairs",))
    if raw is None or raw == []:
        raise p.fail(("pairs",), "required: a list of {teacher: ALIAS, student: ALIAS}")
    p.expect(("pairs",), raw, list, "a list of {teacher: ALIAS, student: ALIAS}")
    pairs = []
    for i, pair in enumerate(raw):
        path = ("pairs", i)
        pair = p.expect(path, pair, dict, "a mapping {teacher: ALIAS, student: ALIAS}")
        p.keys(path, pair, ("teacher", "student"))
        for role in ("teacher", "student"):
            alias = pair.get(role)
            if alias is None:
                raise p.fail(path, f"{role}: missing (a backbone alias)")
            if alias not in backbones:
                raise p.fail(
                    (*path, role),
                    f"unknown backbone alias {alias!r}{did_you_mean(alias, list(backbones))}",
                )
        item = (pair["teacher"], pair["student"])
        if item in pairs:
            raise p.fail(path, f"duplicate pair {pair_label(*item)}")
        pairs.append(item)
    return pairs


def _losses(p: _Parser) -> dict[str, LossEntry]:
    out = {}
    for alias, params in p.mapping(("losses",), True, "alias → parameters").items():
        path = ("losses", alias)
        params = dict(p.expect(path, params if params is not None else {}, dict, "a mapping"))
        name = params.pop("loss", alias)
        if not isinstance(name, str) or name not in LOSSES:
            key = (*path, "loss") if "loss" in p.get(path, {}) else path
            raise p.fail(key, f"unknown loss {name!r}{did_you_mean(name, LOSSES.names())}")
        train = p.train((*path, "train"), params.pop("train", None) or {})
        checked = p.params(path, LOSSES.get(name).all_params(), params, grid=True)
        out[alias] = LossEntry(name, checked, train)
    return out


def _names(p: _Parser, path: KeyPath, value: Any, known: list[str], what: str) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    for i, v in enumerate(values):
        sub = (*path, i) if isinstance(value, list) else path
        if not isinstance(v, str) or v not in known:
            raise p.fail(sub, f"unknown {what} {v!r}{did_you_mean(v, known)}")
    return tuple(values)


def _when_names(
    datasets: dict[str, Any], pairs: list[tuple[str, str]], losses: dict[str, LossEntry]
) -> dict[str, tuple[list[str], str]]:
    """The names each ``when`` condition may take in this suite."""
    return {
        "dataset": (list(datasets), "dataset"),
        "pair": ([pair_label(t, s) for t, s in pairs], "pair"),
        "teacher": ([t for t, _ in pairs], "teacher alias"),
        "student": ([s for _, s in pairs], "student alias"),
        "loss": (list(losses), "loss alias"),
    }


def _when(
    p: _Parser, path: KeyPath, raw: Any, known: dict[str, tuple[list[str], str]]
) -> dict[str, tuple[str, ...]]:
    """A ``when`` mapping: condition → accepted names (``a->b`` spells the pair a→b)."""
    raw = p.expect(path, raw, dict, "a mapping of conditions (dataset, pair, teacher, ...)")
    p.keys(path, raw, WHEN_KEYS)
    when = {}
    for key, value in raw.items():
        names, what = known[key]
        if key == "pair":
            value = [
                v.replace("->", "→") if isinstance(v, str) else v
                for v in (value if isinstance(value, list) else [value])
            ]
        when[key] = _names(p, (*path, key), value, names, what)
    return when


def _exclude(
    p: _Parser,
    datasets: dict[str, Any],
    pairs: list[tuple[str, str]],
    losses: dict[str, LossEntry],
) -> tuple[dict[str, tuple[str, ...]], ...]:
    """``exclude``: a list of ``when`` mappings; a student run matching one is not planned
    (its teacher is dropped too when no run needs it)."""
    raw = p.get(("exclude",))
    if raw is None:
        return ()
    p.expect(("exclude",), raw, list, "a list of conditions {dataset, pair, loss, ...}")
    known = _when_names(datasets, pairs, losses)
    return tuple(_when(p, ("exclude", i), cond, known) for i, cond in enumerate(raw))


def _overrides(
    p: _Parser,
    datasets: dict[str, Any],
    backbones: dict[str, dict[str, Any]],
    pairs: list[tuple[str, str]],
    losses: dict[str, LossEntry],
) -> tuple[Rule, ...]:
    raw = p.get(("overrides",))
    if raw is None:
        return ()
    p.expect(("overrides",), raw, list, "a list of {when: {...}, settings...}")
    known = _when_names(datasets, pairs, losses)
    rules = []
    for i, rule in enumerate(raw):
        path: KeyPath = ("overrides", i)
        rule = p.expect(path, rule, dict, "a mapping {when: {...}, settings...}")
        p.keys(path, rule, RULE_KEYS)
        when = _when(p, (*path, "when"), rule.get("when") or {}, known)
        train = p.train((*path, "train"), rule.get("train") or {})
        teacher = p.expect((*path, "teacher"), rule.get("teacher") or {}, dict, "a mapping")
        p.keys((*path, "teacher"), teacher, ("train",))
        if teacher and "loss" in when:
            raise p.fail((*path, "teacher"), "teachers do not depend on the loss: drop when.loss")
        teacher_train = p.train((*path, "teacher", "train"), teacher.get("train") or {})
        rule_losses = {}
        for alias, params in p.expect(
            (*path, "losses"), rule.get("losses") or {}, dict, "a mapping"
        ).items():
            sub = (*path, "losses", alias)
            if alias not in losses:
                raise p.fail(sub, f"unknown loss alias{did_you_mean(alias, list(losses))}")
            params = p.expect(sub, params or {}, dict, "a mapping of parameters")
            decl = LOSSES.get(losses[alias].loss).all_params()
            rule_losses[alias] = p.params(sub, decl, params, grid=True)
        rule_bbs = {}
        for alias, params in p.expect(
            (*path, "backbones"), rule.get("backbones") or {}, dict, "a mapping"
        ).items():
            sub = (*path, "backbones", alias)
            if alias not in backbones:
                raise p.fail(sub, f"unknown backbone alias{did_you_mean(alias, list(backbones))}")
            params = p.expect(sub, params or {}, dict, "a mapping of parameters")
            if "model" in params:
                raise p.fail((*sub, "model"), "an override cannot change the model; add an alias")
            rule_bbs[alias] = p.params(sub, BACKBONES.get(backbones[alias]["model"]).params, params)
        rules.append(Rule(when, train, teacher_train, rule_losses, rule_bbs, i))
    return tuple(rules)


#: seeds are numpy/torch generator seeds: 0 … 2³²−1 (numpy refuses more, torch wraps)
MAX_SEED = 2**32 - 1
#: ``seeds: N`` as a count: more than this is surely a seed written as a count
MAX_SEED_COUNT = 10_000


def _seed(p: _Parser, path: KeyPath, value: Any) -> int:
    p.expect(path, value, int, "an integer seed")
    if not 0 <= value <= MAX_SEED:
        raise p.fail(path, f"a seed must be >= 0 and <= {MAX_SEED} (2³²−1), got {value}")
    return value


def _seeds(p: _Parser) -> list[int]:
    raw = p.get(("seeds",), [0])
    if isinstance(raw, int) and not isinstance(raw, bool):
        if raw < 1:
            raise p.fail(("seeds",), f"a seed count must be at least 1, got {raw}")
        if raw > MAX_SEED_COUNT:
            raise p.fail(
                ("seeds",),
                f"a count of {raw} seeds is more than {MAX_SEED_COUNT:,}; to use one seed, "
                f"write it as a list: seeds: [{raw}]",
            )
        return list(range(raw))
    p.expect(("seeds",), raw, list, "a list of integer seeds (or a count)")
    if not raw:
        raise p.fail(("seeds",), "empty: give at least one seed")
    for i, s in enumerate(raw):
        _seed(p, ("seeds", i), s)
        if s in raw[:i]:
            raise p.fail(("seeds", i), f"duplicate seed {s}")
    return list(raw)


def _name(p: _Parser, stem: str) -> str:
    """The suite's name: a folder name under runs/ (no path separators, not . or ..)."""
    name = p.expect(("name",), p.get(("name",), stem), str, "a string")
    if not name.strip() or name in (".", "..") or any(c in name for c in "/\\\0"):
        raise p.fail(
            ("name",),
            f"{name!r} is not a name: use letters, digits, - and _ (no / or \\); "
            "to write elsewhere, set output: to a folder",
        )
    return name


def _output(p: _Parser, name: str) -> str:
    output = p.expect(("output",), p.get(("output",), f"runs/{name}"), str, "a folder path")
    if not output.strip() or "\0" in output:
        raise p.fail(("output",), f"{output!r} is not a folder path")
    for folder in (Path(output), *Path(output).parents):
        if folder.exists():  # the nearest existing part must be a folder to write in
            if not folder.is_dir():
                raise p.fail(("output",), f"{folder} is a file, not a folder: name a folder")
            break
    return output


def _metrics(p: _Parser) -> tuple[str, ...]:
    raw = p.get(("metrics",), list(DEFAULT_METRICS))
    p.expect(("metrics",), raw, list, "a list of metrics such as [recall@20, ndcg@20]")
    if not raw:
        raise p.fail(("metrics",), "empty: give at least one metric")
    out: list[str] = []
    for i, m in enumerate(raw):
        name = p.metric(("metrics", i), m)
        if name in out:
            raise p.fail(("metrics", i), f"duplicate metric {name}")
        out.append(name)
    return tuple(out)


def _executor(p: _Parser) -> ExecutorConfig:
    raw = p.get(("executor",), "local")
    if isinstance(raw, str):
        raw = {"kind": raw}
    raw = p.expect(("executor",), raw, dict, "local, ray, or a mapping {kind: ...}")
    cfg = {**{k: q.default for k, q in EXECUTOR_PARAMS.items()}}
    cfg.update(p.params(("executor",), EXECUTOR_PARAMS, raw, what="executor setting"))
    if cfg["kind"] == "ray":
        if "workers" in raw:
            raise p.fail(
                ("executor", "workers"), "ray runs as many as the cluster fits; use cpus_per_run"
            )
        if importlib.util.find_spec("ray") is None:
            raise p.fail(("executor", "kind"), "ray is not installed; pip install 'kdbench[ray]'")
    else:
        for key in ("address", "cpus_per_run", "gpus_per_run"):
            if key in raw:
                raise p.fail(("executor", key), "only for the ray executor (kind: ray)")
    return ExecutorConfig(**cfg)


def _stats(p: _Parser, losses: dict[str, LossEntry]) -> dict[str, Any]:
    """Leaderboard options (``kdbench.report.Options`` fields, metrics aside)."""
    raw = p.mapping(("stats",))
    p.keys(("stats",), raw, [f.name for f in fields(Options) if f.name != "metrics"])
    try:
        Options(**raw)
    except ConfigError as err:  # its messages read "--key: what is wrong"
        key, _, rest = str(err).removeprefix("--").partition(": ")
        raise p.fail(("stats", key) if key in raw else ("stats",), rest or str(err)) from None
    except TypeError as err:
        raise p.fail(("stats",), str(err)) from None
    baseline = raw.get("baseline")
    known = [BEST_OTHER, ALL_PAIRS, *losses]
    if baseline is not None and str(baseline).partition("[")[0] not in known:
        raise p.fail(
            ("stats", "baseline"), f"unknown method {baseline!r}{did_you_mean(baseline, known)}"
        )
    return dict(raw)


def _check_combinations(suite: Suite, p: _Parser) -> None:
    """Resolve every run of the grid (no data needed): the combined settings of losses,
    overrides and train must be valid too, and each loss must fit its backbones."""
    from kdbench.suite.expand import expand  # expand builds on the Suite defined here

    for t_alias, s_alias in suite.pairs:
        teacher_cls = BACKBONES.get(suite.backbones[t_alias]["model"])
        student_cls = BACKBONES.get(suite.backbones[s_alias]["model"])
        for alias, entry in suite.losses.items():
            facts = {
                "pair": pair_label(t_alias, s_alias),
                "teacher": t_alias,
                "student": s_alias,
                "loss": alias,
            }
            if all(suite.excluded(dataset=ds, **facts) for ds in suite.datasets):
                continue
            cls = LOSSES.get(entry.loss)
            try:
                cls.check_compatible(
                    teacher_cls, student_cls, f"pair {pair_label(t_alias, s_alias)}"
                )
            except ConfigError as err:
                raise p.fail(("losses", alias), str(err)) from None
    expand(suite)


# -- tune: ------------------------------------------------------------------------------
# The ``tune`` section (kdbench.tune runs it). Settings at its top are the defaults of every
# tuned loss; ``losses`` is ``all``, a list of aliases, or alias → per-loss settings and
# ``space`` (param → [choices] | {low, high, log} | a fixed value | null: not searched).

TUNE_SAMPLERS = ("tpe", "random")
TUNE_PRUNERS = ("median", "successive_halving", "none")
#: settings a tuned loss may set for itself (defaults from the section's top level)
TUNE_LOSS_PARAMS: dict[str, Param] = {
    "trials": Param(20, "trials per loss: the tuning budget", int, min=1),
    "sampler": Param("tpe", "tpe or random (both seeded)", str, choices=TUNE_SAMPLERS),
    "pruner": Param("median", "stops a trial on its validation curve", str, choices=TUNE_PRUNERS),
    "seed": Param(0, "the sampler's seed (each generation's sampler is seeded by it)", int, min=0),
    "startup_trials": Param(
        None,
        "finished trials before TPE models and the pruner prunes (default: one generation)",
        int,
        min=0,
    ),
    "warmup_epochs": Param(
        100,
        "epochs a trial always runs before it may be pruned (early epochs mis-rank "
        "configurations that learn at different speeds: kdbench tune-report --pruning)",
        int,
        min=0,
    ),
    "reference": Param(True, "trial 0 is the suite's configuration (its in-space values)", bool),
    "default_space": Param(True, "start from the loss's declared space (false: only space)", bool),
}
#: settings of the whole tuning block
TUNE_PARAMS: dict[str, Param] = {
    **TUNE_LOSS_PARAMS,
    "generation": Param(
        4,
        "trials proposed together from the finished earlier generations (results do not "
        "depend on --workers)",
        int,
        min=1,
    ),
    "storage": Param(
        None, "Optuna storage URL (default: a SQLite file OUTPUT/tuning/study.db)", str
    ),
}
TUNE_KEYS = (*TUNE_PARAMS, "losses", "space", "trial_seeds", "final_seeds")
TUNE_LOSS_KEYS = (*TUNE_LOSS_PARAMS, "space", "enqueue")


@dataclass(frozen=True)
class TuneLoss:
    """How one loss alias is tuned. ``space``: parameter → :class:`Space` (searched),
    ``fixed``: parameter → value set for every trial and the finals; a name that is a
    train setting (e.g. ``weight_decay``) goes to the run's train settings."""

    alias: str
    trials: int
    sampler: str
    pruner: str
    seed: int
    startup_trials: int | None
    warmup_epochs: int
    reference: bool
    space: dict[str, Space]
    fixed: dict[str, Any] = field(default_factory=dict)
    #: configurations tried first, in order (after the reference), e.g. published ones
    enqueue: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class TuneConfig:
    losses: dict[str, TuneLoss]
    generation: int = 4
    storage: str | None = None
    trial_seeds: tuple[int, ...] = (0,)
    final_seeds: tuple[int, ...] = (0, 1, 2, 3, 4)


def _seed_list(p: _Parser, path: KeyPath, raw: Any) -> tuple[int, ...]:
    if isinstance(raw, int) and not isinstance(raw, bool):
        if raw < 1:
            raise p.fail(path, f"a seed count must be at least 1, got {raw}")
        return tuple(range(raw))
    p.expect(path, raw, list, "a list of integer seeds (or a count)")
    if not raw:
        raise p.fail(path, "empty: give at least one seed")
    for i, s in enumerate(raw):
        if p.expect((*path, i), s, int, "an integer seed") < 0 or s in raw[:i]:
            raise p.fail((*path, i), f"a seed must be >= 0 and appear once, got {s}")
    return tuple(raw)


def _space_entry(p: _Parser, path: KeyPath, name: str, decl: Param, raw: Any) -> Space:
    """One searched parameter: [choices] or {low, high, log}, each value checked by its Param."""
    if isinstance(raw, list):
        if len(raw) < 2:
            raise p.fail(path, "give at least two choices (one value: write it without a list)")
        return Space.of(*(p._check_one((*path, i), decl, name, v) for i, v in enumerate(raw)))
    raw = p.expect(path, raw, dict, "a list of choices, {low, high, log} or a fixed value")
    p.keys(path, raw, ("low", "high", "log"))
    if decl.type not in (int, float):
        raise p.fail(path, f"{name} is not a number: list its choices instead")
    for key in ("low", "high"):
        if key not in raw:
            raise p.fail(path, f"{key}: missing (a range needs low and high)")
    low = p._check_one((*path, "low"), decl, name, raw["low"])
    high = p._check_one((*path, "high"), decl, name, raw["high"])
    log = p.expect((*path, "log"), raw.get("log", False), bool, "true or false")
    if not low < high:
        raise p.fail(path, f"low must be below high, got low={low} high={high}")
    if log and low <= 0:
        raise p.fail((*path, "low"), f"a log-scale range needs low > 0, got {low}")
    return Space.range(low, high, log)


def _tune_loss(
    p: _Parser,
    path: KeyPath,
    alias: str,
    entry: LossEntry,
    base: dict[str, Any],
    base_space: dict[str, Any],
    raw: dict[str, Any],
) -> TuneLoss:
    p.keys(path, raw, TUNE_LOSS_KEYS)
    own = {k: v for k, v in raw.items() if k in TUNE_LOSS_PARAMS}
    cfg = {**base, **p.params(path, TUNE_LOSS_PARAMS, own)}
    declared = LOSSES.get(entry.loss).all_params()
    train_decl = TrainConfig.params()
    for key, value in entry.params.items():
        if isinstance(value, list):
            raise p.fail(("losses", alias, key), "a tuned loss cannot also have a grid axis")
    space: dict[str, Space] = {}
    if cfg.pop("default_space"):
        space = {k: q.space for k, q in declared.items() if q.space is not None}
        if train_decl["weight_decay"].space is not None:
            space.setdefault("weight_decay", train_decl["weight_decay"].space)
    fixed: dict[str, Any] = {}
    given = {**base_space, **p.expect((*path, "space"), raw.get("space") or {}, dict, "a mapping")}
    for name, value in given.items():
        sub = (
            (*path, "space", name) if name in (raw.get("space") or {}) else ("tune", "space", name)
        )
        decl = declared.get(name) or (train_decl.get(name) if name != "monitor" else None)
        if decl is None and sub[1] == "space":  # a block-wide entry this loss does not have
            continue
        if decl is None:
            known = [*declared, *(k for k in train_decl if k != "monitor")]
            raise p.fail(sub, f"unknown parameter {name!r}{did_you_mean(name, known)}")
        space.pop(name, None)
        if value is None:
            continue
        if isinstance(value, list | dict):
            space[name] = _space_entry(p, sub, name, decl, value)
        else:
            fixed[name] = p._check_one(sub, decl, name, value)
    if not space:
        raise p.fail(path, f"nothing to search: {alias} has no parameter with a search space")
    enqueue = p.expect((*path, "enqueue"), raw.get("enqueue") or [], list, "a list of mappings")
    for i, conf in enumerate(enqueue):
        conf = p.expect((*path, "enqueue", i), conf, dict, "a mapping parameter → value")
        for name, value in conf.items():
            sub = (*path, "enqueue", i, name)
            if name not in space:
                raise p.fail(sub, f"not searched{did_you_mean(name, sorted(space))}")
            sp = space[name]
            if sp.choices is not None:
                inside = value in sp.choices
            else:
                inside = isinstance(value, int | float) and sp.low <= value <= sp.high
            if not inside:
                raise p.fail(sub, f"{value!r} is outside the space of {name}")
    return TuneLoss(alias, space=space, fixed=fixed, enqueue=tuple(enqueue), **cfg)


def _tune(p: _Parser, losses: dict[str, LossEntry], train: dict[str, Any]) -> TuneConfig | None:
    raw = p.get(("tune",))
    if raw is None:
        return None
    raw = p.expect(("tune",), raw, dict, "a mapping {losses: all, trials: N, ...}")
    if importlib.util.find_spec("optuna") is None:
        raise p.fail(("tune",), "tuning needs Optuna; pip install 'kdbench[tune]'")
    p.keys(("tune",), raw, TUNE_KEYS)
    top = p.params(("tune",), TUNE_PARAMS, {k: v for k, v in raw.items() if k in TUNE_PARAMS})
    base = {k: top.get(k, q.default) for k, q in TUNE_LOSS_PARAMS.items()}
    base_space = p.expect(("tune", "space"), raw.get("space") or {}, dict, "a mapping")
    for name in base_space:
        known = {k for e in losses.values() for k in LOSSES.get(e.loss).all_params()}
        known |= set(TrainConfig.params()) - {"monitor"}
        if name not in known:
            raise p.fail(
                ("tune", "space", name), f"unknown parameter{did_you_mean(name, sorted(known))}"
            )
    which = raw.get("losses", "all")
    if which == "all":
        which = {alias: {} for alias, e in losses.items() if e.loss != "student"}
    elif isinstance(which, list):
        which = {a: {} for a in _names(p, ("tune", "losses"), which, list(losses), "loss alias")}
    else:
        which = p.expect(("tune", "losses"), which, dict, "all, a list of aliases or a mapping")
    out = {}
    for alias, settings in which.items():
        path: KeyPath = ("tune", "losses", alias)
        if alias not in losses:
            raise p.fail(path, f"unknown loss alias{did_you_mean(alias, list(losses))}")
        settings = p.expect(path, settings or {}, dict, "a mapping of tune settings")
        out[alias] = _tune_loss(p, path, alias, losses[alias], base, base_space, settings)
    if not out:
        raise p.fail(("tune", "losses"), "no loss to tune")
    return TuneConfig(
        out,
        generation=top.get("generation", TUNE_PARAMS["generation"].default),
        storage=top.get("storage"),
        trial_seeds=_seed_list(p, ("tune", "trial_seeds"), raw.get("trial_seeds", [0])),
        final_seeds=_seed_list(p, ("tune", "final_seeds"), raw.get("final_seeds", 5)),
    )


def parse_source(src: Source) -> Suite:
    """Validate the merged raw suite; the first problem raises a located ConfigError."""
    p = _Parser(src)
    p.keys((), src.data, list(TOP_KEYS))
    stem = Path(src.file).stem
    name = _name(p, stem)
    output = _output(p, name)
    description = p.expect(("description",), p.get(("description",), ""), str, "a string")
    datasets = _datasets(p)
    backbones = _backbones(p)
    pairs = _pairs(p, backbones)
    losses = _losses(p)
    train = p.train(("train",), p.get(("train",)) or {})
    teacher = p.mapping(("teacher",))
    p.keys(("teacher",), teacher, ("train", "seed", "store_topk"))
    teacher_train = p.train(("teacher", "train"), teacher.get("train") or {})
    teacher_seed = _seed(p, ("teacher", "seed"), teacher.get("seed", 0))
    store_topk = teacher.get("store_topk")
    if store_topk is not None and (
        p.expect(("teacher", "store_topk"), store_topk, int, "a list length K") < 1
    ):
        raise p.fail(("teacher", "store_topk"), f"expected a list length ≥ 1, got {store_topk}")
    overrides = _overrides(p, datasets, backbones, pairs, losses)
    exclude = _exclude(p, datasets, pairs, losses)
    device = p.expect(("device",), p.get(("device",), "auto"), str, "auto, cpu, cuda or mps")
    if not _DEVICE.match(device):
        raise p.fail(("device",), f"{device!r} is not a device; use auto, cpu, cuda, cuda:N or mps")
    suite = Suite(
        name=name,
        output=Path(output),
        datasets=datasets,
        backbones=backbones,
        pairs=pairs,
        losses=losses,
        seeds=_seeds(p),
        train=train,
        teacher_train=teacher_train,
        teacher_seed=teacher_seed,
        teacher_store_topk=store_topk,
        metrics=_metrics(p),
        device=device,
        overrides=overrides,
        exclude=exclude,
        executor=_executor(p),
        stats=_stats(p, losses),
        tune=_tune(p, losses, train),
        description=description,
        path=Path(src.file),
        source=src,
    )
    sort = suite.stats.get("sort")
    if sort is not None and sort not in suite.metrics:
        # else the leaderboard would refuse it after every run has trained
        raise p.fail(("stats", "sort"), f"{sort!r} is not among the metrics")
    _check_combinations(suite, p)
    return suite
