"""Piped output is laid out wide (a run's log lines stay whole); $COLUMNS still wins."""

import io
import sys

from kdbench.cli.app import PIPED_WIDTH, _console


def test_piped_console_is_wide(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # not a terminal
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _console().width == PIPED_WIDTH
    assert _console(stderr=True).width == PIPED_WIDTH


def test_columns_overrides_the_piped_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert _console().width == 100
