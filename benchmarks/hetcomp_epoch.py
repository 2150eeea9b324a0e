"""CPU seconds of HetComp's training steps with its log-sum-exp over the student's score
factors in row blocks (``factored_logsumexp``, the default for MF, LightGCN and HSTU
students) and over the dense [U_b, I] scores (``clamped_masked_logsumexp``, the path of a
backbone without score factors), on the path ``kdbench run`` takes.

``build_run`` sets up the suite's seed-0 HetComp run (its cached teacher and trajectory),
then the same training batches are timed under both paths, alternating, for the KD term's
forward and backward with the student's base loss (no optimiser step, so both see the same
weights). CPU seconds of this process, one torch thread: on a shared machine they still
compare the two. The KD values of the two paths are printed side by side.

Usage: KDBENCH_DATA=... KDBENCH_CACHE=... python benchmarks/hetcomp_epoch.py
       [--suite suites/paper-citeulike-mf.yaml] [--batches 8] [--repeats 3]
(the suite's teacher must be cached with its trajectory: ``kdbench run`` trains it).
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
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import TrainConfig, _batches


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--suite", default="suites/paper-citeulike-mf.yaml")
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(1)
    _, students = expand(load_suite(args.suite))
    spec = next(s for s in students if s.seed == 0 and s.labels["method"].startswith("hetcomp"))
    data = dataset_of(spec)
    gen, student, loss, _ = build_run(spec, data, torch.device("cpu"), TeacherCache())
    cfg = TrainConfig(**spec.train)
    train = DeviceCSR(data.train, data.n_items, "cpu")
    student.train()
    loss.on_epoch_start(0)
    batches = list(_batches(student, train, cfg, gen))[: args.batches]
    cls = type(student)
    factored = cls.has_score_factors

    def timed(use_factors: bool) -> tuple[float, list[float]]:
        cls.has_score_factors = factored if use_factors else classmethod(lambda c: False)
        values = []
        t = time.process_time()
        for batch in batches:
            student.zero_grad(set_to_none=True)
            student.begin_step()
            kd = loss(batch)
            (student.base_loss(batch) + loss.lam * kd).backward()
            values.append(kd.item())
        cls.has_score_factors = factored
        return time.process_time() - t, values

    timed(True)  # warm-up
    times = {True: [], False: []}
    for r in range(args.repeats):
        for use in (r % 2 == 0, r % 2 == 1):
            sec, values = timed(use)
            times[use].append(sec)
            if r == 0:
                print(("factored" if use else "dense   "), "KD values", values[:3])
    f, d = statistics.median(times[True]), statistics.median(times[False])
    n = len(batches)
    print(
        f"{args.suite}: {spec.labels['pair']} {spec.labels['method']} seed 0, "
        f"{student.name} student, {data.n_items} items, {n} batches of {cfg.batch_size}, "
        f"medians of {args.repeats}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"dense    {d / n * 1000:7.1f} ms CPU per step {sorted(times[False])}")
    print(f"factored {f / n * 1000:7.1f} ms CPU per step {sorted(times[True])}")
    print(f"dense / factored: {d / f:.2f}x")


if __name__ == "__main__":
    main()
