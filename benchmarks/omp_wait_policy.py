"""No-KD MF-20 epoch on citeulike-t with 2 torch threads while another process holds a core:
OpenMP threads spinning (ACTIVE, torch's behaviour) vs sleeping (PASSIVE, kdbench's default).

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


def main() -> None:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        out = {}
        for policy in ("ACTIVE", "PASSIVE"):
            env = {**os.environ, "OMP_WAIT_POLICY": policy}
            res = subprocess.run(
                [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
            )
            out[policy] = [float(x) for x in res.stdout.split()]
            print(
                f"OMP_WAIT_POLICY={policy:7}  train {out[policy][0]:.3f} s/epoch  "
                f"eval {out[policy][1]:.3f} s"
            )
        ratio = out["ACTIVE"][0] / out["PASSIVE"][0]
        print(f"ACTIVE / PASSIVE train epoch: {ratio:.1f}x (one busy core beside the run)")
    finally:
        busy.kill()


if __name__ == "__main__":
    main()
