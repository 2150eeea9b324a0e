"""The suite schema: layering of settings, grids, include, -o overrides, run ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.errors import ConfigError
from kdbench.suite import expand, load_suite
from kdbench.suite.source import read_suite

REPO = Path(__file__).resolve().parent.parent

BASE = """\
name: s
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 16}}
  s: {{model: mf, dim: 4}}
  t2: {{model: mf, dim: 32}}
pairs:
  - {{teacher: t, student: s}}
  - {{teacher: t2, student: s}}
losses:
  student: {{train: {{weight_decay: 0.001}}}}
  ce: {{K: [10, 20], tau: 1.0, train: {{weight_decay: 0.00001, batch_size: 512}}}}
seeds: [0, 1]
train: {{epochs: 2, patience: 2, batch_size: 4096, lr: 0.01}}
teacher: {{train: {{weight_decay: 0.0001, epochs: 3}}, seed: 7}}
metrics: [recall@10, ndcg@10]
overrides:
  - when: {{pair: t2->s, loss: ce}}
    losses: {{ce: {{tau: 10.0}}}}
    train: {{lr: 0.001}}
  - when: {{teacher: t2}}
    teacher: {{train: {{lr: 0.002}}}}
"""


def write(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.fixture
def suite_file(tmp_path: Path) -> Path:
    return write(tmp_path, BASE.format(out=tmp_path / "out"))


def by_label(specs):
    return {(s.labels["pair"], s.labels["method"], s.seed): s for s in specs}


def test_layering_grid_and_teacher_settings(suite_file):
    teachers, students = expand(load_suite(suite_file))
    assert len(teachers) == 2 and len(students) == 2 * (1 + 2) * 2
    t = {s.labels["backbone"]: s for s in teachers}
    # teachers: train ← teacher.train ← matching rule; their own seed
    assert t["t"].train["weight_decay"] == 1e-4 and t["t"].train["epochs"] == 3
    assert t["t"].train["lr"] == 0.01 and t["t2"].train["lr"] == 0.002
    assert t["t"].seed == 7
    runs = by_label(students)
    scratch = runs[("t→s", "student", 0)]
    assert scratch.train["weight_decay"] == 1e-3 and scratch.train["batch_size"] == 4096
    kd = runs[("t→s", "ce[K=10]", 1)]
    assert kd.train["weight_decay"] == 1e-5 and kd.train["batch_size"] == 512
    assert kd.loss_params["K"] == 10 and kd.loss_params["tau"] == 1.0
    # the rule for pair t2→s and loss ce: its τ and lr, nothing else changes
    kd2 = runs[("t2→s", "ce[K=20]", 0)]
    assert kd2.loss_params["tau"] == 10.0 and kd2.train["lr"] == 0.001
    assert kd2.train["weight_decay"] == 1e-5
    assert runs[("t2→s", "student", 0)].train["lr"] == 0.01
    assert kd2.teacher is t["t2"] and kd.teacher is t["t"]


def test_cli_overrides_are_yaml_and_validated(suite_file):
    suite = load_suite(suite_file, ["seeds=[3]", "losses.ce.K=[5,6,7]", "train.epochs=1"])
    _, students = expand(suite)
    assert {s.seed for s in students} == {3}
    assert {s.labels["method"] for s in students} == {"student", "ce[K=5]", "ce[K=6]", "ce[K=7]"}
    assert all(s.train["epochs"] == 1 for s in students)
    # a mapping of key paths works too, and a new loss can be added from the CLI
    suite = load_suite(suite_file, {"losses.ce2": {"loss": "ce", "K": 3}})
    assert "ce2" in suite.losses and suite.losses["ce2"].loss == "ce"
    with pytest.raises(ConfigError, match=r"\(-o train.epochs=0\): train.epochs: must be >= 1"):
        load_suite(suite_file, ["train.epochs=0"])


def test_include_merges_deeply_and_errors_name_the_included_file(tmp_path):
    write(tmp_path, BASE.format(out=tmp_path / "out"), "base.yaml")
    top = write(
        tmp_path,
        "include: base.yaml\nname: top\ntrain: {epochs: 5}\nlosses: {ce: {K: 7}}\n",
        "top.yaml",
    )
    suite = load_suite(top)
    assert suite.name == "top" and suite.train["epochs"] == 5 and suite.train["lr"] == 0.01
    assert suite.losses["ce"].params["K"] == 7 and suite.losses["ce"].params["tau"] == 1.0
    src = read_suite(top)
    assert src.where(("train", "epochs")) == f"{top}:3: train.epochs"
    assert src.where(("train", "lr")).startswith(f"{tmp_path / 'base.yaml'}:15: train.lr")
    bad = write(tmp_path, "include: top.yaml\nmetrics: [auc@3]\n", "bad.yaml")
    with pytest.raises(ConfigError, match=r"bad.yaml:2: metrics\[0\]: unknown metric"):
        load_suite(bad)


def test_coerced_values_give_equal_run_ids(suite_file, ml100k):
    a = expand(load_suite(suite_file, ["train.lr=1"]))[1]
    b = expand(load_suite(suite_file, ["train.lr=1.0"]))[1]
    assert [s.run_id(ml100k.fingerprint) for s in a] == [s.run_id(ml100k.fingerprint) for s in b]


def test_quick_suite_and_validate_prints_the_plan(tmp_path):
    suite = load_suite(REPO / "suites" / "quick.yaml", [f"output={tmp_path / 'q'}"])
    teachers, students = expand(suite)
    assert len(teachers) == 1 and students
    res = CliRunner().invoke(
        app, ["validate", str(REPO / "suites" / "quick.yaml"), "-o", f"output={tmp_path / 'q'}"]
    )
    assert res.exit_code == 0, res.output
    assert f"{len(teachers) + len(students)} runs" in res.output and "to do" in res.output
    assert not (tmp_path / "q").exists()


def test_validate_offline_sets_absent_datasets_aside(tmp_path, monkeypatch):
    monkeypatch.setenv("KDBENCH_DATA", str(tmp_path))  # no citeulike-t here; nothing downloads
    args = ["validate", str(REPO / "suites" / "quick.yaml"), "-o", f"output={tmp_path / 'q'}"]
    args += ["-o", "datasets={ml-100k: {}, citeulike-t: {}}", "--offline"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    suite = load_suite(REPO / "suites" / "quick.yaml", ["datasets={ml-100k: {}, citeulike-t: {}}"])
    teachers, students = expand(suite)
    n_ml = sum(s.dataset == "ml-100k" for s in teachers + students)
    n_cite = len(students) // 2
    assert f"citeulike-t: not checked (1 teacher, {n_cite} student runs left out)" in out
    assert "users.dat not found" in out and "the first run downloads it from https://" in out
    assert f"{n_ml} runs" in out and f"({len(teachers + students) - n_ml} more left out" in out
    assert not (tmp_path / "q").exists() and not (tmp_path / "citeulike-t").exists()


def test_executor_and_stats_settings(suite_file):
    s = load_suite(suite_file, ["executor={kind: local, workers: 3, threads: 1}"])
    assert (s.executor.kind, s.executor.workers, s.executor.threads) == ("local", 3, 1)
    s = load_suite(suite_file, ["stats={baseline: student, alpha: 0.01, correction: bh}"])
    assert s.stats == {"baseline": "student", "alpha": 0.01, "correction": "bh"}


def test_readme_suite_example_is_valid(tmp_path):
    text = (REPO / "README.md").read_text()
    section = text[text.index("## Suites") :]
    block = section[section.index("```yaml\n") + 8 : section.index("```\n", 8)]
    (tmp_path / "base.yaml").write_text("description: included\n")
    suite = load_suite(write(tmp_path, block))
    assert suite.description == "included"
    teachers, students = expand(suite)
    gowalla = [s for s in students if s.dataset == "gowalla" and s.loss == "rcekd"]
    assert {s.loss_params["lambda"] for s in gowalla} == {10}
    assert {s.labels["method"] for s in gowalla} == {"rcekd"}  # beta fixed there: no grid
    assert {t.backbone["dim"] for t in teachers} == {400, 300}
    # citeulike-t: student, rcekd × 2 (the beta grid), student-kdwd; gowalla excludes the last
    assert len(students) == 5 * (1 + 2 + 1) + 5 * (1 + 1)


def test_exclude_drops_runs_and_unneeded_teachers(tmp_path):
    base = (REPO / "suites" / "quick.yaml").read_text()
    path = write(tmp_path, base + "exclude:\n  - {loss: ce}\n")
    teachers, students = expand(load_suite(path))
    assert {s.loss for s in students} == {"student"} and teachers == []  # no KD: none needed
    path = write(tmp_path, base + "exclude:\n  - {pair: mf-64->mf-8}\n", "all.yaml")
    assert expand(load_suite(path)) == ([], [])
    bad = write(tmp_path, base + "exclude:\n  - {loss: cee}\n", "bad.yaml")
    with pytest.raises(ConfigError, match=r"exclude\[0\]\.loss.*did you mean 'ce'"):
        load_suite(bad)


def test_paper_suite_expands_to_the_reference_settings():
    """suites/paper.yaml: the RCE-KD Table 1 grid with the reference configurations."""
    teachers, students = expand(load_suite(REPO / "suites" / "paper.yaml"))
    assert len(teachers) == 9  # 3 datasets × (MF, LightGCN, HSTU)
    by = {(s.dataset, s.labels["pair"], s.labels["method"], s.seed): s for s in students}
    rce = by[("citeulike-t", "mf-t→mf-s", "rcekd", 0)]
    assert (rce.loss_params["lambda"], rce.loss_params["beta"], rce.train["weight_decay"]) == (
        500.0,
        3.0,
        1e-5,
    )
    assert by[("gowalla", "lgcn-t→mf-s", "rcekd", 4)].loss_params["lambda"] == 10000.0
    assert by[("yelp2018", "hstu-t→hstu-s", "rcekd", 0)].train["batch_size"] == 400
    assert by[("citeulike-t", "lgcn-t→mf-s", "rcekd", 0)].loss_params["tau"] == 10.0
    assert by[("gowalla", "mf-t→mf-s", "rrd", 0)].train["batch_size"] == 4096
    assert not any(s.loss in ("de", "htd") and s.labels["teacher"] == "hstu-t" for s in students)
    scratch = by[("gowalla", "lgcn-t→lgcn-s", "student", 0)]
    assert scratch.train["weight_decay"] == 1e-7
    hstu_t = next(t for t in teachers if t.dataset == "yelp2018" and t.backbone["model"] == "hstu")
    assert (hstu_t.backbone["max_len"], hstu_t.train["batch_size"]) == (400, 128)
    het = by[("gowalla", "mf-t→mf-s", "hetcomp", 0)]  # configs/citeulike/bpr/hetcomp.yaml
    assert {k: het.loss_params[k] for k in ("num_ckpt", "K", "p", "alpha", "lambda")} == {
        "num_ckpt": 3,
        "K": 50,
        "p": 10,
        "alpha": 1.05,
        "lambda": 0.005,
    }
    assert het.train["weight_decay"] == 1e-3
    assert by[("yelp2018", "hstu-t→hstu-s", "hetcomp", 0)].loss_params["lambda"] == 0.005


@pytest.mark.parametrize(
    ("block", "pair", "methods"),
    [
        ("mf", "mf-t→mf-s", 13),  # and UnKD, IR-RRD (not in Table 1): tuning's references
        ("lgcn", "lgcn-t→lgcn-s", 11),
        ("lgcn-mf", "lgcn-t→mf-s", 11),
        ("hstu", "hstu-t→hstu-s", 9),  # no DE/HTD for an HSTU teacher
        ("hstu-mf", "hstu-t→mf-s", 9),
    ],
)
def test_citeulike_blocks_narrow_paper_yaml_without_changing_a_run(block, pair, methods):
    """Each block is a slice of suites/paper.yaml: the same specs, so the same run ids
    (the no-KD MF student of LightGCN→MF and HSTU→MF is the MF block's: one spec, one run
    id). The MF block adds UnKD and IR-RRD, the reference configurations of
    suites/tuned-citeulike-mf.yaml (Table 1 has neither)."""
    full = expand(load_suite(REPO / "suites" / "paper.yaml"))[1]
    teachers, students = expand(load_suite(REPO / "suites" / f"paper-citeulike-{block}.yaml"))
    assert len(teachers) == 1 and len(students) == methods * 5
    assert {(s.dataset, s.labels["pair"]) for s in students} == {("citeulike-t", pair)}
    assert {"ce-teacher", "student"} <= {s.labels["method"] for s in students}
    assert any(s.loss == "hetcomp" for s in students)
    assert {s.loss for s in students if s not in full} == (
        {"unkd", "irrrd"} if block == "mf" else set()
    )
    mf_student = [
        s
        for s in full
        if (s.dataset, s.labels["pair"], s.loss) == ("citeulike-t", "mf-t→mf-s", "student")
    ]
    if pair.endswith("mf-s"):
        ids = {s.run_id("fp") for s in students if s.loss == "student"}
        assert ids == {s.run_id("fp") for s in mf_student}


# (pair, τ, λ) of CE per CiteULike-t block, both guides: configs/citeulike/bpr/kd.yaml
# (RCE-KD and KDs, MF student; keys bpr and lightgcn), KDs configs/citeulike/lightgcn/
# kd.yaml (LightGCN student, key lightgcn); the HSTU blocks have no CE configuration and
# take the MF→MF values
CE_SETTINGS = [
    ("mf-t→mf-s", 1.0, 1.0),
    ("lgcn-t→lgcn-s", 10.0, 5.0),
    ("lgcn-t→mf-s", 10.0, 5.0),
    ("hstu-t→hstu-s", 1.0, 1.0),
    ("hstu-t→mf-s", 1.0, 1.0),
]


@pytest.mark.parametrize(("pair", "tau", "lam"), CE_SETTINGS)
def test_paper_suite_ce_rows_per_citeulike_block(pair, tau, lam):
    """`ce` (the student's top-K, RCE-KD's first term) and `ce-teacher` (the paper's
    vanilla CE) differ only in the guide and take each block's reference values."""
    _, students = expand(load_suite(REPO / "suites" / "paper.yaml"))
    by = {
        s.labels["method"]: s
        for s in students
        if s.dataset == "citeulike-t" and s.labels["pair"] == pair and s.seed == 0
    }
    ce, vanilla = by["ce"], by["ce-teacher"]
    assert (ce.loss, vanilla.loss) == ("ce", "ce")
    assert (ce.loss_params["guide"], vanilla.loss_params["guide"]) == ("student", "teacher")
    for spec in (ce, vanilla):
        p = spec.loss_params
        assert (p["K"], p["tau"], p["lambda"], p["mask_train"]) == (50, tau, lam, False)
        assert spec.train["weight_decay"] == 1e-7
    assert {k: v for k, v in ce.loss_params.items() if k != "guide"} == {
        k: v for k, v in vanilla.loss_params.items() if k != "guide"
    }
    assert ce.train == vanilla.train
    # an HSTU student takes batch 512, as every HSTU-student KD configuration of the reference
    assert ce.train["batch_size"] == (512 if pair == "hstu-t→hstu-s" else 2048)


def test_paper_suite_hstu_student_kd_rows_take_batch_512():
    """configs/citeulike/hstu/{cd,dcd,rrd,rcekd}.yaml: batch 512; the rows without a
    configuration follow them."""
    _, students = expand(load_suite(REPO / "suites" / "paper.yaml"))
    hstu = [
        s for s in students if s.dataset == "citeulike-t" and s.labels["pair"] == "hstu-t→hstu-s"
    ]
    batch = {s.labels["method"]: s.train["batch_size"] for s in hstu}
    assert batch.pop("student") == 128  # configs/citeulike/hstu/scratch.yaml
    assert set(batch.values()) == {512} and len(batch) == 8


@pytest.mark.parametrize(
    ("pair", "method", "num_ckpt"),
    [
        ("mf-t→mf-s", "hetcomp[num_ckpt=2]", 2),
        ("lgcn-t→lgcn-s", "hetcomp[num_ckpt=2]", 2),
        ("lgcn-t→mf-s", "hetcomp[num_ckpt=2]", 2),
        ("hstu-t→hstu-s", "hetcomp", 3),
        ("hstu-t→mf-s", "hetcomp", 3),
    ],
)
def test_paper_suite_hetcomp_walks_the_checkpoints_each_citeulike_teacher_has(
    pair, method, num_ckpt
):
    """The MF and LightGCN teachers stop at best epoch 89: two checkpoints (50, best), so
    their HetComp rows are the named variant num_ckpt=2; otherwise the reference config."""
    _, students = expand(load_suite(REPO / "suites" / "paper.yaml"))
    het = [
        s
        for s in students
        if s.dataset == "citeulike-t" and s.labels["pair"] == pair and s.loss == "hetcomp"
    ]
    assert len(het) == 5 and {s.labels["method"] for s in het} == {method}
    p = het[0].loss_params
    assert (p["num_ckpt"], p["K"], p["p"], p["alpha"], p["lambda"], p["final"]) == (
        num_ckpt,
        50,
        10,
        1.05,
        0.005,
        "ordered",
    )
