"""Leaderboards whose metrics are views of stored hit lists: any metric with K up to the
records' depth, the suite's column order, a one-line error past the depth; and the
consistency of what every renderer says (▲/▼ marks, plain-text best/second, --sort,
LaTeX characters and the table-only fragment)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console
from typer.testing import CliRunner

from kdbench.atomic import write_folder
from kdbench.cli import app
from kdbench.errors import ConfigError
from kdbench.eval.metrics import compute, pack_hits
from kdbench.report import Options, cells, latex_tables, load_results, render, rich_table
from kdbench.report.latex import escape
from kdbench.report.model import BETTER, WORSE
from kdbench.runner.store import record_files

N_USERS, DEPTH = 200, 30
ORDER = ["recall@10", "ndcg@10", "recall@20", "ndcg@20"]  # the suite's, not sorted
#: method → probability that a rank holds a target: good is better, bad worse, than student
METHODS = {"student": 0.05, "good": 0.09, "bad": 0.02}


def _hits(method: str, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng([len(method), seed, ord(method[0])])
    hits = rng.random((N_USERS, DEPTH)) < METHODS[method]
    n_targets = np.maximum(hits.sum(1), rng.integers(0, 6, N_USERS))
    return hits, n_targets


def _write(root: Path, seeds=(0, 1, 2, 3, 4)) -> Path:
    for method in METHODS:
        for seed in seeds:
            hits, n_t = _hits(method, seed)
            valid_hits, valid_n = _hits(method, seed + 100)
            run_id = f"{method}-{seed}"
            run = {
                "run_id": run_id,
                "kind": "student",
                "status": "done",
                "labels": {"method": method, "pair": "t→s"},
                "spec": {"seed": seed, "train": {"monitor": "ndcg@10"}},
                "teacher_id": "t",
                "data": {"name": "synth", "fingerprint": "fp"},
                "eval": {"depth": DEPTH, "metrics": ORDER},
                "summary": {"test": {"ndcg@10": -1.0}},  # reports recompute, never read this
            }
            topk = {
                "user": np.arange(N_USERS),
                "items": np.zeros((N_USERS, DEPTH), dtype=np.int32),
                "depth": np.int64(DEPTH),
                "hits": pack_hits(hits),
                "targets": n_t,
                "valid_hits": pack_hits(valid_hits),
                "valid_targets": valid_n,
            }
            write_folder(root / "runs" / run_id, record_files(run, None, topk))
    return root


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("views"))


def test_metrics_are_computed_from_the_hit_lists_in_the_suites_order(output):
    df = load_results(output)
    assert df.attrs["metrics"] == ORDER
    (cell,) = cells(df, options=Options(user_level=False))
    assert cell.metrics == ORDER  # as the suite listed them, in `run` and `leaderboard`
    for method in METHODS:
        for seed in range(5):
            hits, n_t = _hits(method, seed)
            got = cell.row(method).values["ndcg@10"][seed]
            assert got == pytest.approx(compute("ndcg@10", hits, n_t).mean(), abs=1e-15)
    more = load_results(output, ["mrr@10", "map@30", "hit@5", "precision@30"])
    value = more[(more["run_id"] == "good-3") & (more["metric"] == "map@30")]["value"]
    hits, n_t = _hits("good", 3)
    assert value.iloc[0] == pytest.approx(compute("map@30", hits, n_t).mean(), abs=1e-15)
    # validation values come from the valid hit lists (the grid choice and the monitor)
    valid = more[(more["split"] == "valid") & (more["run_id"] == "good-3")]
    vh, vn = _hits("good", 103)
    mrr = valid[valid["metric"] == "mrr@10"]["value"].iloc[0]
    assert mrr == pytest.approx(compute("mrr@10", vh, vn).mean())


def test_a_metric_deeper_than_the_lists_is_one_line_naming_the_run(output):
    with pytest.raises(ConfigError) as err:
        load_results(output, ["ndcg@50"])
    msg = str(err.value)
    assert "stored its top-30 lists" in msg and "(synth t→s" in msg and "\n" not in msg
    res = CliRunner().invoke(app, ["leaderboard", str(output), "--metrics", "ndcg@50"])
    assert res.exit_code == 2 and "top-30" in res.output and "Traceback" not in res.output


def test_marks_say_better_or_worse(output):
    (cell,) = cells(load_results(output), options=Options(n_bootstrap=200))
    for m in ORDER:
        assert cell.marks("good", m).startswith(BETTER)
        assert cell.marks("bad", m).startswith(WORSE)
        assert cell.marks("student", m) == ""
    md = render([cell], "md")
    assert "▼ significantly worse than the no-KD student" in md
    page = render([cell], "html")
    assert "<td>worse</td>" in page and "<td>better</td>" in page and ">yes<" not in page


def test_plain_text_keeps_best_and_second_and_says_so(output):
    (cell,) = cells(load_results(output), options=Options(user_level=False))
    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    console.print(rich_table(cell, styled=False))
    text = console.file.getvalue()
    good = next(line for line in text.splitlines() if "│ good" in line)
    student = next(line for line in text.splitlines() if "│ student" in line)
    assert "¹" in good and "²" in student and "▲†" in good
    assert "¹ best, ² second among the students" in text and "bold" not in text
    res = CliRunner().invoke(app, ["leaderboard", str(output)])  # not a terminal
    assert res.exit_code == 0 and "¹" in res.output and "underlined" not in res.output


def test_sort_orders_rows_best_first(output):
    (cell,) = cells(load_results(output), options=Options(user_level=False, sort="ndcg@20"))
    assert [r.label for r in cell.rows] == ["good", "student", "bad"]
    assert "Rows by ndcg@20, best first." in render([cell], "md")
    res = CliRunner().invoke(app, ["leaderboard", str(output), "--sort", "mrr@10"])
    assert res.exit_code == 2 and "--sort: 'mrr@10' is not a column" in res.output
    res = CliRunner().invoke(
        app,
        ["leaderboard", str(output), "--metrics", "mrr@10", "--sort", "mrr@10", "--format", "md"],
    )
    assert res.exit_code == 0
    body = [line for line in res.output.splitlines() if line.startswith("| ") and "±" in line]
    assert [line.split(" | ")[0] for line in body] == ["| good", "| student", "| bad"]


def test_latex_keeps_characters_and_offers_the_tables_alone(output):
    assert escape("Müller-β ñ") == r"Müller-\ensuremath{\beta} ñ"
    assert escape("τ→Δ") == r"\ensuremath{\tau}\ensuremath{\rightarrow}\ensuremath{\Delta}"
    assert "?" not in escape("é中")
    (cell,) = cells(load_results(output), options=Options(user_level=False))
    fragment = latex_tables([cell])
    assert r"\documentclass" not in fragment and r"\begin{document}" not in fragment
    assert fragment.count(r"\begin{table}") == 1 and r"\bottomrule" in fragment
    doc = render([cell], "latex")
    assert fragment.strip() in doc and r"\usepackage{amssymb}" in doc
    res = CliRunner().invoke(app, ["leaderboard", str(output), "--format", "latex-table"])
    whole = CliRunner().invoke(app, ["leaderboard", str(output), "--format", "latex"])
    assert res.exit_code == 0 and r"\documentclass" not in res.output
    assert res.output.strip() in whole.output


def test_json_states_the_rank_blocks(output):
    (cell,) = cells(load_results(output), options=Options(user_level=False))
    ranks = json.loads(render([cell], "json"))["ranks"]
    assert ranks["unit"] == "seed" and ranks["n_blocks"] == 5 and ranks["metric"] == "recall@10"
    assert ranks["warning"].startswith("only 5 complete blocks")


def test_cd_diagram_says_its_blocks_and_refuses_one(output, tmp_path):
    pytest.importorskip("matplotlib")
    from kdbench.report.plots import plot_cd
    from kdbench.report.ranking import average_ranks

    (cell,) = cells(load_results(output), options=Options(user_level=False))
    ranking = average_ranks([cell])
    assert plot_cd(ranking, tmp_path / "cd.png").stat().st_size > 0
    one_seed = _write(tmp_path / "one", seeds=(0,))
    (single,) = cells(load_results(one_seed), options=Options(user_level=False))
    ranking = average_ranks([single])
    assert (ranking.n_complete, ranking.unit) == (1, "seed")
    assert plot_cd(ranking, tmp_path / "none.png") is None
    res = CliRunner().invoke(app, ["plot", str(one_seed), "--out", str(tmp_path / "p")])
    assert res.exit_code == 0 and "no cd-diagram: 1 complete block(s)" in res.output
