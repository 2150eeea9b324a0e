"""Leaderboards from run records: tables and renderers (terminal, Markdown...)."""

from kdbench.report.render import markdown, rich_table
from kdbench.report.table import cells, load_results

__all__ = ["cells", "load_results", "markdown", "rich_table"]
