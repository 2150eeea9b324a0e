"""How often would a pruner have stopped a tuning's good trials? ``kdbench tune-report
OUTPUT --pruning`` (``kdbench.tune.report.pruning_fidelity``): leave-one-out over the
complete trials of each study, each judged, as a trial of a later generation would be,
against the study's other complete trials; the regret is how far the best trial left
running is below the study's best (0 when it survives; 100% when every complete trial
would be stopped).

Two ways of replaying the reference trials into the pruner are compared:
- ``as recorded``: each reference's validation value at each epoch, as Optuna's pruners
  read a study's trials (kdbench before 687b02c);
- ``achieved``: each reference's best value so far, carried past its last epoch for a
  complete one (``kdbench.tune.prune.replay``, what kdbench does now).

Usage: python benchmarks/pruning_fidelity.py OUTPUT [--warmup 20 50 100]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import optuna

from kdbench.tune.prune import make_pruner
from kdbench.tune.report import pruning_fidelity


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
    args = ap.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    print(
        "replay       warmup  pruned  epochs saved  regret: mean  worst  studies >1%  "
        "best ones stopped"
    )
    for mode, kw in (("as recorded", {"stop": stop_as_recorded}), ("achieved", {})):
        for row in pruning_fidelity(args.output, args.warmup, **kw):
            print(
                f"{mode:12} {row['warmup']:6}  {row['pruned']:2}/{row['trials']}  "
                f"{row['saved']:12.0%}  {row['regret_mean']:12.1%}  {row['regret_worst']:5.0%}  "
                f"{row['studies_hit']:5}/{row['studies']}  {' '.join(row['stopped'])}"
            )


if __name__ == "__main__":
    main()
