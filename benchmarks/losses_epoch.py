"""Training-epoch cost of the list-based losses (CE, RD, RRD, RCE-KD) on CiteULike-t,
MF-400 teacher → MF-20 student, against the no-KD student epoch timed in the same run.

An epoch is what the trainer does: the loss's per-epoch hook (``on_epoch_start``: the
student's top lists, sampling, teacher scores on the new lists) plus every batch's base
loss, KD loss, backward and Adam step (batch 2048, the trainer's loop without its
evaluation). Hook and batch loop are timed apart; the ratio uses their sum. The no-KD
student is timed first and last and the ratios use the mean of the two, which absorbs
part of a shared machine's drift. One-off setup (teacher-only lists) is reported apart.
Settings: the reference CiteULike MF configs (RCE-KD, CE, RRD from the KDs harness; RD
from the Gowalla config, its dynamic weights on from the first epoch so they are timed).

Usage: python benchmarks/losses_epoch.py [--epochs 3] [--threads N]
Data: ``load_dataset("citeulike-t")`` (set KDBENCH_DATA to a folder holding
citeulike-t/users.dat, or let it download). The teacher is trained two epochs only:
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


def run_epochs(name, params, data, teacher, epochs, batch_size, seed=1):
    """Train a fresh MF-20 student ``epochs`` epochs; (setup s, [hook s], [loop s])."""
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    student = BACKBONES.get("mf")(data, dim=20)
    loss = LOSSES.get(name.split("/")[0])(**params)
    ctx = DistillContext(
        teacher if loss.requires else None, student, data, torch.device("cpu"), gen
    )
    t0 = time.perf_counter()
    loss.setup(ctx)
    setup = time.perf_counter() - t0
    opt = torch.optim.Adam(student.parameters(), lr=1e-3, weight_decay=1e-5)
    train = DeviceCSR(data.train, data.n_items, "cpu")
    hooks, loops = [], []
    for epoch in range(epochs):
        student.train()
        t0 = time.perf_counter()
        loss.on_epoch_start(epoch)
        t1 = time.perf_counter()
        for batch in bpr_batches(train, batch_size, gen):
            student.begin_step()
            step = student.base_loss(batch)
            if loss.lam:
                kd = loss(batch)
                step = step + loss.lam * kd
            if not torch.isfinite(step):
                raise RuntimeError(f"{name}: non-finite loss at epoch {epoch}")
            opt.zero_grad(set_to_none=True)
            step.backward()
            opt.step()
        hooks.append(t1 - t0)
        loops.append(time.perf_counter() - t1)
    return setup, hooks, loops


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
        TrainConfig(epochs=2, eval_every=2, lr=0.01),
        torch.Generator().manual_seed(0),
    )
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)

    def epoch_s(hooks, loops):  # median epoch, hook included
        return statistics.median(h + loop for h, loop in zip(hooks, loops, strict=True))

    first = run_epochs("student", {}, data, teacher, args.epochs, 2048)
    rows = {n: run_epochs(n, p, data, teacher, args.epochs, 2048) for n, p in SETTINGS.items()}
    last = run_epochs("student", {}, data, teacher, args.epochs, 2048)
    base = (epoch_s(*first[1:]) + epoch_s(*last[1:])) / 2
    print(
        f"\nno-KD student epoch: {base:.3f} s (first {epoch_s(*first[1:]):.3f}, "
        f"last {epoch_s(*last[1:]):.3f})"
    )
    print(f"{'loss':13} {'setup s':>8} {'hook s':>7} {'loop s':>7} {'epoch s':>8} {'ratio':>6}")
    for name, (setup, hooks, loops) in rows.items():
        epoch = epoch_s(hooks, loops)
        print(
            f"{name:13} {setup:8.2f} {statistics.median(hooks):7.3f} "
            f"{statistics.median(loops):7.3f} {epoch:8.3f} {epoch / base:6.2f}"
        )
    print("\nsettings:")
    for name, params in SETTINGS.items():
        print(f"  {name}: {params or 'defaults (reference CiteULike MF→MF)'}")


if __name__ == "__main__":
    main()
