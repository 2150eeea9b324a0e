"""What a suite's runs cost: measured from finished records (hand-computed means), probed
here (``--probe``: one epoch's hook, steps scaled to the epoch, a validation pass), and a
probe that cannot run saying why, on a small real suite."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from suite_helpers import mf_suite
from typer.testing import CliRunner

from kdbench.atomic import write_folder
from kdbench.backbones import BACKBONES
from kdbench.cli import app
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.runner import Store, build_plan
from kdbench.runner.cost import costs, setting_of
from kdbench.runner.store import record_files
from kdbench.suite import load_suite
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import TrainConfig, time_epoch


@pytest.fixture
def suite(tmp_path, ml100k):
    path = tmp_path / "cost.yaml"
    path.write_text(
        mf_suite(
            "cost",
            tmp_path / "out",
            "student: {}, ce: {K: 10, guide: teacher}, hetcomp: {num_ckpt: 2, K: 10}",
            "[0, 1]",
        )
    )
    return load_suite(path)


def _finish(store: Store, run, total_s: float, train_s: float, eval_s: float, epochs: int):
    """A finished record with the given timings (the arrays are placeholders: a record
    without them counts as damaged, and the rest of a record is not read)."""
    rec = {
        "run_id": run.run_id,
        "kind": run.kind,
        "status": "done",
        "epochs_run": epochs,
        "timings": {"total_s": total_s, "train_s": train_s, "eval_s": eval_s},
    }
    users = np.arange(3)
    arrays = {"per_user": {"user": users}, "topk": {"user": users, "items": users[:, None]}}
    write_folder(store.folder(run.run_id), record_files(rec, **arrays))


def test_measured_costs_are_the_means_of_the_finished_runs(suite):
    store, cache = Store(suite.output), TeacherCache()
    plan = build_plan(suite, store, cache)
    no_kd = [r for r in plan.students if r.spec.loss == "student"]
    _finish(store, no_kd[0], total_s=120.0, train_s=80.0, eval_s=20.0, epochs=10)
    _finish(store, no_kd[1], total_s=60.0, train_s=30.0, eval_s=10.0, epochs=20)
    plan = build_plan(suite, store, cache)
    cost, epochs = costs(plan, store, cache)
    c = cost[setting_of(no_kd[0])]
    assert c.epoch_s == pytest.approx((100 / 10 + 40 / 20) / 2)  # 6 s per epoch
    assert c.run_min == pytest.approx(1.5) and not c.probed
    assert epochs == {"student": 15}
    ce = next(r for r in plan.students if r.spec.loss == "ce")
    assert cost[setting_of(ce)].epoch_s is None  # nothing finished, nothing probed


def test_probe_times_what_has_no_finished_run_and_says_why_it_cannot(suite):
    store, cache = Store(suite.output), TeacherCache()
    plan = build_plan(suite, store, cache)
    no_kd = next(r for r in plan.students if r.spec.loss == "student")
    _finish(store, no_kd, total_s=60.0, train_s=30.0, eval_s=10.0, epochs=40)
    plan = build_plan(suite, store, cache)
    seen = []
    cost, _ = costs(plan, store, cache, probe=True, threads=1, on_probe=seen.append)
    by_loss = {r.spec.loss: cost[setting_of(r)] for r in plan.students}
    teacher = cost[setting_of(plan.teachers[0])]
    ce = by_loss["ce"]
    assert ce.probed and ce.epoch_s > 0 and ce.run_min == pytest.approx(ce.epoch_s * 40 / 60)
    assert teacher.probed and teacher.epoch_s > 0 and teacher.run_min is None  # none finished
    assert not by_loss["student"].probed  # measured: not probed again
    # HetComp distils the teacher's training trajectory, which only a trained teacher has
    assert by_loss["hetcomp"].error == "needs its teacher's training trajectory: train it first"
    assert len(seen) == 3 and not cache.has(plan.teachers[0].run_id)  # nothing trained
    assert not any(store.read(r.run_id) for r in plan.runs if r.run_id != no_kd.run_id)


def test_validate_probe_prints_the_estimates(suite, tmp_path):
    path = tmp_path / "cost.yaml"
    res = CliRunner().invoke(app, ["validate", str(path), "--probe", "-o", "losses={ce: {K: 10}}"])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert out.count("≈") >= 2 and "none finished yet" in out
    assert not (tmp_path / "out").exists()


def test_costs_from_runs_with_the_same_ids_in_other_folders(suite, tmp_path, monkeypatch):
    """Runs not finished here are costed from their records in a --reuse folder and in the
    published results (same run ids), and validate says how many `run --reuse` would copy;
    a record here wins over one elsewhere."""
    store, cache = Store(suite.output), TeacherCache()
    plan = build_plan(suite, store, cache)
    no_kd = [r for r in plan.students if r.spec.loss == "student"]
    ce = [r for r in plan.students if r.spec.loss == "ce"]
    other, published = Store(tmp_path / "other"), Store(tmp_path / "pub" / "paper-x")
    _finish(other, no_kd[0], total_s=120.0, train_s=80.0, eval_s=20.0, epochs=10)
    _finish(other, no_kd[1], total_s=60.0, train_s=30.0, eval_s=10.0, epochs=20)
    _finish(published, ce[0], total_s=30.0, train_s=8.0, eval_s=2.0, epochs=5)
    _finish(published, no_kd[0], total_s=999.0, train_s=999.0, eval_s=0.0, epochs=1)
    _finish(store, ce[1], total_s=90.0, train_s=14.0, eval_s=6.0, epochs=5)
    plan = build_plan(suite, store, cache)
    cost, epochs = costs(plan, store, cache, others=[other, published])
    assert cost[setting_of(no_kd[0])].epoch_s == pytest.approx(6.0)  # other, not published
    assert cost[setting_of(no_kd[0])].run_min == pytest.approx(1.5)
    assert cost[setting_of(ce[0])].epoch_s == pytest.approx((10 / 5 + 20 / 5) / 2)
    assert epochs == {"student": (10 + 20 + 5 + 5) / 4}
    hetcomp = next(r for r in plan.students if r.spec.loss == "hetcomp")
    assert cost[setting_of(hetcomp)].epoch_s is None

    monkeypatch.setattr("kdbench.cli.run.PUBLISHED", tmp_path / "pub")
    path = tmp_path / "cost.yaml"
    res = CliRunner().invoke(app, ["validate", str(path), "--reuse", str(tmp_path / "other")])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert f"2 of the runs to do are finished in {tmp_path / 'other'}" in out
    assert f"2 of the runs to do are finished in {tmp_path / 'pub' / 'paper-x'}" in out
    assert f"--reuse {tmp_path / 'other'} copies them" in out
    res = CliRunner().invoke(app, ["validate", str(path), "--reuse", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "not a kdbench output folder" in res.output


def test_time_epoch_scales_the_timed_steps_to_the_epoch(ml100k_slice):
    torch.manual_seed(0)
    model = BACKBONES.get("mf")(ml100k_slice, dim=8)
    loss = LOSSES.get("student")()
    gen = torch.Generator().manual_seed(0)
    loss.setup(DistillContext(None, model, ml100k_slice, torch.device("cpu"), gen))
    before = model.user_emb.detach().clone()
    evaluator = Evaluator(ml100k_slice, ["ndcg@10"], torch.device("cpu"))
    cost = time_epoch(model, loss, evaluator, TrainConfig(batch_size=64), gen, batches=2)
    assert cost.train_s > 0 and cost.eval_s > 0
    assert cost.total_s == pytest.approx(cost.train_s + cost.eval_s)
    assert not torch.equal(before, model.user_emb.detach())  # it did train
