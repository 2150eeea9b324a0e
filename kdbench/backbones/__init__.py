"""Backbones: each a Backbone registered by name."""

from kdbench.backbones import hstu, lightgcn, mf  # noqa: F401  (registers)
from kdbench.backbones.base import BACKBONES, Backbone, Batch, register_backbone

__all__ = ["BACKBONES", "Backbone", "Batch", "register_backbone"]
