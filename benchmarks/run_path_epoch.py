"""Seconds per epoch through the path ``kdbench run`` takes, with the load it ran under.

Each measurement is one run of the suite (CiteULike-t MF-400 → MF-20 by default), cut to
``--epochs`` epochs, executed by ``kdbench.runner.job.run_job`` — what every executor
calls: seeding, the cached teacher, the loss's setup, ``fit`` (epoch hook, sampling, every
step, the validation pass after each epoch, best-weights and checkpoint bookkeeping), the
final evaluation and the run record. ``fit`` reports each epoch's training and validation
seconds; every measurement runs in a fresh process (as a worker does), so its peak RSS is
its own. Losses alternate within a repeat and the order flips between repeats, so a shared
machine's drift hits them alike; the 1-minute load average is read at every epoch.

Ratios to the reference code need both timed in one sitting: ``side_by_side.py``, which
runs this script's ``measure`` alternated with the reference.

Validation is compared with bare scoring (the no-KD student's ``score`` of every user
against every item, in the evaluator's user chunks: the GEMMs a full-ranking pass cannot
avoid) and with the floor of an exact full ranking (scoring, masking train items, and
reading every score once), medians of 5.

Usage:
  KDBENCH_DATA=<folder with citeulike-t/users.dat> python benchmarks/run_path_epoch.py \\
      [--losses student ce rrd rcekd cd dcd] [--epochs 3] [--repeats 2] [--threads 2] \\
      [--out benchmarks/run_path_epoch.txt]
The suite's teacher must be cached first (``kdbench run`` trains it; ``KDBENCH_CACHE``
chooses the cache).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = """
import json, resource, statistics, sys, time
args = json.loads(sys.argv[1])
import torch
from kdbench.runner.job import Job, run_job
from kdbench.runner.execute import dataset_of
from kdbench.suite import load_suite
from kdbench.suite.expand import expand
from kdbench.train.teacher import TeacherCache
import dataclasses, os
suite = load_suite(args["suite"])
_, students = expand(suite)
spec = next(s for s in students if s.seed == args["seed"] and s.labels["method"] == args["loss"])
spec = dataclasses.replace(spec, train={**spec.train, "epochs": args["epochs"]})
data = dataset_of(spec)
teacher_id = spec.teacher.run_id(data.fingerprint) if spec.teacher else None
if spec.uses_teacher and not TeacherCache().has(teacher_id):
    sys.exit(f"teacher {teacher_id} is not cached: run `kdbench run {args['suite']}` first")
epochs = []
def progress(info):
    epochs.append({"train_s": info["train_s"], "eval_s": info["eval_s"],
                   "load1": os.getloadavg()[0]})
job = Job(spec, spec.run_id(data.fingerprint), teacher_id, device="cpu",
          threads=args["threads"], topk_lists=suite.teacher_store_topk,
          checkpoint_every=suite.executor.checkpoint_every)
t0 = time.perf_counter()
res = run_job(job, progress, data=data)
if not res.ok:
    sys.exit(res.error)
wall = time.perf_counter() - t0
out = {"epochs": epochs, "wall_s": wall, "threads": torch.get_num_threads(),
       "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
if args["gemm"]:
    # the floor of a validation pass: the student's scores of every user against every
    # item, in the evaluator's user chunks (the weights' values do not change the cost);
    # "gemm" scores only, "floor" also masks train items and reads every score once (a
    # row max: what any exact top-K must at least do)
    from kdbench.eval.ranking import DeviceCSR, user_chunks
    from kdbench.runner.execute import build_backbone
    model = build_backbone(spec.backbone, data, torch.device("cpu")).eval()
    train = DeviceCSR(data.train, data.n_items, "cpu")
    ts = {"gemm": [], "floor": []}
    with torch.no_grad():
        for _ in range(5):
            for name, times in ts.items():
                t0 = time.perf_counter()
                for users in user_chunks(data.n_users, data.n_items, "cpu", width=model.score_dim):
                    scores = model.score(users)
                    if name == "floor":
                        local, items = train.rows_of(users)
                        scores[local, items] = -torch.inf
                        scores.amax(1)
                times.append(time.perf_counter() - t0)
    out["gemm_s"] = statistics.median(ts["gemm"])
    out["floor_s"] = statistics.median(ts["floor"])
print("RESULT " + json.dumps(out))
"""


def measure(loss: str, args: argparse.Namespace, gemm: bool) -> dict:
    """One run of ``loss`` in a fresh process: per-epoch seconds and load, peak RSS."""
    payload = {
        "suite": str(args.suite),
        "loss": loss,
        "seed": args.seed,
        "epochs": args.epochs,
        "threads": args.threads,
        "gemm": gemm,
    }
    res = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(payload)], capture_output=True, text=True
    )
    line = next((x for x in res.stdout.splitlines() if x.startswith("RESULT ")), None)
    if res.returncode or line is None:
        sys.exit(f"{loss}: {(res.stderr.strip().splitlines() or ['failed'])[-1]}")
    return json.loads(line[len("RESULT ") :])


def validation_line(valid: float, gemm: float, floor: float) -> str:
    """The no-KD validation pass against bare scoring and against the exact-ranking floor."""
    return (
        f"validation pass (no-KD student) {valid:.3f} s = {valid / gemm:.2f}x bare scoring "
        f"(all users x all items, evaluator's chunks: {gemm:.3f} s; target <= 1.2x) = "
        f"{valid / floor:.2f}x the floor of an exact full ranking (scoring, masking train "
        f"items, reading every score once: {floor:.3f} s = {floor / gemm:.2f}x bare scoring)"
    )


def add_measure_args(ap: argparse.ArgumentParser) -> None:
    """The options ``measure`` reads, and the sitting's shape (shared by side_by_side.py)."""
    ap.add_argument("--suite", type=Path, default=Path("suites/paper-citeulike-mf.yaml"))
    ap.add_argument("--losses", nargs="+", default=["student", "ce", "rrd", "rcekd", "cd", "dcd"])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None, help="also write the table here")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_measure_args(ap)
    args = ap.parse_args()

    runs: dict[str, list[dict]] = {loss: [] for loss in args.losses}
    for rep in range(args.repeats):
        order = args.losses if rep % 2 == 0 else args.losses[::-1]
        for loss in order:
            runs[loss].append(measure(loss, args, gemm=loss == "student"))

    import torch  # after the children: this process's threads do not compete with them

    lines = [
        f"$ {' '.join(['python', *sys.argv])}",
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, torch {torch.__version__}, "
        f"{args.threads} threads, cpu ({os.cpu_count()} cores), suite {args.suite}, "
        f"seed {args.seed}, {args.epochs} epochs x {args.repeats} repeats, medians",
        "",
        f"{'loss':8} {'train s/ep':>10} {'valid s':>8} {'peak MB':>8}  "
        "load1 per epoch (each repeat)",
    ]
    gemm = None
    for loss, reps in runs.items():
        train = statistics.median(e["train_s"] for r in reps for e in r["epochs"])
        valid = statistics.median(e["eval_s"] for r in reps for e in r["epochs"])
        loads = " | ".join(" ".join(f"{e['load1']:.1f}" for e in r["epochs"]) for r in reps)
        peak = max(r["peak_rss_mb"] for r in reps)
        lines.append(f"{loss:8} {train:10.3f} {valid:8.3f} {peak:8.0f}  {loads}")
        if "gemm_s" in reps[0]:
            gemm = statistics.median(r["gemm_s"] for r in reps)
            floor = statistics.median(r["floor_s"] for r in reps)
            valid_student = valid
    if gemm is not None:
        lines += ["", validation_line(valid_student, gemm, floor)]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
