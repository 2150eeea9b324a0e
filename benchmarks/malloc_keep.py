"""CPU seconds of an epoch with glibc's malloc keeping freed memory (kdbench's default,
``kdbench.train.device.keep_freed_memory``) and with glibc's own thresholds
(``KDBENCH_MALLOC=system``), per loss, on the path ``kdbench run`` takes.

Each measurement is a fresh process (as a run's worker is): ``build_run`` (seed, cached
teacher, student, loss set up: where kdbench sets the allocator), then the loss's epoch
hook, ``--batches`` training steps by the trainer's own ``_step`` and one validation pass.
It reports that process's CPU seconds in user and kernel (system) mode for the hook and
steps (scaled to the epoch's batch count) and for the validation, the page faults taken
meanwhile, and the peak RSS. CPU seconds, not wall time: on a shared machine they still
compare the two settings. The two settings alternate loss by loss, and the order flips
between repeats. Results are not compared here: ``benchmarks/per_user_digest.py`` shows
two settings compute the same bits.

Usage: KDBENCH_DATA=... KDBENCH_CACHE=... python benchmarks/malloc_keep.py
       [--losses student ce rrd irrrd] [--batches 12] [--repeats 2] [--threads 1]
       [--suite suites/tuned-citeulike-mf.yaml]
(the suite's teacher must be cached: ``kdbench run`` trains it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

CHILD = """
import json, resource, sys, time
args = json.loads(sys.argv[1])
import torch
torch.set_num_threads(args["threads"])
from kdbench.eval.ranking import DeviceCSR
from kdbench.runner.execute import build_run, dataset_of
from kdbench.suite import load_suite
from kdbench.suite.expand import expand
from kdbench.train.device import keep_freed_memory
from kdbench.train.teacher import TeacherCache
from kdbench.train.trainer import TrainConfig, _batches, _step, make_optimizer
_, students = expand(load_suite(args["suite"]))
spec = next(s for s in students if s.seed == 0 and s.labels["method"] == args["loss"])
data = dataset_of(spec)
gen, student, loss, evaluator = build_run(spec, data, torch.device("cpu"), TeacherCache())
cfg = TrainConfig(**spec.train)
opt = make_optimizer(student, loss, cfg)
train = DeviceCSR(data.train, data.n_items, "cpu")
def usage():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime, r.ru_minflt + r.ru_majflt
student.train()
loss.on_epoch_start(0)
batches = list(_batches(student, train, cfg, gen))  # the trainer's (BPR, or sequences)
_step(student, loss, opt, batches[0], 0)  # warm-up: the optimiser's lazy imports
u0, s0, f0 = usage()
loss.on_epoch_start(1)
for batch in batches[1 : args["batches"] + 1]:
    _step(student, loss, opt, batch, 1)
u1, s1, f1 = usage()
evaluator.evaluate(student, ("valid",))
u2, s2, f2 = usage()
scale = len(batches) / args["batches"]  # the hook runs once; steps scaled to the epoch
print("RESULT " + json.dumps({
    "kept": keep_freed_memory(),
    "train_user": (u1 - u0) * scale, "train_sys": (s1 - s0) * scale,
    "train_faults": (f1 - f0) * scale,
    "valid_user": u2 - u1, "valid_sys": s2 - s1, "valid_faults": f2 - f1,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""

MODES = ("keep", "system")


def measure(loss: str, mode: str, args: argparse.Namespace) -> dict:
    payload = {"suite": args.suite, "loss": loss, "batches": args.batches, "threads": args.threads}
    env = {**os.environ, "KDBENCH_MALLOC": mode}
    res = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(payload)], capture_output=True, text=True, env=env
    )
    line = next((x for x in res.stdout.splitlines() if x.startswith("RESULT ")), None)
    if res.returncode or line is None:
        sys.exit(f"{loss}: {(res.stderr.strip().splitlines() or ['failed'])[-1]}")
    out = json.loads(line[len("RESULT ") :])
    if out["kept"] != (mode == "keep"):
        sys.exit(f"{loss}: KDBENCH_MALLOC={mode} but keep_freed_memory() gave {out['kept']}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--losses", nargs="+", default=["student", "ce", "rrd", "irrrd"])
    ap.add_argument("--batches", type=int, default=12)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--suite", default="suites/tuned-citeulike-mf.yaml")
    args = ap.parse_args()
    runs: dict[tuple[str, str], list[dict]] = {}
    loads = []
    for rep in range(args.repeats):
        for loss in args.losses:
            for mode in MODES if rep % 2 == 0 else MODES[::-1]:
                runs.setdefault((loss, mode), []).append(measure(loss, mode, args))
                loads.append(os.getloadavg()[0])

    def med(loss: str, mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[loss, mode])

    print(f"$ python {' '.join(sys.argv)}")
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
        f"{args.threads} torch thread(s), suite {args.suite}, {args.batches} steps scaled to "
        f"the epoch, medians of {args.repeats}; load average after each measurement "
        f"{min(loads):.1f}-{max(loads):.1f}"
    )
    print("CPU seconds per epoch, user + system (page faults per epoch); peak RSS")
    head = f"{'loss':19} {'malloc':7} {'train CPU s':>18} {'faults':>9} {'valid CPU s':>18}"
    print(f"{head} {'faults':>8} {'peak MB':>8}")
    for loss in args.losses:
        for mode in MODES:
            tu, ts = med(loss, mode, "train_user"), med(loss, mode, "train_sys")
            vu, vs = med(loss, mode, "valid_user"), med(loss, mode, "valid_sys")
            print(
                f"{loss:19} {mode:7} {tu + ts:7.2f} ({tu:5.2f}+{ts:5.2f}) "
                f"{med(loss, mode, 'train_faults'):9.0f} {vu + vs:7.2f} ({vu:5.2f}+{vs:5.2f}) "
                f"{med(loss, mode, 'valid_faults'):8.0f} {med(loss, mode, 'peak_rss_mb'):8.0f}"
            )
        keep = med(loss, "keep", "train_user") + med(loss, "keep", "train_sys")
        system = med(loss, "system", "train_user") + med(loss, "system", "train_sys")
        keep += med(loss, "keep", "valid_user") + med(loss, "keep", "valid_sys")
        system += med(loss, "system", "valid_user") + med(loss, "system", "valid_sys")
        print(f"{'':19} epoch (train + valid) CPU, system / keep: {system / keep:.2f}x")


if __name__ == "__main__":
    main()
