"""Peak memory of the list-based losses on a Gowalla-sized synthetic dataset: 29,858 users,
40,981 items, about 810k train interactions (Gowalla's sizes), MF-300 teacher (random) →
MF-20 student, the reference Gowalla / KDs settings.

Each loss runs in a fresh process: data, teacher, student, the loss's setup (teacher
lists), its per-epoch hook (student lists, sampling) and the first ``--batches`` training
batches of the epoch (batch 2048; memory does not grow over an epoch, each batch frees
what it made), then reports the process's peak resident memory. The no-KD student is the
baseline. The reference builds a users × items float matrix per epoch (4.9 GB at these
sizes) and RRD a second one as its sampling mask.

Usage: python benchmarks/losses_memory.py [--batches 30] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

SETTINGS: dict[str, dict] = {
    "student": {},
    "ce": {"K": 50},
    "rd": {"K": 30, "S": 100, "dynamic_start_epoch": 0, "rd_variant": "kds", "mask_train": True},
    "rrd": {"N": 500, "K": 100, "L": 200, "T": 10.0, "lambda": 0.1},
    "rcekd": {"K": 100, "L": 50, "mxK": 100, "beta": 5.0, "lambda": 10.0},
}
USERS, ITEMS, TRAIN = 29_858, 40_981, 810_128


def synthetic():
    """Gowalla-sized interactions: per-user counts and item popularity both long-tailed."""
    import numpy as np

    from kdbench.data import CSR, Interactions

    rng = np.random.default_rng(0)
    counts = np.minimum(rng.zipf(1.6, USERS) + 9, 800)
    # 10% more draws than TRAIN: repeated (user, item) draws collapse
    counts = np.maximum((counts * 1.1 * TRAIN / counts.sum()).astype(np.int64), 8)
    pop = 1.0 / np.arange(1, ITEMS + 1) ** 0.8
    users = np.repeat(np.arange(USERS), counts)
    items = rng.choice(ITEMS, size=len(users), p=pop / pop.sum())
    keys = np.unique(users * ITEMS + items)
    u, i = keys // ITEMS, keys % ITEMS
    train = CSR.from_pairs(u, i, USERS)
    empty = CSR.from_pairs(np.zeros(0, np.int64), np.zeros(0, np.int64), USERS)
    return Interactions("gowalla-sized", USERS, ITEMS, train, empty, empty)


def child(name: str, batches: int, threads: int | None) -> None:
    import torch

    from kdbench.backbones import BACKBONES
    from kdbench.losses import LOSSES, DistillContext
    from kdbench.train.sampling import bpr_batches

    if threads:
        torch.set_num_threads(threads)
    t0 = time.perf_counter()
    data = synthetic()
    torch.manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=300).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = BACKBONES.get("mf")(data, dim=20)
    gen = torch.Generator().manual_seed(0)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    loss = LOSSES.get(name)(**SETTINGS[name])
    ctx = DistillContext(
        teacher if loss.requires else None, student, data, torch.device("cpu"), gen
    )
    loss.setup(ctx)
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    loss.on_epoch_start(0)
    for n, batch in enumerate(bpr_batches(ctx.train, 2048, gen)):
        if n == batches:
            break
        student.begin_step()
        step = student.base_loss(batch)
        if loss.lam:
            step = step + loss.lam * loss(batch)
        opt.zero_grad(set_to_none=True)
        step.backward()
        opt.step()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "peak_mb": peak,
                "before_loss_mb": base_rss,
                "nnz": data.train.nnz,
                "seconds": time.perf_counter() - t0,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, default=30)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--child", default=None)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.batches, args.threads)
        return
    print(
        f"Gowalla-sized synthetic data: {USERS} users, {ITEMS} items; MF-300 → MF-20; "
        f"setup + epoch hook + {args.batches} batches per loss, each in a fresh process"
    )
    print(f"{'loss':8} {'peak RSS MB':>12} {'before the loss MB':>19} {'s':>6}  settings")
    for name, params in SETTINGS.items():
        cmd = [sys.executable, __file__, "--child", name, "--batches", str(args.batches)]
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"{name:8} {r['peak_mb']:12.0f} {r['before_loss_mb']:19.0f} {r['seconds']:6.1f}  "
            f"{params or '-'}"
        )
    print(f"(train interactions: {r['nnz']})")


if __name__ == "__main__":
    main()
