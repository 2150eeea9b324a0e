"""Mid-run checkpoints: a run stopped after an epoch and resumed from its checkpoint ends
bit-identical to one never stopped, for every registered loss (their per-epoch state is
rebuilt or saved), and the runner resumes a killed run from it."""

from __future__ import annotations

import pytest
import torch

from kdbench.backbones.mf import MF
from kdbench.errors import RunError
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.train.checkpoint import Checkpoint, Stopped, clear_stop, request_stop
from kdbench.train.device import seed_everything
from kdbench.train.trainer import TrainConfig, fit
from tests.test_losses_train import trained_teacher

#: list sizes within ML-100K's 1,682 items and cheap enough for a unit test
SMALL = {
    "cd": {"N": 200},
    "dcd": {"mxK": 200, "K": 20},
    "hetcomp": {"K": 20, "p": 1},  # DKC at epochs 1 and 2
    "de": {"M": 3},
    "htd": {"K": 3},
    "irrrd": {"N": 100, "N_I": 100},
    "unkd": {"N": 200},
}
EPOCHS = 3


class Stop(Exception):
    pass


def _run(data, teacher, name, checkpoint=None, stop_at=None, request_at=None):
    gen = seed_everything(1, torch.device("cpu"))  # deterministic algorithms, as runs have
    student = MF(data, dim=8)
    params = {k: v for k, v in SMALL.get(name, {}).items() if k in LOSSES.get(name).all_params()}
    loss = LOSSES.get(name)(**params)
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), gen)
    if "trajectory" in loss.requires:  # three stand-in checkpoints: slices of its top-60
        top = ctx.topk(teacher, 60, mask_train=True)
        ctx.trajectory = TeacherTrajectory(torch.stack(top.split(20, 1)), (50, 100, 150))
    loss.setup(ctx)
    cfg = TrainConfig(epochs=EPOCHS, batch_size=8192, lr=1e-2, weight_decay=1e-5, patience=99)

    def progress(info):
        if info["epoch"] == stop_at:
            raise Stop
        if info["epoch"] == request_at:  # as a Ctrl-C's handler does, mid-epoch
            request_stop()

    result = fit(student, loss, Evaluator(data, ["ndcg@10"], "cpu"), cfg, gen, progress, checkpoint)
    return result, student, loss


@pytest.fixture(scope="module")
def teacher(ml100k):
    return trained_teacher(ml100k, 16, 1)


@pytest.mark.parametrize("name", LOSSES.names())
def test_a_resumed_run_equals_one_never_stopped(ml100k, teacher, name, tmp_path):
    whole, s_whole, l_whole = _run(ml100k, teacher, name)
    ckpt = Checkpoint(tmp_path / "run.pt", every_s=0)
    with pytest.raises(Stop):  # killed while evaluating epoch 1: epoch 0's state is saved
        _run(ml100k, teacher, name, ckpt, stop_at=1)
    assert ckpt.path.is_file()
    resumed, s_resumed, l_resumed = _run(ml100k, teacher, name, ckpt)
    assert resumed.resumed_from == [1] and whole.resumed_from == []
    for a, b in zip(s_whole.state_dict().values(), s_resumed.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    for a, b in zip(l_whole.state_dict().values(), l_resumed.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    drop = ("seconds",)
    assert [{k: v for k, v in r.items() if k not in drop} for r in resumed.curve] == whole.curve
    assert (resumed.best_epoch, resumed.epochs_run) == (whole.best_epoch, whole.epochs_run)
    assert torch.equal(torch.as_tensor(resumed.result.topk), torch.as_tensor(whole.result.topk))


@pytest.fixture
def stop_flag():
    clear_stop()
    yield
    clear_stop()


def test_a_stop_asked_for_saves_the_epoch_under_way_and_resumes_there(
    ml100k, teacher, tmp_path, stop_flag
):
    """Asked during epoch 1, with no checkpoint due for an hour: the run saves epoch 1's
    state, raises Stopped, and resumes at epoch 2 to the result of a run never stopped."""
    whole, s_whole, _ = _run(ml100k, teacher, "rrd")
    ckpt = Checkpoint(tmp_path / "run.pt", every_s=3600)
    with pytest.raises(Stopped, match="after epoch 1"):
        _run(ml100k, teacher, "rrd", ckpt, request_at=1)
    assert ckpt.saved_epoch() == 1
    clear_stop()
    resumed, s_resumed, _ = _run(ml100k, teacher, "rrd", ckpt)
    assert resumed.resumed_from == [2]
    for a, b in zip(s_whole.state_dict().values(), s_resumed.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    assert torch.equal(torch.as_tensor(resumed.result.topk), torch.as_tensor(whole.result.topk))


def test_a_stop_asked_for_in_the_last_epoch_lets_the_run_end(ml100k, teacher, tmp_path, stop_flag):
    ckpt = Checkpoint(tmp_path / "run.pt", every_s=0)
    result, _, _ = _run(ml100k, teacher, "student", ckpt, request_at=EPOCHS - 1)
    assert result.epochs_run == EPOCHS and result.result is not None


def test_a_checkpoint_of_another_run_shape_fails_with_one_line(ml100k, teacher, tmp_path):
    ckpt = Checkpoint(tmp_path / "run.pt", every_s=0)
    with pytest.raises(Stop):
        _run(ml100k, teacher, "student", ckpt, stop_at=1)
    state = ckpt.load()
    state["model"] = {"user_emb": torch.zeros(3, 3)}
    ckpt.save(state)
    with pytest.raises(RunError, match=r"cannot resume from .*run\.pt .*remove it"):
        _run(ml100k, teacher, "student", ckpt)


def test_an_unreadable_checkpoint_is_ignored(tmp_path):
    path = tmp_path / "run.pt"
    path.write_bytes(b"not a checkpoint")
    assert Checkpoint(path).load() is None


def test_a_checkpoint_of_another_training_of_the_teacher_is_not_resumed(tmp_path):
    """Saved while distilling one training of the teacher (its lists' digest): resumed
    against that training only; a state from before the digest was saved resumes."""
    path = tmp_path / "run.pt"
    Checkpoint(path, teacher="a" * 16).save({"epoch": 3})
    assert Checkpoint(path, teacher="a" * 16).load()["epoch"] == 3
    assert Checkpoint(path, teacher="b" * 16).load() is None
    torch.save({"epoch": 4}, path)  # written by a kdbench that saved no digest
    assert Checkpoint(path, teacher="b" * 16).load()["epoch"] == 4


def test_a_run_resumed_by_other_code_names_who_trained_each_part(ml100k, teacher, tmp_path, caplog):
    """Stopped under one writer (commit, CPU, ...) and resumed under another: the result
    names the first part's writer, and the resume says what differs."""
    first = {"git_sha": "a" * 40, "cpu": "CPU A", "threads": 1}
    second = {"git_sha": "b" * 40, "cpu": "CPU A", "threads": 1}
    with pytest.raises(Stop):
        _run(ml100k, teacher, "student", Checkpoint(tmp_path / "run.pt", 0, writer=first), 1)
    ckpt = Checkpoint(tmp_path / "run.pt", every_s=0, writer=second)
    with caplog.at_level("WARNING", logger="kdbench.train.checkpoint"):
        resumed, _, _ = _run(ml100k, teacher, "student", ckpt)
    assert resumed.resumed_from == [1] and resumed.resumed_by == [first]
    assert f"git_sha {'a' * 40} -> {'b' * 40}" in caplog.text and "cpu" not in caplog.text


def test_a_run_resumed_by_the_same_writer_says_nothing_and_a_second_resume_keeps_both(
    ml100k, teacher, tmp_path, caplog
):
    writer = {"git_sha": "a" * 40}
    path = tmp_path / "run.pt"
    with pytest.raises(Stop):
        _run(ml100k, teacher, "student", Checkpoint(path, 0, writer=writer), stop_at=1)
    with pytest.raises(Stop), caplog.at_level("WARNING"):
        _run(ml100k, teacher, "student", Checkpoint(path, 0, writer=writer), stop_at=2)
    assert caplog.text == ""
    ckpt = Checkpoint(path, 0, writer={"git_sha": "c" * 40})
    resumed, _, _ = _run(ml100k, teacher, "student", ckpt)
    assert resumed.resumed_from == [1, 2] and resumed.resumed_by == [writer, writer]


def test_a_state_saved_before_writers_were_recorded_has_unknown_ones(tmp_path):
    path = tmp_path / "run.pt"
    torch.save({"epoch": 4, "resumed_from": [2]}, path)  # two parts, by an older kdbench
    ckpt = Checkpoint(path, writer={"git_sha": "a" * 40})
    assert ckpt.load()["epoch"] == 4 and ckpt.earlier == [None, None]
