"""How often would a pruner have stopped a tuning's good trials? Leave-one-out over the
complete trials of each study of a tuned output (or published) folder: each complete
trial is judged, as a trial of a later generation would be, against the study's other
complete trials, with the pruner of ``warmup`` epochs; a trial it stops is counted as
pruned (and the epochs after its stop as saved). The fidelity measure is the regret:
how far the best trial the pruner lets finish is below the study's best (0 when the
best survives; 100% when every complete trial would be stopped).

Two ways of replaying the reference trials are compared:
- ``as recorded``: each reference's validation value at each epoch, as Optuna's pruners
  read a study's trials (kdbench before the change that introduced this script);
- ``achieved``: each reference's best value so far, carried past its last epoch for a
  complete one (``kdbench.tune.prune.replay``, what kdbench does now).

Usage: python benchmarks/pruning_fidelity.py OUTPUT [--warmup 20 50 100] [--pruner median]
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path

import optuna

from kdbench.report.tuning import read_curve
from kdbench.tune.prune import EpochPruner, first_stop, make_pruner


def stop_as_recorded(kind: str, warmup: int, reference: list, curve: list) -> int | None:
    """The epoch at which Optuna's pruner, given the reference curves as recorded, stops
    ``curve`` (None: never)."""
    study = optuna.create_study(direction="maximize", pruner=make_pruner(kind, warmup, 1))
    for _, ref_curve, value in reference:
        trial = study.ask()
        for epoch, v in ref_curve:
            trial.report(v, epoch)
            trial.should_prune()
        study.tell(trial, value)
    trial = study.ask()
    for epoch, v in curve:
        trial.report(v, epoch)
        if trial.should_prune():
            return epoch
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--warmup", type=int, nargs="+", default=[20, 50, 100])
    ap.add_argument("--pruner", default="median", choices=["median", "successive_halving"])
    args = ap.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    summary = json.loads((args.output / "tuning" / "tune.json").read_text())
    studies = []
    for s in summary["studies"]:
        monitor = s["objective"].removeprefix("valid ")
        complete = [t for t in s["trials"] if t["state"] == "complete" and len(t["run_ids"]) == 1]
        curves = {
            t["number"]: read_curve(args.output / "tuning" / "runs" / t["run_ids"][0], monitor)
            for t in complete
        }
        if len(curves) >= 2:
            studies.append((s["alias"], curves))
    n = sum(len(c) for _, c in studies)
    print(f"{args.output}: {len(studies)} studies, {n} complete trials; pruner {args.pruner}")
    print(
        "replay       warmup  pruned  epochs saved  regret: mean  worst  studies >1%  "
        "best ones stopped"
    )
    for mode in ("as recorded", "achieved"):
        for warmup in args.warmup:
            pruned = saved = total = 0
            regrets, stopped = [], []
            for alias, curves in studies:
                value = {num: max(v for _, v in c) for num, c in curves.items()}
                best = max(value.values())
                kept = []
                for num, curve in curves.items():
                    ref = [("complete", c, value[k]) for k, c in curves.items() if k != num]
                    if mode == "achieved":
                        pruner = EpochPruner(args.pruner, warmup, 1, "v", ref)
                        stop = first_stop(pruner, curve)
                    else:
                        stop = stop_as_recorded(args.pruner, warmup, ref, curve)
                    total += len(curve)
                    if stop is None:
                        kept.append(value[num])
                        continue
                    pruned += 1
                    saved += sum(1 for e, _ in curve if e > stop)
                    if value[num] >= 0.97 * best:
                        stopped.append(f"{alias}#{num}@{stop}")
                regrets.append((best - max(kept, default=0.0)) / best)
            print(
                f"{mode:12} {warmup:6}  {pruned:2}/{n}  {saved / total:12.0%}  "
                f"{sum(regrets) / len(regrets):12.1%}  {max(regrets):5.0%}  "
                f"{sum(r > 0.01 for r in regrets):5}/{len(regrets)}  {' '.join(stopped)}"
            )


if __name__ == "__main__":
    main()
