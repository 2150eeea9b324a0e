"""How close ``kdbench validate --probe`` comes to real epochs: for each method of
suites/paper-citeulike-mf.yaml (seed 0), the probe's estimate of one epoch (the loss's
epoch-0 hook and sampling, one warm-up step, ``--batches`` steps scaled to the epoch's 49,
one validation pass) against the same run trained for ``--epochs`` real epochs by the
runner (``train_run``), one after the other in this process, with the same thread count.

Compared: training seconds per epoch (probe vs the run's ``train_s`` / epochs) and the
validation pass (probe vs the run's ``eval_s`` / (epochs + 1): one pass per epoch, then
valid and test at the best epoch from one scoring pass). Needs the MF-400 teacher in the
teacher cache (any run of the suite trains it first).

Usage: KDBENCH_DATA=<folder with citeulike-t/users.dat> python benchmarks/validate_probe.py
[--epochs 3] [--threads 1] [--methods student,ce,...]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

import torch

from kdbench.runner.execute import dataset_of, probe_run, train_run
from kdbench.suite import expand, load_suite
from kdbench.train.teacher import TeacherCache

SUITE = Path(__file__).resolve().parent.parent / "suites" / "paper-citeulike-mf.yaml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--methods", default="student,ce,rd,rrd,rcekd,cd,dcd,de,htd")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cache, device = TeacherCache(), torch.device("cpu")
    students = {s.loss: s for s in expand(load_suite(SUITE))[1] if s.seed == 0}
    data = dataset_of(next(iter(students.values())))
    print(f"torch {torch.__version__}, {args.threads} thread(s); {data.name} {data.stats()}")
    print(f"{args.epochs} real epochs per method; seconds per epoch\n")
    print(
        f"{'method':8s} {'train probe':>11s} {'real':>7s} {'ratio':>6s}   "
        f"{'valid probe':>11s} {'real':>7s} {'ratio':>6s}"
    )
    for name in args.methods.split(","):
        spec = students[name]
        probe = probe_run(spec, device, cache, data)
        short = dataclasses.replace(
            spec, train={**spec.train, "epochs": args.epochs, "patience": args.epochs}
        )
        files, _ = train_run(short, device, cache, data=data)
        t = json.loads(files["run.json"])["timings"]
        train, valid = t["train_s"] / args.epochs, t["eval_s"] / (args.epochs + 1)
        print(
            f"{name:8s} {probe.train_s:11.2f} {train:7.2f} {probe.train_s / train:6.2f}   "
            f"{probe.eval_s:11.2f} {valid:7.2f} {probe.eval_s / valid:6.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
