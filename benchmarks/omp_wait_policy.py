"""No-KD MF-20 epoch on citeulike-t with 2 torch threads under each OpenMP wait policy:
unset (libgomp's default, what torch does: spin a while, then sleep), ACTIVE (spin) and
PASSIVE (sleep at once), on the machine as found and with one more process holding a
core (a busy loop). Policies alternate (order reversed on the second pass), twice each;
every line carries the 1-minute load average read before it (``os.getloadavg``), so an
"as found" line on a loaded machine is not mistaken for an idle one.

Usage: KDBENCH_DATA=<folder with citeulike-t/users.dat> python benchmarks/omp_wait_policy.py
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys, time, torch
from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.train.trainer import TrainConfig, fit
torch.set_num_threads(2)
data = load_dataset("citeulike-t")
torch.manual_seed(0)
gen = torch.Generator().manual_seed(0)
model = BACKBONES.get("mf")(data, dim=20)
loss = LOSSES.get("student")()
loss.setup(DistillContext(None, model, data, torch.device("cpu"), gen))
cfg = TrainConfig(epochs=3, batch_size=2048, lr=1e-3, weight_decay=1e-3)
res = fit(model, loss, Evaluator(data, ["ndcg@10"], "cpu"), cfg, gen)
print(f"{res.seconds_train / 3:.3f} {res.seconds_eval / 4:.3f}")
"""


#: name → environment: OMP_WAIT_POLICY, and GOMP_SPINCOUNT (libgomp's spin before sleeping,
#: 300000 by default) for the short-spin settings
POLICIES = {
    "unset": {},
    "ACTIVE": {"OMP_WAIT_POLICY": "ACTIVE"},
    "PASSIVE": {"OMP_WAIT_POLICY": "PASSIVE"},
    "spin10k": {"GOMP_SPINCOUNT": "10000"},
    "spin1k": {"GOMP_SPINCOUNT": "1000"},
}


def epoch(policy: str) -> tuple[float, float]:
    """(train s/epoch, eval s) of the no-KD student under ``policy``, in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    env.update(POLICIES[policy])
    res = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    train, ev = (float(x) for x in res.stdout.split())
    return train, ev


def main() -> None:
    print(f"{os.cpu_count()} cores")
    for condition in ("as found", "one busy core"):
        busy = None
        if condition == "one busy core":
            busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            out: dict[str, list[float]] = {p: [] for p in POLICIES}
            for policy in (*POLICIES, *reversed(POLICIES)):
                load = os.getloadavg()[0]
                train, ev = epoch(policy)
                out[policy].append(train)
                print(
                    f"{condition:13}  load1 {load:5.2f}  {policy:8}  "
                    f"train {train:.3f} s/epoch  eval {ev:.3f} s"
                )
            best = {p: min(t) for p, t in out.items()}
            print(
                f"{condition:13}  best of 2, relative to PASSIVE: "
                + ", ".join(f"{p} {best[p] / best['PASSIVE']:.2f}x" for p in POLICIES)
            )
        finally:
            if busy is not None:
                busy.kill()


if __name__ == "__main__":
    main()
