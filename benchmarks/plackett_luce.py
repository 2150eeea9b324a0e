"""CPU time of the Plackett–Luce list loss (RRD, DCD, IR-RRD, HetComp) in its two forms:
the shifted form with a closed-form gradient (``_PlackettLuce``, taken when a batch's
scores span less than ``PL_SHIFT_SPAN``) and the log-cum-sum-exp form (``_pl_general``,
autograd's backward: three serial scans per call).

1. The function alone, forward + backward, at the list sizes of the losses (rows = the
   unique users of a batch), with its largest error against a float64 evaluation.
2. Training steps on the path ``kdbench run`` takes (``build_run``; a teacher of the
   suite's size, untrained, as ``kdbench validate --probe`` uses while none is cached: the
   step's work does not depend on the teacher's weights), the general form forced by
   setting ``PL_SHIFT_SPAN`` to −inf. The two forms alternate, ``--repeats`` times, in
   one process; medians of the per-step CPU time, scaled to the epoch's batch count.

CPU seconds (``time.process_time``), one torch thread: on a shared machine they still
compare the two forms. HetComp needs its teacher's trajectory and is timed in part 1 only.

Usage: KDBENCH_DATA=... python benchmarks/plackett_luce.py [--steps 20] [--repeats 3]
       [--suite suites/tuned-ml1m-mf.yaml --losses rrd dcd irrrd]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch

import kdbench.losses.functional as F
from kdbench.eval.ranking import DeviceCSR
from kdbench.runner.execute import build_run, dataset_of
from kdbench.suite import load_suite
from kdbench.suite.expand import expand
from kdbench.train.sampling import bpr_batches
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import TrainConfig, _step, make_optimizer

#: (what, rows, K, L): RRD/IR-RRD's user side on ML-1M (batch 2048 → ~1460 unique users)
#: and CiteULike-t (~1270), DCD's K = 100 with no rest, HetComp's phase-2 prefixes
SIZES = [
    ("RRD K=100 L=200, 1460 rows", 1460, 100, 200),
    ("RRD K=100 L=200, 1270 rows", 1270, 100, 200),
    ("DCD K=100 L=0, 1460 rows", 1460, 100, 0),
    ("HetComp K=25 L=1, 1270 rows", 1270, 25, 1),
]


def cpu_ms(fn, n: int) -> float:
    for _ in range(2):
        fn()
    t = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - t) / n * 1e3


def function_alone(n: int) -> None:
    print("1. forward + backward of plackett_luce, float32, scores ~ N(0, 4²)")
    head = f"{'sizes':30} {'general ms':>10} {'shifted ms':>10} {'ratio':>6}"
    print(f"{head} {'max rel err g/s':>18}")
    gen = torch.Generator().manual_seed(0)
    for what, rows, K, L in SIZES:
        o64 = torch.randn(rows, K, generator=gen, dtype=torch.float64) * 4
        r64 = torch.randn(rows, L, generator=gen, dtype=torch.float64) * 4
        o, r = o64.float().requires_grad_(True), r64.float().requires_grad_(True)

        def run(fn, o=o, r=r):
            def go():
                o.grad = r.grad = None
                fn(o, r).sum().backward()

            return go

        general = cpu_ms(run(F._pl_general), n)
        shifted = cpu_ms(run(F.plackett_luce), n)
        ref = o64.clone().requires_grad_(True)
        F._pl_general(ref, r64).sum().backward()
        errs = []
        for fn in (F._pl_general, F.plackett_luce):
            o.grad = None
            fn(o, r).sum().backward()
            errs.append(((o.grad.double() - ref.grad).abs().max() / ref.grad.abs().max()).item())
        print(
            f"{what:30} {general:10.2f} {shifted:10.2f} {general / shifted:5.1f}× "
            f"{errs[0]:8.1e}/{errs[1]:.1e}"
        )


def run_path(suite_path: str, losses: list[str], steps: int, repeats: int) -> None:
    suite = load_suite(suite_path)
    _, students = expand(suite)
    print(f"2. training steps, {suite_path} (untrained teacher of the suite's size)")
    for name in losses:
        spec = next(s for s in students if s.seed == 0 and s.labels["method"] == name)
        data = dataset_of(spec)
        device = torch.device("cpu")
        gen, student, loss, _ = build_run(
            spec, data, device, TeacherCache(), untrained_teacher=True
        )
        cfg = TrainConfig(**spec.train)
        opt = make_optimizer(student, loss, cfg)
        train = DeviceCSR(data.train, data.n_items, device)
        student.train()
        loss.on_epoch_start(0)
        batches = bpr_batches(train, cfg.batch_size, gen)
        n_batches = -(-len(train.indices) // cfg.batch_size)
        times: dict[str, list[float]] = {"general": [], "shifted": []}
        span = F.PL_SHIFT_SPAN
        for rep in range(repeats):
            for form in ("general", "shifted") if rep % 2 == 0 else ("shifted", "general"):
                F.PL_SHIFT_SPAN = span if form == "shifted" else float("-inf")
                for i in range(steps + 1):
                    try:
                        batch = next(batches)
                    except StopIteration:
                        batches = bpr_batches(train, cfg.batch_size, gen)
                        batch = next(batches)
                    t = time.process_time()
                    _step(student, loss, opt, batch, 0)
                    if i:  # the first step after a switch is a warm-up
                        times[form].append(time.process_time() - t)
        F.PL_SHIFT_SPAN = span
        g, s = (statistics.median(times[f]) for f in ("general", "shifted"))
        print(
            f"{name:7} step general {g * 1e3:6.1f} ms, shifted {s * 1e3:6.1f} ms ({g / s:.2f}×); "
            f"x {n_batches} batches: {g * n_batches:5.1f} → {s * n_batches:5.1f} CPU s per epoch"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--suite", action="append")
    ap.add_argument("--losses", nargs="+", default=["rrd", "dcd", "irrrd"])
    args = ap.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, 1 thread, load1 {os.getloadavg()[0]:.1f}")
    function_alone(50)
    for suite in args.suite or ["suites/tuned-ml1m-mf.yaml", "suites/tuned-citeulike-mf.yaml"]:
        run_path(suite, args.losses, args.steps, args.repeats)
    print(f"load1 at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
