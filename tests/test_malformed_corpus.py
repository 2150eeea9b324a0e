"""A malformed-input corpus, generated here: suites and data files that must each give
exit code 2 and one line naming the file and the key (or the data file and its line),
with no traceback and nothing written — not the output folder, not the prepared-split
cache. Suites go through ``validate`` in this process (``run`` for a sample, and one
subprocess for the real exit code); data files through a suite that names them."""

from __future__ import annotations

import gzip
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.data import cache as data_cache
from kdbench.errors import ConfigError
from kdbench.runner import build_plan
from kdbench.suite import load_suite
from tests.test_suite_errors import GOOD as BASE  # the same valid suite, broken here

Edit = Callable[[str, Path], str]


def sub(old: str, new: str) -> Edit:
    def apply(text: str, tmp: Path) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return apply


def add(extra: str) -> Edit:
    return lambda text, tmp: text + extra


def whole(text: str) -> Edit:
    return lambda _, tmp: text


#: (id, edit, extra CLI args, parts the one error line must hold)
SUITES: list[tuple[str, Edit, list[str], list[str]]] = []

# -- numbers that are not finite, or not numbers, wherever a float is read ---------------
NOT_FINITE = [(".nan", "finite"), (".inf", "finite"), ("-.inf", "finite"), ("1e400", "finite")]
for value, why in NOT_FINITE:
    tag = value.strip("-.") + ("-neg" if value.startswith("-") else "")
    SUITES += [
        (f"train-lr-{tag}", sub("epochs: 1,", f"epochs: 1, lr: {value},"), [], ["train.lr", why]),
        (
            f"train-wd-{tag}",
            sub("epochs: 1,", f"epochs: 1, weight_decay: {value},"),
            [],
            ["train.weight_decay", why],
        ),
        (f"ce-lambda-{tag}", sub("K: 10,", f"K: 10, lambda: {value},"), [], ["ce.lambda", why]),
        (f"ce-tau-{tag}", sub("K: 10,", f"K: 10, tau: {value},"), [], ["ce.tau", why]),
        (f"ce-tau-grid-{tag}", sub("K: 10,", f"K: 10, tau: [1, {value}],"), [], ["tau[1]", why]),
        (
            f"ratios-{tag}",
            sub("ml-100k: {}", f"ml-100k: {{ratios: [{value}, 1, 1]}}"),
            [],
            ["datasets.ml-100k.ratios"],
        ),
        (
            f"min-rating-{tag}",
            sub("ml-100k: {}", f"ml-100k: {{min_rating: {value}}}"),
            [],
            ["datasets.ml-100k.min_rating", why],
        ),
        (
            f"override-lr-{tag}",
            lambda t, tmp: t,
            ["-o", f"train.lr={value}"],
            ["(-o train.lr=", "train.lr", why],
        ),
        (
            f"rule-lr-{tag}",
            add(f"overrides:\n  - when: {{loss: ce}}\n    train: {{lr: {value}}}\n"),
            [],
            ["overrides[0].train.lr", why],
        ),
        (
            f"teacher-lr-{tag}",
            add(f"teacher: {{train: {{lr: {value}}}}}\n"),
            [],
            ["teacher.train.lr", why],
        ),
    ]
for key, now in (("epochs", "1"), ("patience", "1"), ("batch_size", "4096")):
    for value in (".nan", "2.5"):
        SUITES.append(
            (
                f"train-{key}-{value.strip('.')}",
                sub(f"{key}: {now}", f"{key}: {value}"),
                [],
                [f"train.{key}", "integer"],
            )
        )
SUITES.append(("ce-K-nan", sub("K: 10", "K: .nan"), [], ["losses.ce.K", "integer"]))
for value in (".nan", ".inf", "-1"):
    SUITES.append(
        (
            f"checkpoint-every-{value}",
            add(f"executor: {{checkpoint_every: {value}}}\n"),
            [],
            ["executor.checkpoint_every"],
        )
    )
    SUITES.append(
        (f"stats-alpha-{value}", add(f"stats: {{alpha: {value}}}\n"), [], ["stats.alpha"])
    )
    SUITES.append(
        (
            f"user-min-{value}",
            sub("ml-100k: {}", f"ml-100k: {{user_min: {value}}}"),
            [],
            ["datasets.ml-100k.user_min"],
        )
    )

# -- seeds ------------------------------------------------------------------------------
for value, parts in [
    ("[-1]", ["seeds[0]", ">= 0"]),
    ("[4294967296]", ["seeds[0]", "4294967295"]),
    ("[0, 99999999999999999999]", ["seeds[1]", "4294967295"]),
    ("1000000000", ["seeds", "write it as a list"]),
    ("0", ["seeds", "at least 1"]),
    ("[1.5]", ["seeds[0]", "integer seed"]),
    ("[.nan]", ["seeds[0]", "integer seed"]),
    ("[true]", ["seeds[0]", "integer seed"]),
    ("[a]", ["seeds[0]", "integer seed"]),
    ("[]", ["seeds", "empty"]),
    ("[3, 3]", ["seeds[1]", "duplicate"]),
    ("{a: 1}", ["seeds", "expected"]),
]:
    tag = "".join(c for c in value if c.isalnum())[:12] or "x"
    SUITES.append((f"seeds-{tag}-{len(SUITES)}", sub("seeds: [0]", f"seeds: {value}"), [], parts))
for value, parts in [
    ("-1", ["teacher.seed", ">= 0"]),
    ("4294967296", ["teacher.seed", "4294967295"]),
    ("1.0", ["teacher.seed", "integer seed"]),
    ("x", ["teacher.seed", "integer seed"]),
]:
    SUITES.append((f"teacher-seed-{value}", add(f"teacher: {{seed: {value}}}\n"), [], parts))

# -- name and output ------------------------------------------------------------------------
for value in ("../../up", "a/b", "'..'", "'.'", "'a\\\\b'", "''", "'  '"):
    SUITES.append(
        (f"name-{len(SUITES)}", sub("name: bad", f"name: {value}"), [], ["name", "not a name"])
    )


def _output_is_file(text: str, tmp: Path) -> str:
    (tmp / "afile").write_text("x")
    return text.replace(f"output: {tmp / 'out'}", f"output: {tmp / 'afile'}", 1)


def _output_under_file(text: str, tmp: Path) -> str:
    (tmp / "afile").write_text("x")
    return text.replace(f"output: {tmp / 'out'}", f"output: {tmp / 'afile' / 'sub'}", 1)


SUITES += [
    ("output-is-file", _output_is_file, [], ["output", "is a file, not a folder"]),
    ("output-under-file", _output_under_file, [], ["output", "is a file, not a folder"]),
    ("output-list", sub("output: ", "output: [x] #"), [], ["output", "a folder path"]),
]

# -- YAML structure: recursion, depth, size, overrides ------------------------------------
SUITES += [
    ("recursive-anchor", add("description: &a [*a]\n"), [], ["description", "recursive"]),
    (
        "recursive-anchor-map",
        add("stats: &a {x: *a}\n"),
        [],
        ["stats", "recursive"],
    ),
    ("deep-nesting", add("description: " + "[" * 2000 + "]" * 2000 + "\n"), [], ["nested"]),
    (
        "deep-nesting-map",
        add("stats: " + "{a: " * 100 + "1" + "}" * 100 + "\n"),
        [],
        ["nested more than"],
    ),
    (
        "alias-bomb",
        add(
            "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9))
        ),
        [],
        ["more than 100,000 values"],
    ),
    ("override-into-int", lambda t, tmp: t, ["-o", "seeds.0.x=1"], ["seeds[0]", "cannot hold"]),
    (
        "override-into-str",
        lambda t, tmp: t,
        ["-o", "name.x=1"],
        ["name", "expected a string"],
    ),
    (
        "override-past-list",
        lambda t, tmp: t,
        ["-o", "seeds.5=1"],
        ["seeds[5]", "no such list position"],
    ),
    (
        "override-recursive",
        lambda t, tmp: t,
        ["-o", "description=&a [*a]"],
        ["(-o description=&a [*a])", "recursive"],
    ),
    (
        "override-deep",
        lambda t, tmp: t,
        ["-o", "description=" + "[" * 2000 + "]" * 2000],
        ["nested too deeply"],
    ),
    ("override-seed-range", lambda t, tmp: t, ["-o", "seeds=[-5]"], ["seeds[0]", ">= 0"]),
    ("override-nan-ratio", lambda t, tmp: t, ["-o", "datasets.ml-100k.ratios=[.nan,1,1]"], []),
    ("tab-indent", add("train:\n\tepochs: 2\n"), [], ["invalid YAML"]),
    ("binary-suite", whole("\x00\x01\x02 not yaml \xff"), [], ["suite.yaml"]),
    ("only-a-string", whole("hello\n"), [], ["a suite must be a mapping"]),
    ("include-not-list", add("include: {a: 1}\n"), [], ["include", "expected a file name"]),
]

# -- what needs the data: list sizes, memory, loss and backbone fit -----------------------
SUITES += [
    (
        "irrrd-defaults-ml100k",
        sub("ce: {K: 10, guide: teacher}", "irrrd: {}"),
        [],
        ["losses.irrrd", "item 49", "lower N_I to at most"],
    ),
    (
        "irrrd-L_I-too-big",
        sub("ce: {K: 10, guide: teacher}", "irrrd: {N_I: 20, L_I: 2000}"),
        [],
        ["losses.irrrd", "lower L_I"],
    ),
    (
        "de-hstu-student",
        lambda t, tmp: t.replace("s: {model: mf, dim: 4}", "s: {model: hstu, dim: 8}").replace(
            "ce: {K: 10, guide: teacher}", "de: {}"
        ),
        [],
        ["losses.de", "user rows", "hstu"],
    ),
    (
        "htd-hstu-student",
        lambda t, tmp: t.replace("s: {model: mf, dim: 4}", "s: {model: hstu, dim: 8}").replace(
            "ce: {K: 10, guide: teacher}", "htd: {}"
        ),
        [],
        ["losses.htd", "user rows", "hstu"],
    ),
    (
        "dim-1e15",
        sub("s: {model: mf, dim: 4}", "s: {model: mf, dim: 1000000000000000}"),
        [],
        ["backbones.s.dim", "GiB", "lower dim"],
    ),
    (
        "teacher-dim-1e12-lightgcn",
        sub("t: {model: mf, dim: 16}", "t: {model: lightgcn, dim: 1000000000000}"),
        [],
        ["backbones.t.dim", "GiB"],
    ),
    ("ce-K-over-items", sub("K: 10", "K: 100000"), [], ["losses.ce.K", "item count"]),
    (
        "ce-K-grid-over-items",
        sub("K: 10", "K: [10, 5000]"),
        [],
        ["losses.ce.K", "item count"],
    ),
    (
        "metric-over-items",
        sub("[recall@10, ndcg@10]", "[recall@4000, ndcg@10]"),
        [],
        ["metrics[0]", "more items"],
    ),
]

# -- data files: each malformed file, through a suite that names it ------------------------
#: (id, {file name: bytes}, format, extra options, parts the one line must hold)
DATA: list[tuple[str, dict[str, bytes], str, str, list[str]]] = []
GOOD_INTER = b"user_id:token\titem_id:token\n" + b"".join(
    f"{u}\t{i}\n".encode() for u in range(20) for i in range(u % 7, u % 7 + 12)
)
GOOD_SPLIT = {
    s: b"USER\tITEM\n" + b"".join(f"{u}\t{u * 3 + k}\n".encode() for u in range(10))
    for k, s in enumerate(("train.txt", "valid.txt", "test.txt"))
}
RANDOM_CSV = b"user,item\n" + b"".join(
    f"{(i * 7919) % 101},{(i * 104729) % 997}\n".encode() for i in range(5000)
)
DATA += [
    ("inter-empty", {"data.inter": b""}, "inter", "", ["data.inter", "empty"]),
    ("inter-header-only", {"data.inter": GOOD_INTER[:28]}, "inter", "", ["data.inter", "no"]),
    (
        "inter-bad-header",
        {"data.inter": b"a\tb\n1\t2\n"},
        "inter",
        "",
        ["data.inter:1", "header"],
    ),
    (
        "inter-bad-rating",
        {"data.inter": b"user_id\titem_id\trating\n1\t2\t5\n1\t3\tfive\n"},
        "inter",
        "",
        ["data.inter:3", "rating is not a number"],
    ),
    (
        "inter-bad-timestamp",
        {"data.inter": b"user_id\titem_id\ttimestamp\n1\t2\tyesterday\n"},
        "inter",
        "",
        ["data.inter:2", "timestamp is not a number"],
    ),
    (
        "inter-binary",
        {"data.inter": bytes(range(256)) * 4},
        "inter",
        "",
        ["data.inter"],
    ),
    (
        "inter-ratios-empty-test",
        {"data.inter": GOOD_INTER},
        "inter",
        "ratios: [1, 0, 0]",
        ["test split is empty"],
    ),
    (
        "inter-single-items",
        {"data.inter": b"user_id\titem_id\n" + b"".join(f"{u}\t{u}\n".encode() for u in range(9))},
        "inter",
        "",
        ["test split is empty"],
    ),
    ("csv-empty", {"data.csv": b""}, "csv", "", ["data.csv", "empty"]),
    (
        "csv-missing-column",
        {"data.csv": b"u,i\n1,2\n"},
        "csv",
        "",
        ["data.csv:1", "not in the header"],
    ),
    (
        "csv-ragged",
        {"data.csv": b"user,item\n1,2\n1,2,3,4\n"},
        "csv",
        "",
        ["data.csv", "malformed"],
    ),
    (
        "csv-gz-truncated",
        {"data.csv.gz": gzip.compress(RANDOM_CSV)[:3000]},
        "csv",
        "",
        ["data.csv.gz", "truncated or corrupted"],
    ),
    (
        "csv-gz-garbage",
        {"data.csv.gz": b"\x1f\x8b\x08garbage-not-deflate" * 3},
        "csv",
        "",
        ["data.csv.gz", "truncated or corrupted"],
    ),
    (
        "csv-bad-rating",
        {"data.csv": b"user,item,rating\n1,2,x\n"},
        "csv",
        "columns: {user: user, item: item, rating: rating}",
        ["data.csv:2", "rating"],
    ),
    ("rcekd-empty-train", {**GOOD_SPLIT, "train.txt": b""}, "rcekd", "", ["train.txt", "empty"]),
    (
        "rcekd-all-header-only",
        {k: b"USER\tITEM\n" for k in GOOD_SPLIT},
        "rcekd",
        "",
        ["every split file is empty"],
    ),
    (
        "rcekd-bad-header",
        {**GOOD_SPLIT, "valid.txt": b"A\tB\n1\t2\n"},
        "rcekd",
        "",
        ["valid.txt:1", "USER<tab>ITEM"],
    ),
    (
        "rcekd-negative-id",
        {**GOOD_SPLIT, "test.txt": b"USER\tITEM\n1\t-4\n"},
        "rcekd",
        "",
        ["test.txt:2", "non-negative"],
    ),
    (
        "rcekd-float-id",
        {**GOOD_SPLIT, "test.txt": b"USER\tITEM\n1.5\t4\n"},
        "rcekd",
        "",
        ["test.txt:2", "integer"],
    ),
    (
        "rcekd-overlap",
        {**GOOD_SPLIT, "test.txt": GOOD_SPLIT["test.txt"] + b"0\t0\n"},
        "rcekd",
        "",
        ["train and test", "share 1"],
    ),
    (
        "rcekd-overlap-valid",
        {**GOOD_SPLIT, "valid.txt": GOOD_SPLIT["valid.txt"] + b"2\t6\n"},
        "rcekd",
        "",
        ["train and valid"],
    ),
    (
        "rcekd-repeated-row",
        {**GOOD_SPLIT, "train.txt": GOOD_SPLIT["train.txt"] + b"0\t0\n"},
        "rcekd",
        "",
        ["given train split lists (user 0, item 0) twice"],
    ),
    (
        "rcekd-test-user-without-train",
        {**GOOD_SPLIT, "test.txt": GOOD_SPLIT["test.txt"] + b"50\t1\n"},
        "rcekd",
        "",
        ["user 50", "none in train"],
    ),
]
for name, body, parts in [
    ("text", b"just text\n", ["config.yaml", "expected a mapping"]),
    ("list", b"- 1\n- 2\n", ["config.yaml", "expected a mapping"]),
    ("users-str", b"num_users: many\n", ["config.yaml", "num_users", "non-negative integer"]),
    ("users-list", b"num_users: [1, 2]\n", ["config.yaml", "num_users"]),
    ("items-float", b"num_items: 2.5\n", ["config.yaml", "num_items"]),
    ("items-neg", b"num_items: -3\n", ["config.yaml", "num_items"]),
    ("start-str", b"start_idx: one\n", ["config.yaml", "start_idx"]),
    ("start-too-big", b"start_idx: 5\n", ["config.yaml", "start_idx: 5"]),
    ("users-too-few", b"num_users: 3\n", ["config.yaml gives n_users 3"]),
    ("invalid-yaml", b"num_users: [1,\n", ["config.yaml", "invalid YAML"]),
    ("recursive", b"a: &a [*a]\nnum_users: 1\n", ["config.yaml"]),
    ("binary", b"\xff\xfe\x00garbage", ["config.yaml"]),
]:
    DATA.append((f"rcekd-config-{name}", {**GOOD_SPLIT, "config.yaml": body}, "rcekd", "", parts))
DATA += [
    ("lightgcn-empty", {"train.txt": b"", "test.txt": b"0 1\n"}, "lightgcn", "", ["empty"]),
    (
        "lightgcn-text",
        {"train.txt": b"0 1 2\n1 x\n", "test.txt": b"0 3\n"},
        "lightgcn",
        "",
        ["train.txt:2", "expected integers"],
    ),
    (
        "lightgcn-negative",
        {"train.txt": b"0 1 2\n1 -2\n", "test.txt": b"0 3\n"},
        "lightgcn",
        "",
        ["train.txt:2", "non-negative"],
    ),
    (
        "lightgcn-overlap",
        {"train.txt": b"0 1 2\n1 2 3\n", "test.txt": b"0 2\n1 4\n"},
        "lightgcn",
        "",
        ["train and test"],
    ),
    (
        "lightgcn-binary",
        {"train.txt": b"\xff\xfe\xfa", "test.txt": b"0 1\n"},
        "lightgcn",
        "",
        ["train.txt", "not a text file"],
    ),
]

DATA_SUITE = """\
name: corpus
output: {out}
datasets:
  mine: {{format: {fmt}, path: {path}{extra}}}
backbones:
  s: {{model: mf, dim: 4}}
pairs:
  - {{teacher: s, student: s}}
losses:
  student: {{}}
seeds: [0]
metrics: [recall@1, ndcg@1]
train: {{epochs: 1, patience: 1, batch_size: 4096, monitor: ndcg@1}}
"""


def _prepared() -> set[str]:
    root = data_cache.prepared_dir()
    return {p.name for p in root.iterdir()} if root.is_dir() else set()


def _one_line(res, out: Path, parts: list[str], file_part: str) -> str:
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), res.output
    line = lines[0]
    assert file_part in line, line
    for part in parts:
        assert part in line, f"{part!r} not in {line!r}"
    assert not out.exists()
    return line


def test_corpus_size():
    assert len(SUITES) >= 100 and len(DATA) >= 30
    assert len({c[0] for c in SUITES}) == len(SUITES)
    assert len({c[0] for c in DATA}) == len(DATA)


@pytest.mark.parametrize(
    ("edit", "args", "parts"), [c[1:] for c in SUITES], ids=[c[0] for c in SUITES]
)
def test_malformed_suite(tmp_path: Path, edit: Edit, args: list[str], parts: list[str]):
    out = tmp_path / "out"
    suite = tmp_path / "suite.yaml"
    raw = edit(BASE.format(out=out), tmp_path)
    suite.write_text(raw)
    before = _prepared()
    res = CliRunner().invoke(app, ["validate", str(suite), *args])
    _one_line(res, out, parts, "suite.yaml")
    assert _prepared() == before


@pytest.mark.parametrize(
    ("files", "fmt", "extra", "parts"), [c[1:] for c in DATA], ids=[c[0] for c in DATA]
)
def test_malformed_data_file(tmp_path: Path, files, fmt, extra, parts):
    folder = tmp_path / "data"
    folder.mkdir()
    for name, body in files.items():
        (folder / name).write_bytes(body)
    path = folder / next(iter(files)) if fmt in ("inter", "csv") else folder
    out = tmp_path / "out"
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        DATA_SUITE.format(out=out, fmt=fmt, path=path, extra=f", {extra}" if extra else "")
    )
    before = _prepared()
    res = CliRunner().invoke(app, ["validate", str(suite)])
    _one_line(res, out, parts, "suite.yaml:4: datasets.mine")
    assert _prepared() == before


@pytest.mark.parametrize(
    "case", ["recursive-anchor", "seeds-1000000000", "irrrd-defaults-ml100k", "dim-1e15"]
)
def test_malformed_suite_under_run(tmp_path: Path, case: str):
    """``run`` refuses the same suites before anything is trained or written."""
    (edit, args, parts) = next(c[1:] for c in SUITES if c[0].startswith(case))
    out = tmp_path / "out"
    suite = tmp_path / "suite.yaml"
    suite.write_text(edit(BASE.format(out=out), tmp_path))
    res = CliRunner().invoke(app, ["run", str(suite), *args])
    _one_line(res, out, parts, "suite.yaml")


CLI = [sys.executable, "-c", "from kdbench.cli import app; app(prog_name='kdbench')"]


def test_real_exit_code_and_stderr(tmp_path: Path):
    """One subprocess: the shell sees exit code 2 and one line on stderr."""
    out = tmp_path / "out"
    suite = tmp_path / "suite.yaml"
    suite.write_text(BASE.format(out=out))
    res = subprocess.run(
        [*CLI, "validate", str(suite), "-o", "seeds.0.x=1"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "300"},
        timeout=120,
    )
    assert res.returncode == 2, res.stderr
    assert res.stderr.strip().count("\n") == 0 and "seeds[0]" in res.stderr, res.stderr
    assert not out.exists()


def test_a_list_larger_than_the_item_count_leaves_no_cache_and_no_citation(
    tmp_path, monkeypatch, caplog
):
    """On a fresh cache the data is prepared for the check, but a failed check writes
    nothing there and prints only its line: the dataset's citation (and the cached split)
    wait for the checks to pass."""
    import kdbench.data.prepare as prepare
    from kdbench.runner import execute

    out = tmp_path / "out"
    bad, good = tmp_path / "bad.yaml", tmp_path / "good.yaml"
    bad.write_text(BASE.format(out=out).replace("K: 10", "K: 5000"))
    good.write_text(BASE.format(out=out))
    monkeypatch.setattr(prepare, "_cited", set())
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache1"))
    execute._dataset.cache_clear()  # datasets this process prepared before are memoised
    with caplog.at_level(logging.INFO, logger="kdbench"):
        with pytest.raises(ConfigError, match="larger than the item count"):
            build_plan(load_suite(bad))
        assert "Harper" not in caplog.text
        assert not data_cache.prepared_dir().exists()
        build_plan(load_suite(good))
    assert "Harper" in caplog.text
    assert len(list(data_cache.prepared_dir().iterdir())) == 1
    # the CLI: one line, and no prepared split in a fresh cache
    monkeypatch.setenv("KDBENCH_CACHE", str(tmp_path / "cache2"))
    execute._dataset.cache_clear()
    res = CliRunner().invoke(app, ["validate", str(bad)])
    _one_line(res, out, ["losses.ce.K", "larger than the item count"], "bad.yaml")
    assert not data_cache.prepared_dir().exists()


def test_param_finite_rule():
    from kdbench.params import Param, is_finite

    assert is_finite(1) and is_finite(-2.5) and not is_finite(10**400)
    assert not is_finite(float("nan")) and not is_finite(float("-inf"))
    p = Param(1.0, "a weight", min=0)
    for bad in (float("nan"), float("inf"), 10**400):
        with pytest.raises(ConfigError, match=r"x\.w: "):
            p.check("w", bad, "x")
    assert p.check("w", 3, "x") == 3.0
    assert Param(1.0, "a bound", finite=False).check("b", float("inf"), "x") == float("inf")
