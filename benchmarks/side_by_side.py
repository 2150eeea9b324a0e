"""Seconds per training epoch of the RCE-KD reference code and of kdbench, alternated in
one sitting on one machine: the only comparison of the two that means anything on a
machine whose speed changes from day to day.

For every loss and repeat, the reference runs ``--epochs`` epochs of its CiteULike-t
MF-400 → MF-20 configuration (``configs/citeulike/bpr/<loss>.yaml``), then kdbench runs
the same loss through the path ``kdbench run`` takes (``run_path_epoch.measure``: a fresh
process, ``run_job`` with the cached teacher, per-epoch validation, checkpoints, the run
record); the losses alternate and their order flips between repeats. Both get
``--threads`` torch threads.

Per epoch, what is compared: the reference's ``Elapsed: train`` (main.py's clock from
before negative sampling to the last optimiser step: sampling, the loss's per-epoch work,
every step) and kdbench's ``train_s`` (the same span: the loss's epoch hook, sampling,
every step). Evaluation is timed apart by both (the reference evaluates valid and test,
kdbench valid only) and not in the ratio. Peak RSS of each process (``wait4``), and the
1-minute load average after each measurement.

The reference: a checkout of woriazzc/RCEKD (``--reference``) with kdbench's CiteULike-t
split as its ``data/citeulike`` (``kdbench data prepare citeulike-t`` converted to its
train/valid/test files) and an MF-400 teacher at
``checkpoints/citeulike/bpr/scratch-400/BEST_EPOCH.pt`` (kdbench's, converted: the KD code
is then all that differs). ``--entry`` names the script to run instead of ``main.py``,
e.g. a wrapper that patches it for a machine without CUDA; ``--python`` the interpreter.

Usage:
  KDBENCH_DATA=... python benchmarks/side_by_side.py --reference DIR [--entry main.py]
      [--python PY] [--losses student ce rrd rcekd cd dcd] [--epochs 3] [--repeats 2]
      [--threads 2] [--out benchmarks/side_by_side.txt]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_path_epoch import add_measure_args, measure, validation_line

#: kdbench's loss name → the reference's --model (``kd`` is the reference's CE class)
REFERENCE_MODEL = {
    "student": "scratch",
    "ce": "kd",
    "rrd": "rrd",
    "rcekd": "rcekd",
    "cd": "cd",
    "dcd": "dcd",
    "de": "de",
    "htd": "htd",
    "unkd": "unkd",
}
#: the speed-up over the reference code each loss must reach (project issue #25)
TARGET = {"student": 2.0, "rcekd": 5.0, "dcd": 5.0, "de": 3.0, "htd": 3.0}
DEFAULT_TARGET = 3.0
ELAPSED = re.compile(r"Elapsed: train ([0-9.]+) test ([0-9.]+)")


def reference_epochs(loss: str, args: argparse.Namespace) -> dict:
    """One reference run of ``loss`` for ``args.epochs`` epochs: per-epoch train and
    evaluation seconds, peak RSS (MB)."""
    cmd = [
        args.python,
        args.entry,
        "--dataset=citeulike",
        "--S_backbone=bpr",
        f"--model={REFERENCE_MODEL[loss]}",
        "--suffix=side_by_side",
        "--seed=0",
        "--no_save",
        "--no_log",
        "--cfg",
        f"epochs={args.epochs}",
    ]
    if loss != "student":
        cmd.insert(3, "--T_backbone=bpr")
    env = {**os.environ, "OMP_NUM_THREADS": str(args.threads), "MKL_NUM_THREADS": str(args.threads)}
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(cmd, cwd=args.reference, env=env, stdout=log, stderr=log)
        _, status, usage = os.wait4(proc.pid, 0)
        log.seek(0)
        text = log.read()
    found = ELAPSED.findall(text)
    if os.waitstatus_to_exitcode(status) or len(found) < args.epochs:
        tail = "\n".join(text.strip().splitlines()[-5:])
        sys.exit(f"reference {loss}: exit {os.waitstatus_to_exitcode(status)}\n{tail}")
    return {
        "train_s": [float(t) for t, _ in found],
        "eval_s": [float(e) for _, e in found],
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "load1": os.getloadavg()[0],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, required=True, help="reference checkout")
    ap.add_argument("--entry", default="main.py", help="its script to run")
    ap.add_argument("--python", default=sys.executable, help="interpreter for the reference")
    add_measure_args(ap)
    args = ap.parse_args()
    unknown = [loss for loss in args.losses if loss not in REFERENCE_MODEL]
    if unknown:
        sys.exit(f"no reference model for {', '.join(unknown)}")

    start = time.gmtime()
    load0 = os.getloadavg()[0]
    ref: dict[str, list[dict]] = {loss: [] for loss in args.losses}
    kdb: dict[str, list[dict]] = {loss: [] for loss in args.losses}
    for rep in range(args.repeats):
        for loss in args.losses if rep % 2 == 0 else args.losses[::-1]:
            ref[loss].append(reference_epochs(loss, args))
            got = measure(loss, args, gemm=loss == "student")
            got["load1"] = os.getloadavg()[0]
            kdb[loss].append(got)
            print(f"  repeat {rep} {loss}: done (load1 {got['load1']:.1f})", file=sys.stderr)

    import torch  # after the children, whose threads this process must not compete with

    commit = subprocess.run(
        ["git", "-C", str(args.reference), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    command = " ".join(sys.argv[1:]).replace(str(args.reference), "<reference checkout>")
    if args.python != sys.executable:
        command = command.replace(args.python, "<its python>")
    lines = [
        f"$ python benchmarks/side_by_side.py {command}",
        f"{time.strftime('%Y-%m-%d %H:%M UTC', start)} to {time.strftime('%H:%M UTC')}, "
        f"torch {torch.__version__}, {args.threads} threads, {os.cpu_count()} cores, "
        f"reference woriazzc/RCEKD {commit or '?'}, kdbench suite {args.suite} seed "
        f"{args.seed}; {args.epochs} epochs x {args.repeats} repeats alternated, medians; "
        f"load1 {load0:.1f} before the first measurement",
        "",
        f"{'loss':8} {'reference':>9} {'kdbench':>8} {'ratio':>6} {'target':>6} {'met':>4} "
        f"{'ref MB':>7} {'kdb MB':>7}  load1 after each (reference | kdbench)",
    ]
    gemm = None
    for loss in args.losses:
        r = statistics.median(t for m in ref[loss] for t in m["train_s"])
        k = statistics.median(e["train_s"] for m in kdb[loss] for e in m["epochs"])
        target = TARGET.get(loss, DEFAULT_TARGET)
        loads = " ".join(f"{m['load1']:.1f}" for m in ref[loss]) + " | "
        loads += " ".join(f"{m['load1']:.1f}" for m in kdb[loss])
        lines.append(
            f"{loss:8} {r:9.2f} {k:8.3f} {r / k:6.1f} {target:6.1f} "
            f"{'yes' if r / k >= target else 'NO':>4} "
            f"{max(m['peak_rss_mb'] for m in ref[loss]):7.0f} "
            f"{max(m['peak_rss_mb'] for m in kdb[loss]):7.0f}  {loads}"
        )
        if loss == "student":
            gemm = statistics.median(m["gemm_s"] for m in kdb[loss])
            floor = statistics.median(m["floor_s"] for m in kdb[loss])
            valid = statistics.median(e["eval_s"] for m in kdb[loss] for e in m["epochs"])
    lines += [
        "",
        "reference, kdbench: training seconds per epoch (see the script's docstring); ratio:",
        "reference / kdbench; MB: peak RSS of the process (the reference's includes its test",
        "split's evaluation, kdbench's its final evaluation).",
    ]
    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
