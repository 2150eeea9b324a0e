"""CPU seconds of one loss's epoch hook and training steps, built as ``kdbench run`` builds
the run (``build_run``: seed, cached teacher, student, loss set up) and stepped by the
trainer's own ``_step``.

CPU time (``time.process_time``), not wall time: on a shared machine it still compares
two versions of the code, which wall time cannot (with 1 thread it is the work done;
with more it adds up every thread). The step is the median of batches 2..N, scaled to
the epoch's batch count.

Usage: KDBENCH_DATA=... python benchmarks/run_path_steps.py LOSS [LOSS ...]
       [--batches 12] [--threads 1] [--suite suites/paper-citeulike-mf.yaml]
(the suite's teacher must be cached: ``kdbench run`` trains it). To compare with another
checkout: PYTHONPATH=<its root> python benchmarks/run_path_steps.py ...
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import torch

from kdbench.eval.ranking import DeviceCSR
from kdbench.runner.execute import build_run, dataset_of
from kdbench.suite import load_suite
from kdbench.suite.expand import expand
from kdbench.train.sampling import bpr_batches
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import TrainConfig, _step, make_optimizer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("losses", nargs="+")
    ap.add_argument("--batches", type=int, default=12)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--suite", default="suites/paper-citeulike-mf.yaml")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    suite = load_suite(args.suite)
    _, students = expand(suite)
    for name in args.losses:
        spec = next(s for s in students if s.seed == 0 and s.labels["method"] == name)
        data = dataset_of(spec)
        device = torch.device("cpu")
        gen, student, loss, _ = build_run(spec, data, device, TeacherCache())
        cfg = TrainConfig(**spec.train)
        opt = make_optimizer(student, loss, cfg)
        train = DeviceCSR(data.train, data.n_items, device)
        student.train()
        c0 = time.process_time()
        loss.on_epoch_start(0)
        hook = time.process_time() - c0
        steps = []
        for i, batch in enumerate(bpr_batches(train, cfg.batch_size, gen)):
            if i == args.batches:
                break
            c0 = time.process_time()
            _step(student, loss, opt, batch, 0)
            steps.append(time.process_time() - c0)
        n = -(-len(train.indices) // cfg.batch_size)
        step = statistics.median(steps[1:])
        print(
            f"{name:8} {torch.get_num_threads()} threads: hook {hook:.3f} s, step "
            f"{step * 1e3:.1f} ms x {n} = {step * n:.2f} s, epoch {hook + step * n:.2f} "
            f"CPU s (load1 {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main()
