"""Training-epoch cost of the list-based losses (CE, RD, RRD, RCE-KD) on CiteULike-t,
MF-400 teacher → MF-20 student, against the no-KD student epoch timed in the same run.

An epoch is what the trainer does: the loss's per-epoch hook (``on_epoch_start``: the
student's top lists, sampling, teacher scores on the new lists) plus every batch's base
loss, KD loss, backward and Adam step (batch 2048, the trainer's loop without its
evaluation). Hook and batch loop are timed apart; the ratio uses their sum (median over
epochs). Every run trains its epoch e before any trains epoch e + 1 (round robin), so a
shared machine's drift hits all alike. One-off setup (teacher-only lists) is reported
apart.
Settings: the reference CiteULike MF configs (RCE-KD, CE, RRD from the KDs harness; RD
from the Gowalla config, its dynamic weights on from the first epoch so they are timed).

Usage: python benchmarks/losses_epoch.py [--epochs 3] [--threads N]
Data: ``load_dataset("citeulike-t")`` (set KDBENCH_DATA to a folder holding
citeulike-t/users.dat, or let it download). The teacher is trained one epoch only:
its quality does not change the cost.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.ranking import DeviceCSR
from kdbench.losses import LOSSES, DistillContext
from kdbench.train.sampling import bpr_batches
from kdbench.train.trainer import TrainConfig, fit

SETTINGS: dict[str, dict] = {
    "ce": {"K": 50, "guide": "student", "tau": 1.0, "lambda": 1.0},
    "rd": {
        "K": 30,
        "T_rd": 1.0,
        "mu": 0.1,
        "S": 100,
        "dynamic_start_epoch": 0,
        "rd_variant": "kds",
        "mask_train": True,
        "reduction": "sum",
    },
    "rrd": {"N": 500, "K": 100, "L": 200, "T": 10.0, "lambda": 0.1},
    "rrd/topk": {"N": 500, "K": 100, "L": 200, "T": 10.0, "lambda": 0.1, "rrd_variant": "topk"},
    "rcekd": {},
    "rcekd/masked": {"mask_train": True, "gamma_overlap": "student_topk"},
}


class Run:
    """A fresh MF-20 student with one loss, trained an epoch at a time."""

    def __init__(self, name: str, params: dict, data, teacher, batch_size: int, seed: int = 1):
        torch.manual_seed(seed)
        self.name, self.data, self.batch_size = name, data, batch_size
        self.gen = torch.Generator().manual_seed(seed)
        self.student = BACKBONES.get("mf")(data, dim=20)
        self.loss = LOSSES.get(name.split("/")[0])(**params)
        ctx = DistillContext(
            teacher if self.loss.requires else None,
            self.student,
            data,
            torch.device("cpu"),
            self.gen,
        )
        t0 = time.perf_counter()
        self.loss.setup(ctx)
        self.setup = time.perf_counter() - t0
        self.opt = torch.optim.Adam(self.student.parameters(), lr=1e-3, weight_decay=1e-5)
        self.train = DeviceCSR(data.train, data.n_items, "cpu")
        self.hooks: list[float] = []
        self.loops: list[float] = []

    def epoch(self) -> None:
        """The trainer's epoch without evaluation: hook, then every batch's step."""
        student, loss = self.student, self.loss
        student.train()
        t0 = time.perf_counter()
        loss.on_epoch_start(len(self.hooks))
        t1 = time.perf_counter()
        for batch in bpr_batches(self.train, self.batch_size, self.gen):
            student.begin_step()
            step = student.base_loss(batch)
            if loss.lam:
                step = step + loss.lam * loss(batch)
            if not torch.isfinite(step):
                raise RuntimeError(f"{self.name}: non-finite loss at epoch {len(self.hooks)}")
            self.opt.zero_grad(set_to_none=True)
            step.backward()
            self.opt.step()
        self.hooks.append(t1 - t0)
        self.loops.append(time.perf_counter() - t1)

    def epoch_s(self) -> float:
        """Median epoch, hook included."""
        return statistics.median(h + lp for h, lp in zip(self.hooks, self.loops, strict=True))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = load_dataset("citeulike-t")
    print(f"citeulike-t: {data.n_users} users, {data.n_items} items, {data.train.nnz} train")
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, cpu; "
        f"{args.epochs} epochs per loss, batch 2048"
    )
    torch.manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=400)
    fit(
        teacher,
        LOSSES.get("student")(),
        Evaluator(data, ["ndcg@10"], "cpu"),
        TrainConfig(epochs=1, eval_every=1, lr=0.01),
        torch.Generator().manual_seed(0),
    )
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)

    runs = [Run("student", {}, data, teacher, 2048)]
    runs += [Run(n, p, data, teacher, 2048) for n, p in SETTINGS.items()]
    # round robin: epoch e of every run before epoch e + 1 of any, so a shared machine's
    # drift hits every loss alike
    for _ in range(args.epochs):
        for run in runs:
            run.epoch()
    base = runs[0].epoch_s()
    print(f"\nno-KD student epoch: {base:.3f} s (median of {args.epochs})")
    print(f"{'loss':13} {'setup s':>8} {'hook s':>7} {'loop s':>7} {'epoch s':>8} {'ratio':>6}")
    for run in runs[1:]:
        print(
            f"{run.name:13} {run.setup:8.2f} {statistics.median(run.hooks):7.3f} "
            f"{statistics.median(run.loops):7.3f} {run.epoch_s():8.3f} "
            f"{run.epoch_s() / base:6.2f}"
        )
    print("\nsettings:")
    for name, params in SETTINGS.items():
        print(f"  {name}: {params or 'defaults (reference CiteULike MF→MF)'}")


if __name__ == "__main__":
    main()
