"""Slow: a real tiny suite on MovieLens-100K (two seeds, a CE grid), then every leaderboard
format through the CLI; the LaTeX compiles with pdflatex and the HTML page loads in
headless Chromium with no console message but the test's own probe."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kdbench.cli import app

SUITE = """
name: report-e2e
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 16}}
  s: {{model: mf, dim: 4}}
pairs: [{{teacher: t, student: s}}]
losses:
  student: {{}}
  ce: {{K: 10, tau: [1.0, 2.0], guide: teacher}}
seeds: [0, 1]
train: {{epochs: 2, patience: 2, batch_size: 8192, lr: 0.01}}
metrics: [recall@10, ndcg@10]
"""

pytestmark = pytest.mark.slow

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None
)
#: appended to the page: sort by the ndcg@10 column, then report the row order
PROBE = (
    "<script>var t = document.querySelector('table.sortable');"
    "t.tHead.rows[0].cells[2].click(); t.tHead.rows[0].cells[2].click();"
    "console.log('ORDER:' + Array.prototype.map.call(t.tBodies[0].rows,"
    " function (r) { return r.cells[0].textContent; }).join(','));</script></body>"
)


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("report-e2e")
    suite = tmp / "suite.yaml"
    suite.write_text(SUITE.format(out=tmp / "out"))
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 0, res.output
    return tmp / "out"


def test_every_format(output, tmp_path):
    runner = CliRunner()
    for fmt in ("term", "md", "csv", "json", "html", "latex"):
        args = ["leaderboard", str(output), "--format", fmt]
        if fmt != "term":
            args += ["--out", str(tmp_path / f"lb.{fmt}")]
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
    doc = json.loads((tmp_path / "lb.json").read_text())
    (cell,) = doc["cells"]
    assert [r["label"] for r in cell["rows"]][:2] == ["teacher", "student"]
    (ce,) = [r for r in cell["rows"] if r["method"] == "ce"]
    assert len(ce["grid"]) == 2 and cell["select_metric"] == "ndcg@10"
    assert {c["level"] for c in cell["comparisons"]} == {"seed", "user"}
    assert cell["n_users"] == 943
    res = runner.invoke(app, ["compare", str(output), "ce", "student"])
    assert res.exit_code == 0 and "ce[tau=" in res.output


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_latex_compiles(output, tmp_path):
    res = CliRunner().invoke(
        app, ["leaderboard", str(output), "--format", "latex", "--out", str(tmp_path / "lb.tex")]
    )
    assert res.exit_code == 0, res.output
    done = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "lb.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_html_opens_in_headless_chromium_without_console_errors(output, tmp_path):
    res = CliRunner().invoke(
        app, ["leaderboard", str(output), "--format", "html", "--out", str(tmp_path / "lb.html")]
    )
    assert res.exit_code == 0, res.output
    page = (tmp_path / "lb.html").read_text()
    (tmp_path / "probe.html").write_text(page.replace("</body>", PROBE, 1))
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            (tmp_path / "probe.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    probes = [line for line in console if "ORDER:" in line]
    assert len(probes) == 1, done.stderr[-3000:]
    assert console == probes  # no error, warning or failed load from the page itself
    # the probe sorted by ndcg@10, descending: the rows come out in value order
    doc = json.loads(
        CliRunner()
        .invoke(app, ["leaderboard", str(output), "--format", "json", "--metrics", "ndcg@10"])
        .output
    )
    rows = doc["cells"][0]["rows"]
    expected = sorted(rows, key=lambda r: -r["metrics"]["ndcg@10"]["mean"])
    order = probes[0].split("ORDER:")[1].split('"')[0].split(",")
    assert order == [r["label"] for r in expected]
