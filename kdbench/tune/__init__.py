"""Tuning: every KD loss searched on validation with the same budget, then its best
configuration run on the final seeds (the ``tune:`` section of a suite).

It sits beside the runner, above it in the layers: a study proposes configurations, the
runner executes them as ordinary RunSpecs, and the trials' records feed the next proposals.
Needs Optuna (``pip install 'kdbench[tune]'``).
"""
