"""Every list-based loss, in each of its variants, trains an MF student from an MF teacher
without NaN: on ML-100K in the default run, on the full CiteULike-t with the reference
sizes (MF-400 → MF-20) in the slow run."""

from __future__ import annotations

import math

import pytest
import torch

from kdbench.backbones.mf import MF
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.train.trainer import TrainConfig, fit

VARIANTS = [
    ("ce", {}),
    ("ce", {"guide": "teacher", "mask_train": True, "unit": "unique_users"}),
    ("rd", {"dynamic_start_epoch": 1}),
    ("rd", {"dynamic_start_epoch": 1, "rd_variant": "kds", "mask_train": True}),
    ("rrd", {}),
    ("rrd", {"rrd_variant": "topk", "unit": "rows", "reduction": "mean"}),
    ("rcekd", {}),
    ("rcekd", {"gamma_overlap": "student_topk", "mask_train": True, "sample_rank": True}),
]


def trained_teacher(data, dim: int, epochs: int) -> MF:
    torch.manual_seed(0)
    teacher = MF(data, dim=dim)
    gen = torch.Generator()
    gen.manual_seed(0)
    cfg = TrainConfig(epochs=epochs, batch_size=2048, lr=0.01, eval_every=epochs)
    fit(teacher, LOSSES.get("student")(), Evaluator(data, ["ndcg@10"], "cpu"), cfg, gen)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


def train_student(data, teacher, name, params, dim, epochs, batch_size):
    torch.manual_seed(1)
    student = MF(data, dim=dim)
    gen = torch.Generator()
    gen.manual_seed(1)
    loss = LOSSES.get(name)(**params)
    loss.setup(DistillContext(teacher, student, data, torch.device("cpu"), gen))
    cfg = TrainConfig(epochs=epochs, batch_size=batch_size, lr=1e-3, weight_decay=1e-5)
    return fit(student, loss, Evaluator(data, ["ndcg@10"], "cpu"), cfg, gen)


def assert_finite_kd(result, epochs):
    assert result.epochs_run == epochs
    for row in result.curve:
        assert math.isfinite(row["train_loss"]) and math.isfinite(row["kd_loss"])
        assert row["kd_loss"] > 0
    assert math.isfinite(result.result.summary()["test"]["ndcg@10"])


@pytest.fixture(scope="module")
def ml100k_teacher(ml100k):
    return trained_teacher(ml100k, 32, 2)


# the default run trains one setting per loss; the slow run every variant
@pytest.mark.parametrize(("name", "params"), [VARIANTS[i] for i in (0, 3, 4, 7)])
def test_trains_on_ml100k_without_nan(ml100k, ml100k_teacher, name, params):
    assert_finite_kd(train_student(ml100k, ml100k_teacher, name, params, 8, 2, 4096), 2)


@pytest.fixture(scope="module")
def citeulike(shared_data_module):
    from kdbench.data import load_dataset

    return load_dataset("citeulike-t")


@pytest.fixture(scope="module")
def shared_data_module():
    from conftest import SHARED_DATA

    if not (SHARED_DATA / "citeulike-t" / "users.dat").is_file():
        pytest.skip(f"CiteULike-t users.dat not found under {SHARED_DATA}")
    mp = pytest.MonkeyPatch()
    mp.setenv("KDBENCH_DATA", str(SHARED_DATA))
    yield SHARED_DATA
    mp.undo()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "params"), VARIANTS)
def test_trains_mf20_from_mf400_on_citeulike_without_nan(citeulike, name, params):
    teacher = _citeulike_teacher(citeulike)
    assert_finite_kd(train_student(citeulike, teacher, name, params, 20, 3, 2048), 3)


_TEACHERS: dict[str, MF] = {}


def _citeulike_teacher(data) -> MF:
    if "mf400" not in _TEACHERS:
        _TEACHERS["mf400"] = trained_teacher(data, 400, 2)
    return _TEACHERS["mf400"]
