"""Suites: YAML schema, validation, expansion into RunSpecs, run ids."""

from kdbench.suite.loader import Suite, expand, load_suite, parse_suite
from kdbench.suite.spec import RunSpec

__all__ = ["RunSpec", "Suite", "expand", "load_suite", "parse_suite"]
