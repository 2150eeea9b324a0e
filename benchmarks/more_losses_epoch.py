"""Training-epoch cost of CD, DCD, UnKD, IR-RRD and HetComp on CiteULike-t, MF-400
teacher → MF-20 student, against the no-KD student epoch timed in the same run.

An epoch is what the trainer times: the loss's per-epoch hook (``on_epoch_start``: guide
top lists, student ranking, sampling) plus every batch's forward, backward and Adam step
(batch 2048, 49 batches). The hook runs in full; the batches are timed on the first
``--batches`` of the epoch and scaled to the epoch's count (per-batch cost is flat).
Every KD value is checked finite, so the run also shows each loss trains without NaN.
The no-KD student runs once untimed (warm-up: the first optimiser pulls in lazy
imports), then is timed before and after the losses; ratios use the mean of those two
runs, which absorbs part of a shared machine's drift; CPU seconds (this process, all
threads) are reported beside wall seconds, being less sensitive to other processes.
One-off setup (teacher-only lists) is reported apart. Settings: the KDs / RCE-KD
reference configs for CiteULike (CD, DCD, UnKD, HetComp) and the paper's for IR-RRD. The
teacher gets three BPR epochs only (its quality does not change the cost); HetComp's
trajectory is the teacher's top-100 lists after each of them.

Usage: python benchmarks/more_losses_epoch.py [--epochs 2] [--batches 10] [--threads N]
[--data PATH]; PATH: CiteULike-t ``users.dat`` (default: the KDBENCH_TEST_DATA folder or
../shared/data beside the repository).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pandas as pd
import torch

from kdbench.backbones import BACKBONES
from kdbench.data import prepare_frame
from kdbench.eval.ranking import DeviceCSR, chunked_topk
from kdbench.losses import LOSSES, DistillContext
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.train.sampling import bpr_batches
from kdbench.train.trainer import TrainConfig, make_optimizer

REPO = Path(__file__).resolve().parent.parent
SETTINGS = {
    "student": {},
    "cd": {"guide": "student", "N": 3000, "T": 20.0, "n_distill": 2, "lambda": 0.5},
    "dcd": {"K": 100, "T": 10.0, "mxK": 500, "lambda": 0.01},
    "unkd": {"G": 2, "n_distill": 2, "lambda": 0.5, "reduction": "sum"},
    "irrrd": {"K": 40, "L": 40, "N": 500, "K_I": 20, "L_I": 20, "N_I": 500},
    "hetcomp": {"num_ckpt": 3, "K": 50, "p": 10, "alpha": 1.05, "lambda": 0.005},
}


def data_path(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    root = Path(os.environ.get("KDBENCH_TEST_DATA", REPO.parent / "shared" / "data"))
    return root / "citeulike-t" / "users.dat"


def citeulike(path: Path):
    """CiteULike-t as the RCE-KD preprocessing: users with ≥ 5 items, file order, 8:1:1."""
    rows = []
    with open(path) as fh:
        for u, line in enumerate(fh):
            rows += [(u, int(i)) for i in line.split()[1:]]
    df = pd.DataFrame(rows, columns=["user", "item"])
    return prepare_frame(df, {"order": "file", "user_min": 5}, "citeulike-t")


def bpr_epochs(model, data, epochs: int, gen: torch.Generator) -> TeacherTrajectory:
    """Plain BPR training, no evaluation (the benchmark's teacher); its top-100 lists
    (train masked) after each epoch are its trajectory."""
    train = DeviceCSR(data.train, data.n_items, "cpu")
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    lists = []
    for _ in range(epochs):
        for batch in bpr_batches(train, 2048, gen):
            opt.zero_grad()
            model.base_loss(batch).backward()
            opt.step()
        with torch.no_grad():
            lists.append(chunked_topk(model.score, data.n_users, data.n_items, 100, train, "cpu"))
    return TeacherTrajectory(torch.stack(lists), tuple(range(epochs)))


def time_loss(
    name, teacher, data, gen, epochs: int, n_batches: int, trajectory: TeacherTrajectory
) -> tuple[float, ...]:
    """(setup s, mean epoch wall s, mean epoch CPU s) of one loss training a fresh
    MF-20 student. CPU time (all threads of this process) is less sensitive than wall
    time to other processes on a shared machine."""
    torch.manual_seed(1)
    student = BACKBONES.get("mf")(data, dim=20)
    loss = LOSSES.get(name)(**SETTINGS[name])
    t0 = time.perf_counter()
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), gen, trajectory=trajectory)
    loss.setup(ctx)
    setup = time.perf_counter() - t0
    opt = make_optimizer(student, loss, TrainConfig(batch_size=2048))
    total_batches = -(-data.train.nnz // 2048)
    seconds = cpu = 0.0
    for epoch in range(epochs):
        t0, c0 = time.perf_counter(), time.process_time()
        loss.on_epoch_start(epoch)
        hook, hook_cpu = time.perf_counter() - t0, time.process_time() - c0
        t0, c0, done = time.perf_counter(), time.process_time(), 0
        for i, batch in enumerate(bpr_batches(ctx.train, 2048, gen)):
            if done == n_batches:
                break
            done += 1
            kd = loss(batch)
            if not torch.isfinite(kd):
                raise SystemExit(f"{name}: non-finite KD loss at epoch {epoch}, batch {i}")
            step = student.base_loss(batch) + loss.lam * kd
            opt.zero_grad()
            step.backward()
            opt.step()
        seconds += hook + (time.perf_counter() - t0) * total_batches / done
        cpu += hook_cpu + (time.process_time() - c0) * total_batches / done
    return setup, seconds / epochs, cpu / epochs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batches", type=int, default=10)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--data", default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = citeulike(data_path(args.data))
    print(f"citeulike-t: {data.n_users} users, {data.n_items} items, {data.train.nnz} train")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, cpu")
    print(f"{args.epochs} epochs per loss, {args.batches} batches timed per epoch")
    torch.manual_seed(0)
    gen = torch.Generator().manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=400)
    trajectory = bpr_epochs(teacher, data, 3, gen)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    setup: dict[str, float] = {}
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for name in ["student", *SETTINGS, "student"]:  # the first run warms torch up, untimed
        setup[name], w, c = time_loss(
            name, teacher, data, gen, args.epochs, args.batches, trajectory
        )
        wall.setdefault(name, []).append(w)
        cpu.setdefault(name, []).append(c)
    wall["student"], cpu["student"] = wall["student"][1:], cpu["student"][1:]
    base_w, base_c = sum(wall["student"]) / 2, sum(cpu["student"]) / 2
    print(f"\nno-KD student epoch: wall {base_w:.3f} s {wall['student']}")
    print(f"no-KD student epoch: CPU {base_c:.3f} s {cpu['student']}")
    head = f"{'loss':8} {'setup s':>8} {'wall s':>7} {'ratio':>6} {'CPU s':>7} {'ratio':>6}"
    print(f"{head}  settings")
    for name in SETTINGS:
        if name != "student":
            w, c = wall[name][0], cpu[name][0]
            print(
                f"{name:8} {setup[name]:8.2f} {w:7.2f} {w / base_w:6.1f} {c:7.2f} "
                f"{c / base_c:6.1f}  {SETTINGS[name]}"
            )


if __name__ == "__main__":
    main()
