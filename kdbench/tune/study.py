"""One study: a loss alias tuned in one (dataset, pair) cell of a suite.

Trials are proposed in generations of a fixed size. The proposals of generation g come
from a fresh in-memory Optuna study whose sampler is seeded by (tuning seed, g) and which
holds exactly the settled trials of generations < g, in trial order, with the results read
from their run records. Nothing else enters: not the number of workers, not the order in
which runs finished, not a database. So a tuning run killed at any point and started again
proposes the same configurations and selects the same one.

On another machine or numpy build, TPE's arithmetic can end a float proposal a few ulps
away (measured between two hosts: in each of the CiteULike-t tuning's ten 20-trial
studies, one to four of the first TPE generation's four proposals moved, by 1 to 31 ulps,
4.4e-15 relative at most), and a run id hashes every bit. So a proposal that a tuning
summary already records for the trial (the output's own ``tune.json`` or a ``--reuse``
folder's) is taken as recorded when it agrees with this machine's to ``RECORDED_REL_TOL``,
and only then: a summary can never put a configuration of its own into a study.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import optuna

from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.report.records import lineage_problem
from kdbench.report.tuning import mean_curve, read_curve, trial_state, trial_value
from kdbench.runner.store import Store
from kdbench.suite.schema import TuneLoss
from kdbench.suite.spec import RunSpec
from kdbench.train.trainer import TrainConfig
from kdbench.tune.prune import Curve, EpochPruner, contradiction
from kdbench.tune.space import distributions, reference_params, split

log = logging.getLogger(__name__)

#: how far (relative) a recorded float proposal may lie from this machine's and still be
#: taken for it: far above the last-bit differences between machines, far below any
#: difference a configuration could show in its results
RECORDED_REL_TOL = 1e-9

#: trial states (Optuna's names)
COMPLETE, PRUNED, FAIL = "complete", "pruned", "fail"
_OPTUNA_STATE = {
    COMPLETE: optuna.trial.TrialState.COMPLETE,
    PRUNED: optuna.trial.TrialState.PRUNED,
    FAIL: optuna.trial.TrialState.FAIL,
}


def same_proposal(
    recorded: dict[str, Any],
    proposed: dict[str, Any],
    dists: dict[str, optuna.distributions.BaseDistribution],
) -> bool:
    """Whether a recorded configuration is ``proposed``: the same parameters, each float
    within ``RECORDED_REL_TOL`` of it and inside its range, every other value equal and
    of the same type (a run id tells 1 from 1.0)."""
    if recorded.keys() != proposed.keys():
        return False
    for name, value in proposed.items():
        rec, dist = recorded[name], dists.get(name)
        if isinstance(dist, optuna.distributions.FloatDistribution):
            if not (
                type(rec) is float
                and dist.low <= rec <= dist.high
                and math.isclose(rec, value, rel_tol=RECORDED_REL_TOL)
            ):
                return False
        elif type(rec) is not type(value) or rec != value:
            return False
    return True


def generation_seed(seed: int, generation: int) -> int:
    """The sampler seed of one generation: a hash of (tuning seed, generation)."""
    digest = hashlib.sha256(f"kdbench-tune:{seed}:{generation}".encode()).hexdigest()
    return int(digest[:8], 16)


@dataclass
class Trial:
    """One proposed configuration, run on each trial seed. ``state`` and ``value`` (the
    objective: the validation monitor at the best epoch, mean over the trial seeds) and
    ``curve`` ([(epoch, mean validation value)]) are read from the run records."""

    number: int
    generation: int
    params: dict[str, Any]
    specs: list[RunSpec]
    run_ids: list[str]
    error: str | None = None  # the configuration is invalid (no run): a failed trial
    state: str | None = None  # None: not settled yet
    value: float | None = None
    curve: list[tuple[int, float]] = field(default_factory=list)
    pruner: EpochPruner | None = field(default=None, repr=False)  # judges its runs


class Study:
    """Proposals, settling and selection for one tuned loss in one cell."""

    def __init__(
        self,
        cfg: TuneLoss,
        reference: RunSpec,
        fingerprint: str,
        n_items: int,
        generation_size: int,
        trial_seeds: tuple[int, ...],
        where: str,
    ) -> None:
        self.cfg, self.ref, self.fingerprint = cfg, reference, fingerprint
        self.generation_size, self.trial_seeds = generation_size, trial_seeds
        self.alias = cfg.alias
        self.name = f"{reference.dataset}/{reference.labels.get('pair', '')}/{cfg.alias}"
        self.monitor = reference.train.get("monitor", "ndcg@10")
        self.dists = distributions(cfg, reference.loss, n_items, where)
        ref_values = {**reference.train, **reference.loss_params, **cfg.fixed}
        self.reference_values = reference_params(ref_values, self.dists) if cfg.reference else {}
        self.startup = cfg.startup_trials if cfg.startup_trials is not None else generation_size
        self.trials: list[Trial] = []
        #: configurations the first trials take: the reference's, then ``enqueue``
        self.queue = [self.reference_values] if self.reference_values else []
        self.queue += [dict(c) for c in cfg.enqueue]
        #: (where, trial number → params): the proposals tuning summaries record for this
        #: study, the first taken first (``recall``)
        self.recorded: list[tuple[str, dict[int, dict[str, Any]]]] = []

    @property
    def generations(self) -> int:
        return math.ceil(self.cfg.trials / self.generation_size)

    @property
    def next_generation(self) -> int:
        """The generation ``propose`` gives next (``generations`` once the budget is spent)."""
        return math.ceil(len(self.trials) / self.generation_size)

    # -- proposing ----------------------------------------------------------------------

    def propose(self, g: int) -> list[Trial]:
        """The trials of generation ``g`` (none past the budget). Every trial of the
        earlier generations must be settled."""
        if g >= self.generations:
            return []
        assert all(t.state is not None for t in self.trials), "earlier generations settle first"
        assert len(self.trials) == g * self.generation_size
        study = self._history(self._sampler(g))
        first = g * self.generation_size
        count = min(self.generation_size, self.cfg.trials - first)
        for params in self.queue[first : first + count]:  # asked first, in order
            study.enqueue_trial(params)
        pruner = self.pruner()
        new = []
        for number in range(first, first + count):
            params = self._as_recorded(number, dict(study.ask(self.dists).params))
            new.append(self._trial(number, g, params, pruner))
        self.trials.extend(new)
        return new

    def recall(self, where: str, summary: dict[str, Any]) -> None:
        """Add the proposals of this study that a ``tune.json`` (read from ``where``)
        records, to be taken where they agree with this machine's (``_as_recorded``)."""
        studies = summary.get("studies")
        for s in studies if isinstance(studies, list) else []:
            named = isinstance(s, dict) and s.get("name") == self.name
            trials = s.get("trials") if named else None
            if isinstance(trials, list):
                ok = [
                    t for t in trials if isinstance(t, dict) and isinstance(t.get("params"), dict)
                ]
                self.recorded.append((where, {t.get("number"): t["params"] for t in ok}))

    def _as_recorded(self, number: int, params: dict[str, Any]) -> dict[str, Any]:
        """Trial ``number``'s recorded proposal where it is ``params`` up to the last bits
        of its floats (the first summary that agrees), else ``params``, with a warning
        when a summary recorded another proposal for the trial."""
        other = None
        for where, trials in self.recorded:
            rec = trials.get(number)
            if rec is not None and same_proposal(rec, params, self.dists):
                return {k: rec[k] for k in params}
            other = other or (where if rec is not None else None)
        if other is not None:
            log.warning(
                "%s trial %d: proposed %s here, which is not what %s records for it: run as "
                "proposed here (a changed space, enqueue or earlier result moves proposals)",
                self.name,
                number,
                params,
                other,
            )
        return params

    def _sampler(self, g: int) -> optuna.samplers.BaseSampler:
        seed = generation_seed(self.cfg.seed, g)
        if self.cfg.sampler == "random":
            return optuna.samplers.RandomSampler(seed=seed)
        # constant_liar: the proposals of one generation spread out instead of agreeing
        with warnings.catch_warnings():  # "experimental" since Optuna 2.8, and stable since
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return optuna.samplers.TPESampler(
                seed=seed, n_startup_trials=self.startup, constant_liar=True
            )

    def _history(self, sampler: optuna.samplers.BaseSampler) -> optuna.Study:
        """An in-memory study holding the settled trials, in trial order."""
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        study = optuna.create_study(direction="maximize", sampler=sampler)
        for t in self.trials:
            study.add_trial(self.frozen(t))
        return study

    def frozen(self, t: Trial) -> optuna.trial.FrozenTrial:
        """The trial as Optuna sees it (its results from the records)."""
        return optuna.trial.create_trial(
            params=t.params,
            distributions=self.dists,
            value=t.value if t.state == COMPLETE else None,
            state=_OPTUNA_STATE[t.state or FAIL],
            intermediate_values=dict(t.curve),
            user_attrs={"kdbench_trial": t.number, "run_ids": t.run_ids},
            system_attrs={"kdbench_generation": t.generation},
        )

    def pruner(self) -> EpochPruner:
        """The pruner of the next generation: the settled trials so far are its reference."""
        ref: list[Curve] = [
            (t.state, t.curve, t.value) for t in self.trials if t.state in (COMPLETE, PRUNED)
        ]
        return EpochPruner(
            self.cfg.pruner, self.cfg.warmup_epochs, self.startup, f"valid_{self.monitor}", ref
        )

    def _trial(self, number: int, g: int, params: dict[str, Any], pruner: EpochPruner) -> Trial:
        try:
            spec = self.spec(params, self.trial_seeds[0], f"{self.alias}#{number}")
        except ConfigError as err:  # e.g. K > N: no run; the trial counts as failed
            return Trial(number, g, params, [], [], error=str(err).lstrip(": "), state=FAIL)
        specs = [dataclasses.replace(spec, seed=s) for s in self.trial_seeds]
        ids = [s.run_id(self.fingerprint) for s in specs]
        return Trial(number, g, params, specs, ids, pruner=pruner)

    def spec(self, params: dict[str, Any], seed: int, method: str | None = None) -> RunSpec:
        """The reference RunSpec with ``params`` (and the fixed values) on ``seed``."""
        kd, train = split(self.ref.loss, {**self.cfg.fixed, **params})
        cls = LOSSES.get(self.ref.loss)
        loss_params = {**self.ref.loss_params, **kd}
        for name, p in cls.all_params().items():
            loss_params[name] = p.check(name, loss_params[name], "")
        cls.check_params(loss_params, "")
        train_cfg = TrainConfig(**{**self.ref.train, **train}).to_dict()
        labels = dict(self.ref.labels)
        if method is not None:
            labels["method"] = method
        return dataclasses.replace(
            self.ref, loss_params=loss_params, train=train_cfg, seed=seed, labels=labels
        )

    # -- results ------------------------------------------------------------------------

    def settle(self, store: Store, stale: dict[str, dict[str, Any]] | None = None) -> bool:
        """Read the unsettled trials' records; True when every trial so far is settled.
        ``stale``: records (run id → record) that count as absent while the store holds
        them unchanged (failed runs to be retried)."""
        stale = stale or {}
        for t in self.trials:
            if t.state is not None:
                continue
            recs = [store.read(rid) for rid in t.run_ids]
            recs = [
                None if rid in stale and rec == stale[rid] else rec
                for rid, rec in zip(t.run_ids, recs, strict=True)
            ]
            state = trial_state(recs)
            if state is None:
                continue
            if state == FAIL:
                t.state, t.error = FAIL, next(r["error"] for r in recs if r["status"] == "failed")
                continue
            curves = [read_curve(store.folder(rid), self.monitor) for rid in t.run_ids]
            t.curve = mean_curve(curves)
            t.state = state
            if state == COMPLETE:
                t.value = trial_value(recs, self.monitor)  # validation only
        return all(t.state is not None for t in self.trials)

    def contradicted(
        self, store: Store, teachers: dict[str, str | None] | None = None
    ) -> list[tuple[Trial, str, str]]:
        """(trial, run id, what is wrong) for each record of an unsettled trial that this
        tuning would not have written: pruned elsewhere on its curve, or not at all
        (``prune.contradiction``), or distilled from another training of the teacher than
        the record of it in ``store`` (``lineage_problem``; ``teachers`` keeps its digests
        between calls). Such a record came from another tuning or machine, or from a
        kdbench whose runs of a generation shared one pruner; it is to be trained again."""
        out = []
        for t in self.trials:
            if t.state is not None:
                continue
            for rid in t.run_ids:
                rec = store.read(rid)
                if rec is None:
                    continue
                # judged only against a record of the teacher here: without one, no
                # training of it can be said to be the right one
                tid, problem = rec.get("teacher_id"), None
                if tid and store.status(tid) == "done":
                    problem = lineage_problem(store.root, rec, teachers)
                if problem is None and t.pruner is not None:
                    curve = read_curve(store.folder(rid), self.monitor)
                    problem = contradiction(t.pruner, rec, curve)
                if problem:
                    out.append((t, rid, problem))
        return out

    def best(self) -> Trial | None:
        """The complete trial with the highest objective (ties: the earliest)."""
        done = [t for t in self.trials if t.state == COMPLETE]
        return max(done, key=lambda t: (t.value, -t.number)) if done else None

    def finals(self, seeds: tuple[int, ...]) -> list[RunSpec]:
        """The best configuration on the final seeds, labelled as the reference runs."""
        best = self.best()
        if best is None:
            return []
        return [self.spec(best.params, s) for s in seeds]

    def summary(self) -> dict[str, Any]:
        """The study's structure for ``tuning/tune.json`` (numbers stay in the records)."""
        best = self.best()
        return {
            "name": self.name,
            "dataset": self.ref.dataset,
            "pair": self.ref.labels.get("pair", ""),
            "alias": self.alias,
            "loss": self.ref.loss,
            "objective": f"valid {self.monitor}",
            "trials_budget": self.cfg.trials,
            "sampler": self.cfg.sampler,
            "seed": self.cfg.seed,
            "pruner": self.cfg.pruner,
            "warmup_epochs": self.cfg.warmup_epochs,
            "startup_trials": self.startup,
            "generation": self.generation_size,
            "trial_seeds": list(self.trial_seeds),
            "space": {
                k: json.loads(optuna.distributions.distribution_to_json(d))
                for k, d in self.dists.items()
            },
            "fixed": self.cfg.fixed,
            "reference": {
                k: self.ref.loss_params.get(k, self.ref.train.get(k)) for k in self.dists
            },
            "trials": [
                {
                    "number": t.number,
                    "generation": t.generation,
                    "params": t.params,
                    "run_ids": t.run_ids,
                    "state": t.state,
                    "error": t.error,
                }
                for t in self.trials
            ],
            "best": best.number if best else None,
            "best_params": best.params if best else None,
        }
