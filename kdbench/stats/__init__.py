"""Paired significance tests, multiple-testing correction, effect sizes (numpy/scipy)."""
