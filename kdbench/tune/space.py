"""A tuned loss's search space as Optuna distributions, bounded by the dataset.

Parameter names are those of the loss (``lambda``, ``K`` …) or of the train settings
(``weight_decay`` …); :func:`split` sends each value to its side of the RunSpec.
"""

from __future__ import annotations

from typing import Any

import optuna

from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.params import Param, Space
from kdbench.suite.schema import TuneLoss
from kdbench.train.trainer import TrainConfig


def declared(loss: str) -> dict[str, Param]:
    """The loss's parameters, then the train settings it does not shadow."""
    out = {k: p for k, p in TrainConfig.params().items() if k != "monitor"}
    out.update(LOSSES.get(loss).all_params())
    return out


def distributions(
    cfg: TuneLoss, loss: str, n_items: int, where: str
) -> dict[str, optuna.distributions.BaseDistribution]:
    """Each searched parameter's distribution. A list size (``Param.items``) keeps only the
    choices (or the part of its range) within the item count."""
    params = declared(loss)
    out: dict[str, optuna.distributions.BaseDistribution] = {}
    for name, space in sorted(cfg.space.items()):
        p = params[name]
        out[name] = _distribution(name, space, p, n_items if p.items else None, where)
    return out


def _distribution(
    name: str, space: Space, p: Param, max_items: int | None, where: str
) -> optuna.distributions.BaseDistribution:
    if space.choices is not None:
        choices = [c for c in space.choices if max_items is None or c <= max_items]
        if not choices:
            raise ConfigError(
                f"{where}.space.{name}: every choice is larger than the item count ({max_items})"
            )
        return optuna.distributions.CategoricalDistribution(choices)
    low, high = space.low, space.high
    if max_items is not None:
        high = min(high, max_items)
        if low > high:
            raise ConfigError(
                f"{where}.space.{name}: the range starts above the item count ({max_items})"
            )
    if p.type is int:
        return optuna.distributions.IntDistribution(int(low), int(high), log=space.log)
    return optuna.distributions.FloatDistribution(float(low), float(high), log=space.log)


def reference_params(
    reference: dict[str, Any], dists: dict[str, optuna.distributions.BaseDistribution]
) -> dict[str, Any]:
    """The reference configuration's values that lie in the space (the rest is sampled)."""
    out = {}
    for name, dist in dists.items():
        if name not in reference:
            continue
        value = reference[name]
        if isinstance(dist, optuna.distributions.CategoricalDistribution):
            contained = value in dist.choices
        else:
            contained = isinstance(value, int | float) and dist.low <= value <= dist.high
        if contained:
            out[name] = value
    return out


def split(loss: str, params: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(loss parameters, train settings) of a trial's values."""
    loss_params = LOSSES.get(loss).all_params()
    kd = {k: v for k, v in params.items() if k in loss_params}
    train = {k: v for k, v in params.items() if k not in loss_params}
    return kd, train
