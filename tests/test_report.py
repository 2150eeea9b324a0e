"""Leaderboards from synthetic run records: grid selection on validation, marks with a
lower-is-better metric, tests vs scipy, Holm within a table, Improv., ranks, renderers."""

from __future__ import annotations

import json
import shutil
import subprocess
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from kdbench.atomic import write_folder
from kdbench.cli import app
from kdbench.report import Options, cells, leaderboard, load_results, markdown, render
from kdbench.report.model import BETTER, MARKS, SEED, USER, WORSE
from kdbench.report.ranking import average_ranks
from kdbench.runner.store import record_files
from kdbench.stats import holm, register_metric_direction

N_USERS = 120
SEEDS = [0, 1, 2, 3, 4]
METRICS = ["ndcg@10", "recall@10", "arp@10"]  # arp: average popularity, lower is better


@pytest.fixture(autouse=True)
def _arp_lower_is_better():
    register_metric_direction("arp", higher_is_better=False)
    yield
    register_metric_direction("arp", higher_is_better=True)


def _write_run(
    root: Path,
    run_id: str,
    kind: str,
    method: str,
    seed: int,
    shift: float,
    valid_shift: float,
    dataset: str = "synth",
    pair: str = "t→s",
) -> None:
    """A done run whose per-user test metrics are a fixed user profile + shift + noise."""
    rng = np.random.default_rng(zlib.crc32(f"{method}/{seed}/{dataset}".encode()))
    base = np.random.default_rng(0).random(N_USERS) * 0.3
    per_user = {"user": np.arange(N_USERS)}
    summary: dict[str, dict[str, float]] = {"test": {}, "valid": {}}
    for m in METRICS:
        sign = -1.0 if m.startswith("arp") else 1.0  # a better method has a lower arp
        test = base + sign * shift + 0.01 * rng.standard_normal(N_USERS)
        valid = base + sign * valid_shift + 0.01 * rng.standard_normal(N_USERS)
        per_user[m], per_user[f"valid_{m}"] = test, valid
        summary["test"][m], summary["valid"][m] = float(test.mean()), float(valid.mean())
    run = {
        "run_id": run_id,
        "kind": kind,
        "status": "done",
        "labels": {"method": method, "pair": pair},
        "spec": {"seed": seed, "train": {"monitor": "ndcg@10"}},
        "teacher_id": None if kind == "teacher" else f"teacher-{dataset}",
        "data": {"name": dataset, "fingerprint": f"fp-{dataset}", "n_users": N_USERS},
        "summary": summary,
    }
    curve = "epoch,train_loss,valid_ndcg@10\n" + "".join(
        f"{e},{10 - e},{0.1 + 0.01 * e + shift}\n" for e in range(5)
    )
    write_folder(root / "runs" / run_id, record_files(run, per_user, None, curve))


#: method → (test shift, validation shift): ce is clearly better than the student; rd is
#: the student's equal; the rcekd grid's beta=3 wins on validation but loses on test
METHODS = {
    "student": (0.0, 0.0),
    "ce": (0.05, 0.05),
    "rd": (0.0005, 0.0),
    "rcekd[beta=1]": (0.04, 0.01),
    "rcekd[beta=3]": (0.02, 0.03),
}


def _write_output(root: Path, datasets=("synth",), seeds=SEEDS) -> Path:
    for ds in datasets:
        _write_run(root, f"teacher-{ds}", "teacher", "teacher", 0, 0.1, 0.1, ds)
        for method, (shift, vshift) in METHODS.items():
            for s in seeds:
                _write_run(root, f"{ds}-{method}-{s}", "student", method, s, shift, vshift, ds)
    write_folder(
        root / "runs" / "broken",
        record_files({"run_id": "broken", "kind": "student", "status": "failed", "error": "NaN"}),
    )
    return root


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    return _write_output(tmp_path_factory.mktemp("report"))


@pytest.fixture
def cell(output):
    (c,) = leaderboard(output, Options(n_bootstrap=300))
    return c


def test_load_results_long_form(output):
    df = load_results(output)
    assert {"family", "fingerprint", "monitor"} <= set(df.columns)
    assert set(df["split"]) == {"valid", "test"}
    assert df.attrs["failed"] == [{"run_id": "broken", "error": "NaN"}]
    assert set(df[df["method"].str.startswith("rcekd")]["family"]) == {"rcekd"}


def test_rows_order_and_grid_chosen_on_validation_not_test(cell):
    assert cell.methods == ["teacher", "student", "ce", "rcekd[beta=3]", "rd"]
    row = cell.row("rcekd[beta=3]")
    assert row.name == "rcekd" and len(row.candidates) == 2
    chosen = max(row.candidates, key=lambda c: c["valid"])
    assert chosen["label"] == "rcekd[beta=3]"  # beta=1 is better on test: never looked at
    assert cell.select_metric == "ndcg@10"
    assert any("rcekd reported as rcekd[beta=3]" in line for line in _caption(cell))


def _caption(cell):
    from kdbench.report.text import caption

    return caption(cell)


def test_best_and_second_respect_lower_is_better(cell):
    assert cell.best_second("ndcg@10") == ("ce", "rcekd[beta=3]")
    # arp@10: ce has the lowest (best) value, the student and rd the highest
    assert cell.best_second("arp@10") == ("ce", "rcekd[beta=3]")
    ranked = [r.label for r in cell.ranked("arp@10")]
    assert ranked[-1] in ("student", "rd")
    md = markdown([cell])
    assert "arp@10 ↓" in md
    ce_line = next(line for line in md.splitlines() if line.startswith("| ce |"))
    assert ce_line.count("**") == 2 * len(METRICS)  # bold on every metric


def test_seed_level_t_test_matches_scipy_and_holm(cell):
    seed = [c for c in cell.comparisons if c.level == SEED]
    assert len(seed) == 3 * len(METRICS)  # ce, rcekd, rd vs student, per metric
    c = next(c for c in seed if c.method == "ce" and c.metric == "ndcg@10")
    a, b = cell.row("ce").array("ndcg@10"), cell.row("student").array("ndcg@10")
    ref = sps.ttest_rel(a, b)
    assert c.stats.n == 5 and c.stats.p == pytest.approx(ref.pvalue, rel=1e-10)
    np.testing.assert_allclose([x.p_adj for x in seed], holm(np.array([x.stats.p for x in seed])))
    assert cell.family_sizes[SEED] == len(seed)


def test_user_level_test_on_seed_averaged_users_matches_scipy(output, cell):
    c = next(
        c
        for c in cell.comparisons
        if c.level == USER and c.method == "rd" and c.metric == "recall@10"
    )
    avg = {
        m: np.mean(
            [
                np.load(output / "runs" / f"synth-{m}-{s}" / "per_user.npz")["recall@10"]
                for s in SEEDS
            ],
            axis=0,
        )
        for m in ("rd", "student")
    }
    assert c.stats.n == N_USERS
    assert c.stats.p == pytest.approx(sps.ttest_rel(avg["rd"], avg["student"]).pvalue, rel=1e-10)
    assert c.stats.ci_low <= c.stats.mean_diff <= c.stats.ci_high


def test_marks_only_on_significant_differences_with_their_direction(cell):
    for m in METRICS:
        assert cell.marks("ce", m) == BETTER + MARKS[SEED] + MARKS[USER]
        assert cell.marks("student", m) == ""
    # rd's tiny shift: not significant at the seed level after Holm
    assert MARKS[SEED] not in cell.marks("rd", "ndcg@10")


def test_improvement_row_is_best_kd_vs_student(cell):
    imp = cell.improvements["ndcg@10"]
    ce, st = cell.row("ce").mean("ndcg@10"), cell.row("student").mean("ndcg@10")
    assert (imp.best, imp.reference) == ("ce", "student")
    assert imp.percent == pytest.approx(100 * (ce - st) / st)
    arp = cell.improvements["arp@10"]  # lower is better: a positive gain means lower arp
    ce, st = cell.row("ce").mean("arp@10"), cell.row("student").mean("arp@10")
    assert arp.percent == pytest.approx(100 * (st - ce) / st) and arp.percent > 0


def test_other_baselines(output):
    df = load_results(output)
    (best_other,) = cells(df, options=Options(baseline="best-other", user_level=False))
    assert best_other.marks("ce", "ndcg@10") == BETTER + MARKS[SEED]
    # every other method is compared with the best: significantly worse than it
    assert best_other.marks("student", "ndcg@10").startswith(WORSE)
    c = next(c for c in best_other.comparisons if c.method == "ce" and c.metric == "ndcg@10")
    assert c.baseline == "rcekd[beta=3]"  # the best competitor of the best method
    assert len(best_other.comparisons) == 3 * len(METRICS)  # 4 methods: each pair tested once
    (named,) = cells(df, options=Options(baseline="rd", user_level=False))
    assert {c.baseline for c in named.comparisons} == {"rd"}
    (pairs,) = cells(df, options=Options(baseline="all", user_level=False, metrics=("ndcg@10",)))
    assert len(pairs.comparisons) == 6  # 4 methods → 6 pairs
    assert pairs.marks("ce", "ndcg@10") == BETTER + MARKS[SEED]  # beats every other method


def test_single_seed_has_no_seed_level_marks(tmp_path):
    out = _write_output(tmp_path, seeds=[0])
    (c,) = leaderboard(out, Options(n_bootstrap=200))
    assert all(np.isnan(x.stats.p) for x in c.comparisons if x.level == SEED)
    assert c.marks("ce", "ndcg@10") == BETTER + MARKS[USER]
    md = markdown([c])
    assert "Test metrics, of 1 seed;" in md and "±" not in md.split("\n| method")[1]
    assert f"{c.rows[0].mean('ndcg@10'):.4f}" in md


def test_caption_names_the_seed_counts(tmp_path):
    out = _write_output(tmp_path)
    assert (
        "mean ± std over 5 seeds (a one-seed row: its value);"
        in _caption(leaderboard(out, Options(user_level=False))[0])[0]
    )
    for s in (3, 4):  # ce still running its last seeds: the caption must not claim 5
        shutil.rmtree(out / "runs" / f"synth-ce-{s}")
    (c,) = leaderboard(out, Options(user_level=False))
    assert c.row("ce").n("ndcg@10") == 3
    assert "over each row's n seeds (at most 5) (a one-seed row" in _caption(c)[0]


def test_average_ranks_hand_computed(tmp_path):
    out = _write_output(tmp_path, datasets=("a", "b"))
    table_cells = cells(load_results(out), options=Options(user_level=False))
    # default: the first column (these records name no suite order: summary's, sorted)
    assert average_ranks(table_cells).metric == table_cells[0].metrics[0] == "arp@10"
    ranking = average_ranks(table_cells, metric="ndcg@10")
    # one block per (dataset, pair) table: not one per metric, which are views of the
    # same lists
    assert (ranking.n_blocks, ranking.unit, ranking.metric) == (2, "table", "ndcg@10")
    # same shifts in both datasets: ce 1st, rcekd 2nd everywhere; rd vs student by noise
    assert ranking.average["ce"] == (1.0, 2) and ranking.average["rcekd"] == (2.0, 2)
    assert ranking.average["rd"][0] + ranking.average["student"][0] == pytest.approx(7.0)
    assert ranking.n_complete == 2 and ranking.cd > 0
    assert ranking.warning.startswith("only 2 complete blocks")
    assert "Average rank over 2 (dataset, pair) tables on ndcg@10" in markdown(table_cells, ranking)
    # arp@10 is lower-is-better: ce's lower arp ranks it first there too
    on_arp = average_ranks(table_cells, metric="arp@10")
    assert on_arp.average["ce"] == (1.0, 2)


def test_one_table_ranks_over_its_seeds(tmp_path):
    """With one (dataset, pair) table, each seed is a block: the methods ranked by each
    seed's value (hand-checked on the seeds' values)."""
    out = _write_output(tmp_path)
    (c,) = cells(load_results(out), options=Options(user_level=False))
    ranking = average_ranks([c], metric="ndcg@10")
    assert (ranking.n_blocks, ranking.unit) == (len(SEEDS), "seed")
    assert ranking.blocks_text == "5 seeds of one table on ndcg@10"
    rows = [r for r in c.rows if r.role != "teacher"]
    expected = {r.name: 0.0 for r in rows}
    for s in SEEDS:
        order = sorted(rows, key=lambda r: -r.values["ndcg@10"][s])
        for rank, r in enumerate(order, 1):
            expected[r.name] += rank / len(SEEDS)
    for name, (rank, n) in ranking.average.items():
        assert rank == pytest.approx(expected[name]) and n == len(SEEDS)
    assert ranking.warning is not None


def test_every_format_renders(cell, tmp_path):
    table_cells = [cell]
    doc = json.loads(render(table_cells, "json"))
    (jc,) = doc["cells"]
    assert {c["level"] for c in jc["comparisons"]} == {"seed", "user"}
    assert all("p_adj" in c and "ci_low" in c for c in jc["comparisons"])
    assert doc["options"]["correction"] == "holm"
    (tmp_path / "x.csv").write_text(render(table_cells, "csv"))
    frame = pd.read_csv(tmp_path / "x.csv")
    assert set(frame["method"]) == {"teacher", "student", "ce", "rcekd", "rd"}
    assert frame[frame["method"] == "ce"]["seed_p_adj"].notna().all()
    page = render(table_cells, "html")
    assert page.count('class="sortable"') == 2 and "<script>" in page
    assert "http://" not in page and "https://" not in page  # nothing fetched
    tex = render(table_cells, "latex")
    assert r"\toprule" in tex and r"\textbf{" in tex and r"\underline{" in tex


def _pdflatex(tex: str, folder: Path) -> subprocess.CompletedProcess:
    (folder / "lb.tex").write_text(tex)
    return subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "lb.tex"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_latex_compiles(tmp_path):
    out = _write_output(tmp_path / "out", datasets=("a", "b"))
    hostile = "my_kd & 100% {x} #1 ~é^→\\"  # every LaTeX special character, and Unicode
    for s in SEEDS:
        _write_run(out, f"hostile-{s}", "student", hostile, s, 0.01, 0.01, "a")
    tex = render(cells(load_results(out), options=Options(user_level=False)), "latex")
    res = _pdflatex(tex, tmp_path)
    assert res.returncode == 0, res.stdout[-2000:]
    assert (tmp_path / "lb.pdf").stat().st_size > 0


def test_cli_leaderboard_formats_and_errors(output, tmp_path):
    runner = CliRunner()
    for fmt in ("term", "md", "csv", "json", "html", "latex"):
        res = runner.invoke(
            app, ["leaderboard", str(output), "--format", fmt, "--test", "wilcoxon"]
        )
        assert res.exit_code == 0, res.output
        assert "rcekd[beta=3]" in res.output or "rcekd\\[beta=3\\]" in res.output
    res = runner.invoke(
        app,
        [
            "leaderboard",
            str(output),
            "--format",
            "md",
            "--metrics",
            "ndcg@10,arp@10",
            "--correction",
            "bh",
            "--alpha",
            "0.01",
            "--out",
            str(tmp_path / "lb.md"),
        ],
    )
    assert res.exit_code == 0, res.output
    text = (tmp_path / "lb.md").read_text()
    assert "Benjamini–Hochberg" in text and "α = 0.01" in text and "recall@10" not in text
    for args, needle in (
        (["--format", "pdf"], "unknown format"),
        (["--baseline", "cee"], "did you mean 'ce'"),
        (["--metrics", "ndcg@100"], "run 'kdbench migrate"),
        (["--test", "z"], "unknown test"),
    ):
        res = runner.invoke(app, ["leaderboard", str(output), *args])
        assert res.exit_code == 2 and needle in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["leaderboard", str(tmp_path / "nowhere")])
    assert res.exit_code == 2 and "no runs/ folder" in res.output


def test_cli_compare(output):
    res = CliRunner().invoke(app, ["compare", str(output), "ce", "student", "--test", "perm"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "ce vs student, seed level" in out and "ce vs student, user level" in out
    assert "wins/ties/losses" in out and "ce better" in out and "randomization" in out
    res = CliRunner().invoke(app, ["compare", str(output), "ce", "nope"])
    assert res.exit_code == 2 and "unknown method 'nope'" in res.output


def test_cli_plot(output, tmp_path):
    pytest.importorskip("matplotlib")
    res = CliRunner().invoke(app, ["plot", str(output), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "curves-synth-t-s.png").stat().st_size > 0
    assert (tmp_path / "cd-diagram.png").stat().st_size > 0


def test_shared_no_kd_student_appears_under_every_pair_with_that_student(tmp_path):
    """The scratch student has one run id for MF→MF and LGCN→MF (it ignores the teacher);
    the leaderboard shows it in both cells, with each cell's own teacher."""
    from kdbench.atomic import write_folder
    from kdbench.report import cells, load_results
    from kdbench.runner.store import record_files

    mf_s = {"model": "mf", "dim": 8}

    def rec(run_id, kind, method, pair, loss, backbone, teacher_id, seed, value):
        run = {
            "run_id": run_id,
            "kind": kind,
            "status": "done",
            "labels": {"method": method, "pair": pair},
            "spec": {
                "seed": seed,
                "loss": {"name": loss},
                "backbone": backbone,
                "train": {"monitor": "ndcg@10"},
            },
            "teacher_id": teacher_id,
            "data": {"name": "toy", "fingerprint": "f"},
            "summary": {"valid": {"ndcg@10": value}, "test": {"ndcg@10": value}},
        }
        write_folder(tmp_path / "runs" / run_id, record_files(run))

    rec("t1", "teacher", "teacher", "a→s", "student", {"model": "mf", "dim": 64}, None, 0, 0.5)
    rec("t2", "teacher", "teacher", "b→s", "student", {"model": "lightgcn"}, None, 0, 0.6)
    rec("s0", "student", "student", "a→s", "student", mf_s, "t1", 0, 0.1)
    rec("k1", "student", "ce", "a→s", "ce", mf_s, "t1", 0, 0.2)
    rec("k2", "student", "ce", "b→s", "ce", mf_s, "t2", 0, 0.3)
    out = {c.pair: c for c in cells(load_results(tmp_path), ["ndcg@10"])}
    assert set(out) == {"a→s", "b→s"}
    for pair, teacher_value in (("a→s", 0.5), ("b→s", 0.6)):
        rows = {r.name: r for r in out[pair].rows}
        assert set(rows) == {"teacher", "student", "ce"}
        assert rows["student"].values["ndcg@10"] == {0: pytest.approx(0.1)}
        assert rows["teacher"].values["ndcg@10"] == {0: pytest.approx(teacher_value)}
