"""`--help` text reaches the user whole: paragraphs re-wrapped, brackets kept as text."""

from typer.testing import CliRunner

from kdbench.cli import app


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.output


def _flat(text: str) -> str:
    """The words of a help screen, without its box drawing and line breaks."""
    return " ".join(text.replace("│", " ").split())


def test_brackets_in_help_are_text_not_style_tags():
    assert "pip install 'kdbench[plot]'" in _flat(_help())


def test_command_summaries_are_rewrapped_paragraphs():
    # the leaderboard docstring breaks its line after "seeds, in the"; the command list
    # must flow the paragraph on, not keep that break
    assert any("in the suite's metric order" in line for line in _help().splitlines())


def test_run_help_says_killed_runs_resume():
    assert "continues from its last mid-run checkpoint" in _flat(_help("run"))
