"""Malformed suites: each is exit code 2 with one line naming the file and the key (and a
did-you-mean where a name is unknown), no traceback, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from typer.testing import CliRunner

from kdbench.backbones import BACKBONES, register_backbone
from kdbench.backbones.mf import MF
from kdbench.cli import app
from kdbench.losses import LOSSES, DistillLoss, register_loss
from kdbench.params import Param

GOOD = """\
name: bad
output: {out}
datasets:
  ml-100k: {{}}
backbones:
  t: {{model: mf, dim: 16}}
  s: {{model: mf, dim: 4}}
pairs:
  - {{teacher: t, student: s}}
losses:
  student: {{}}
  ce: {{K: 10, guide: teacher}}
seeds: [0]
train: {{epochs: 1, patience: 1, batch_size: 4096}}
metrics: [recall@10, ndcg@10]
"""


def _edit(old: str, new: str):
    def apply(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return apply


def _append(extra: str):
    return lambda text: text + extra


#: (id, edit of GOOD or full text, extra CLI args, what the one line must contain)
CASES = [
    ("yaml-syntax", _edit("ce: {K: 10", "ce: {K: [10"), [], ["suite.yaml:12:", "invalid YAML"]),
    ("duplicate-key", _append("seeds: [1]\n"), [], ["suite.yaml:16: seeds", "duplicate key"]),
    ("not-a-mapping", lambda t: "- a\n- b\n", [], ["suite.yaml", "a suite must be a mapping"]),
    ("empty-file", lambda t: "", [], ["suite.yaml", "empty file"]),
    ("unknown-top-key", _append("sedes: [1]\n"), [], ["sedes", "did you mean 'seeds'"]),
    ("unknown-loss", _edit("ce: {K", "cee: {K"), [], ["losses.cee", "did you mean 'ce'"]),
    ("ce-K-over-items", _edit("ce: {K: 10", "ce: {K: 5000"), [], ["losses.ce.K", "item count"]),
    (
        "unknown-model",
        _edit("model: mf, dim: 4", "model: mff, dim: 4"),
        [],
        ["suite.yaml:7: backbones.s.model", "did you mean 'mf'"],
    ),
    (
        "unknown-dataset",
        _edit("ml-100k: {}", "ml-10k: {}"),
        [],
        ["datasets.ml-10k", "did you mean 'ml-100k'"],
    ),
    (
        "unknown-loss-param",
        _edit("K: 10", "KK: 10"),
        [],
        ["suite.yaml:12: losses.ce.KK", "did you mean 'K'"],
    ),
    ("wrong-type-param", _edit("K: 10", "K: ten"), [], ["losses.ce.K", "expected an integer"]),
    (
        "negative-epochs",
        _edit("epochs: 1", "epochs: -1"),
        [],
        ["suite.yaml:14: train.epochs", "must be >= 1"],
    ),
    (
        "wrong-type-lr",
        _edit("epochs: 1,", "epochs: 1, lr: fast,"),
        [],
        ["train.lr", "expected a number"],
    ),
    (
        "unknown-train-key",
        _edit("epochs: 1", "epoch: 1"),
        [],
        ["train.epoch", "did you mean 'epochs'"],
    ),
    (
        "unknown-pair-alias",
        _edit("{teacher: t,", "{teacher: tt,"),
        [],
        ["suite.yaml:9: pairs[0].teacher", "did you mean 't'"],
    ),
    ("no-pairs", _edit("  - {teacher: t, student: s}\n", "  []\n"), [], ["pairs", "required"]),
    (
        "seeds-not-list",
        _edit("seeds: [0]", "seeds: zero"),
        [],
        ["suite.yaml:13: seeds", "expected"],
    ),
    ("negative-seed", _edit("seeds: [0]", "seeds: [0, -1]"), [], ["seeds[1]", "must be >= 0"]),
    (
        "unknown-metric",
        _edit("[recall@10, ndcg@10]", "[recall@10, auc@10]"),
        [],
        ["metrics[1]", "unknown metric"],
    ),
    (
        "metric-k-over-items",
        _edit("[recall@10, ndcg@10]", "[recall@5000, ndcg@10]"),
        [],
        ["metrics[0]", "more items than ml-100k has (1682)"],
    ),
    (
        "loss-k-over-items",
        _edit("ce: {K: 10, guide: teacher}", "_listy: {K: 5000}"),
        [],
        ["losses._listy.K", "larger than the item count"],
    ),
    (
        "missing-include",
        lambda t: "include: nothere.yaml\n" + t,
        [],
        ["suite.yaml:1: include", "nothere.yaml not found"],
    ),
    ("include-cycle", lambda t: "include: suite.yaml\n" + t, [], ["include", "cycle"]),
    (
        "dataset-option-typo",
        _edit("ml-100k: {}", "ml-100k: {k_cor: 5}"),
        [],
        ["datasets.ml-100k.k_cor", "did you mean 'k_core'"],
    ),
    (
        "dataset-option-value",
        _edit("ml-100k: {}", "ml-100k: {order: shuffled}"),
        [],
        ["suite.yaml:4: datasets.ml-100k.order: 'shuffled' is not one of"],
    ),
    (
        "override-syntax",
        lambda t: t,
        ["-o", "seeds"],
        ["suite.yaml (-o seeds): ", "expected key.path=value"],
    ),
    (
        "override-value",
        lambda t: t,
        ["-o", "train.epochs=-3"],
        ["(-o train.epochs=-3): train.epochs", "must be >= 1"],
    ),
    (
        "override-yaml",
        lambda t: t,
        ["-o", "seeds=[0,"],
        ["suite.yaml (-o seeds=[0,): ", "not valid YAML"],
    ),
    (
        "rule-when-typo",
        _append("overrides:\n  - when: {datset: ml-100k}\n    train: {lr: 0.1}\n"),
        [],
        ["suite.yaml:17: overrides[0].when.datset", "did you mean 'dataset'"],
    ),
    (
        "rule-unknown-dataset",
        _append("overrides:\n  - when: {dataset: ml-1m}\n    train: {lr: 0.1}\n"),
        [],
        ["overrides[0].when.dataset", "did you mean 'ml-100k'"],
    ),
    (
        "rule-teacher-by-loss",
        _append("overrides:\n  - when: {loss: ce}\n    teacher: {train: {lr: 0.1}}\n"),
        [],
        ["overrides[0].teacher", "do not depend on the loss"],
    ),
    (
        "store-topk-not-int",
        _append("teacher: {store_topk: many}\n"),
        [],
        ["teacher.store_topk", "expected a list length K"],
    ),
    (
        "store-topk-over-items",
        _append("teacher: {store_topk: 5000}\n"),
        [],
        ["teacher.store_topk", "larger than the item count of ml-100k (1682)"],
    ),
    (
        "rule-loss-param",
        _append("overrides:\n  - when: {loss: ce}\n    losses: {ce: {tau: -1}}\n"),
        [],
        ["overrides[0].losses.ce.tau", "must be >="],
    ),
    ("executor-kind", _append("executor: slurm\n"), [], ["executor.kind", "not one of local, ray"]),
    ("workers-zero", lambda t: t, ["--workers", "0"], ["executor.workers", "must be >= 1"]),
    ("device", _append("device: gpu\n"), [], ["suite.yaml:16: device", "not a device"]),
    (
        "monitor-not-measured",
        _edit("epochs: 1,", "epochs: 1, monitor: ndcg@50,"),
        [],
        ["suite.yaml:15: metrics: train.monitor 'ndcg@50'", "not among the metrics"],
    ),
    ("empty-grid", _edit("K: 10", "K: []"), [], ["losses.ce.K", "empty list"]),
    (
        "duplicate-method",
        _edit("  student: {}\n", "  student: {}\n  scratch: {loss: student}\n"),
        [],
        ["losses.scratch", "runs exactly as student"],
    ),
    ("stats-alpha", _append("stats: {alpha: 2}\n"), [], ["stats.alpha", "between 0 and 1"]),
    (
        "stats-sort-not-a-metric",
        _append("stats: {sort: ndcg@20}\n"),
        [],
        ["stats.sort", "'ndcg@20' is not among the metrics"],
    ),
    ("backbone-dim-zero", _edit("dim: 4", "dim: 0"), [], ["backbones.s.dim", "must be >= 1"]),
    (
        "name-not-string",
        _edit("name: bad", "name: [bad]"),
        [],
        ["suite.yaml:1: name", "expected a string"],
    ),
]
CASES.append(
    (
        "incompatible-loss",
        _edit("s: {model: mf, dim: 4}", "s: {model: _noemb, dim: 4}"),
        [],
        ["losses._emb", "distils embeddings, but the student backbone '_noemb' has none"],
    )
)


class _Listy(DistillLoss):
    """A test loss whose K is a list length (``items=True``)."""

    params = {"K": Param(10, "K: a list length", int, min=1, items=True)}

    def forward(self, batch):
        return torch.zeros(())


class _Emb(DistillLoss):
    """A test loss that distils embeddings."""

    requires = frozenset({"teacher", "embeddings"})

    def forward(self, batch):
        return torch.zeros(())


class _NoEmb(MF):
    """MF that does not expose embeddings."""

    @classmethod
    def has_embeddings(cls) -> bool:
        return False


@pytest.fixture(scope="module", autouse=True)
def _test_plugins():
    register_loss("_listy")(_Listy)
    register_loss("_emb")(_Emb)
    register_backbone("_noemb")(_NoEmb)
    yield
    for reg, name in ((LOSSES, "_listy"), (LOSSES, "_emb"), (BACKBONES, "_noemb")):
        reg._items.pop(name, None)


def test_at_least_25_cases():
    assert len(CASES) >= 25


@pytest.mark.parametrize(
    ("edit", "args", "expect"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
@pytest.mark.parametrize("command", ["run", "validate"])
def test_malformed_suite_is_one_line_exit_2(tmp_path: Path, command, edit, args, expect):
    out = tmp_path / "out"
    text = GOOD.format(out=out)
    if "_emb" in expect[0]:
        text = text.replace("ce: {K: 10, guide: teacher}", "_emb: {}")
    suite = tmp_path / "suite.yaml"
    suite.write_text(edit(text))
    res = CliRunner().invoke(app, [command, str(suite), *args])
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and res.output.rstrip().endswith(errors[0]), res.output
    line = errors[0]
    assert "suite.yaml" in line, line
    for part in expect:
        assert part in line, f"{part!r} not in {line!r}"
    assert not out.exists()
