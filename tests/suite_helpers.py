"""The small real suite of the runner tests: ML-100K, an MF-16 teacher and an MF-4
student, a few epochs, one torch thread (threads wait on each other on a busy machine)."""

from __future__ import annotations

from pathlib import Path


def mf_suite(
    name: str,
    out: str | Path,
    losses: str = "student: {}, ce: {K: 10, guide: teacher}",
    seeds: str = "[0]",
    epochs: int = 3,
    metrics: str = "[recall@10, ndcg@10]",
) -> str:
    """Suite YAML; ``losses`` is the body of its ``losses:`` mapping (flow style)."""
    return f"""\
name: {name}
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 16}}
  s: {{model: mf, dim: 4}}
pairs: [{{teacher: t, student: s}}]
losses: {{{losses}}}
seeds: {seeds}
train: {{epochs: {epochs}, patience: {epochs}, batch_size: 4096, lr: 0.01}}
metrics: {metrics}
executor: {{threads: 1}}
"""
