"""scripts/vs_paper.py: named variants are compared with their method's paper row."""

from __future__ import annotations

import json
import runpy
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
vs_paper = runpy.run_path(str(REPO / "scripts" / "vs_paper.py"))


def test_a_variant_sorts_beside_its_method():
    names = ["rcekd", "hetcomp[num_ckpt=2]", "ce-teacher", "student", "ce", "other", "teacher"]
    assert sorted(names, key=vs_paper["_order"]) == [
        "teacher",
        "student",
        "ce",
        "ce-teacher",
        "hetcomp[num_ckpt=2]",
        "rcekd",
        "other",
    ]


def test_a_variant_row_takes_the_paper_values_of_its_method(tmp_path):
    # the published DCD and CE records of the MF block, relabelled as a HetComp variant and
    # as the teacher-guided CE: the first must meet the paper's HetComp row, the second none
    out = tmp_path / "block"
    shutil.copytree(REPO / "results" / "paper-citeulike-mf", out)
    relabel = {"dcd": "hetcomp[num_ckpt=2]", "ce": "ce-teacher"}
    for run in (out / "runs").glob("*/run.json"):
        rec = json.loads(run.read_text())
        if rec["labels"].get("method") in relabel:
            rec["labels"]["method"] = relabel[rec["labels"]["method"]]
            run.write_text(json.dumps(rec))
    rows = {
        line.split(" | ")[1]: line.split(" | ")
        for line in vs_paper["table"](
            str(out), str(REPO / "results" / "rcekd-table1-citeulike.csv")
        ).splitlines()[2:]
    }
    het = rows["hetcomp[num_ckpt=2]"]
    assert het[9:13] == ["0.0255", "0.0135", "0.0391", "0.0177"]  # the paper's MF→MF HetComp
    assert rows["ce-teacher"][9:] == ["–"] * 4 + ["– |"]
    assert list(rows) == [
        "teacher",
        "student",
        "ce-teacher",
        "rd",
        "rrd",
        "de",
        "htd",
        "cd",
        "hetcomp[num_ckpt=2]",
        "rcekd",
        "irrrd",
        "unkd",
    ]


def test_the_paper_rows_are_those_of_the_runs_dataset(tmp_path):
    # the MF block's records relabelled as another dataset's: the paper's CiteULike-t rows
    # must not be matched by pair and method alone
    out = tmp_path / "block"
    shutil.copytree(REPO / "results" / "paper-citeulike-mf", out)
    for run in (out / "runs").glob("*/run.json"):
        rec = json.loads(run.read_text())
        rec["data"]["name"] = "ml-1m"
        run.write_text(json.dumps(rec))
    paper = str(REPO / "results" / "rcekd-table1-citeulike.csv")
    lines = vs_paper["table"](str(out), paper).splitlines()[2:]
    published = vs_paper["table"](str(REPO / "results" / "paper-citeulike-mf"), paper)
    assert len(lines) == len(published.splitlines()[2:])
    assert all(line.split(" | ")[9:] == ["–"] * 4 + ["– |"] for line in lines)
