"""kdbench.stats against scipy on the same arrays, and against hand-computed examples."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import stats as sps

from kdbench.stats import (
    adjust,
    benjamini_hochberg,
    bootstrap_ci,
    cohens_dz,
    compare,
    higher_is_better,
    holm,
    nemenyi_cd,
    paired_t,
    randomization,
    rank_block,
    register_metric_direction,
    relative_improvement,
    t_ci,
    wilcoxon,
    win_tie_loss,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def pairs() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    a = rng.random(200)
    return a, a - 0.03 + 0.2 * rng.standard_normal(200)


@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_paired_t_matches_scipy(pairs, alternative):
    a, b = pairs
    ours = paired_t(a, b, alternative)
    ref = sps.ttest_rel(a, b, alternative=alternative)
    assert ours.statistic == pytest.approx(ref.statistic, rel=1e-12)
    assert ours.p == pytest.approx(ref.pvalue, rel=1e-10)


def test_paired_t_five_seeds_df4_matches_scipy():
    a = np.array([0.101, 0.104, 0.099, 0.103, 0.102])
    b = np.array([0.098, 0.100, 0.099, 0.097, 0.101])
    ours = paired_t(a, b)
    ref = sps.ttest_rel(a, b)
    assert ours.n == 5 and ours.p == pytest.approx(ref.pvalue, rel=1e-10)
    # df = 4: the two-sided p is the t(4) tail at |t|
    assert ours.p == pytest.approx(2 * sps.t.sf(abs(ours.statistic), 4), rel=1e-10)


def test_paired_t_degenerate_inputs():
    x = np.array([0.1, 0.2, 0.3])
    assert paired_t(x, x).p == 1.0  # identical: no evidence (scipy: NaN)
    assert np.isnan(paired_t(x[:1], x[:1] + 1).p)  # one pair: no variance estimate
    y = np.array([1.0, 2.0, 3.0])
    assert paired_t(y + 0.5, y).p == 0.0  # constant nonzero difference: t = ∞


@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_wilcoxon_exact_matches_scipy(alternative):
    rng = np.random.default_rng(3)
    a = rng.random(20)
    b = a - 0.05 + 0.1 * rng.standard_normal(20)  # continuous: no ties, no zeros
    ours = wilcoxon(a, b, alternative)
    ref = sps.wilcoxon(a, b, alternative=alternative, method="exact")
    assert ours.p == pytest.approx(ref.pvalue, rel=1e-12)


@pytest.mark.parametrize("alternative", ["two-sided", "greater"])
def test_wilcoxon_ties_and_zeros_normal_approx_matches_scipy(alternative):
    rng = np.random.default_rng(4)
    # per-user metrics are lumpy: many zeros on both sides, many tied differences
    a = rng.choice([0.0, 0.1, 0.2, 0.5, 1.0], size=500, p=[0.5, 0.2, 0.1, 0.1, 0.1])
    b = rng.choice([0.0, 0.1, 0.2, 0.5, 1.0], size=500, p=[0.55, 0.2, 0.1, 0.1, 0.05])
    ours = wilcoxon(a, b, alternative)
    ref = sps.wilcoxon(
        a, b, alternative=alternative, method="asymptotic", zero_method="wilcox", correction=False
    )
    assert ours.n == int((a != b).sum())
    assert ours.p == pytest.approx(ref.pvalue, rel=1e-10)


def test_wilcoxon_all_zero_differences():
    x = np.array([0.0, 0.5, 1.0])
    res = wilcoxon(x, x)
    assert res.p == 1.0 and res.n == 0


def test_randomization_floor_is_one_over_r_plus_one():
    a = np.full(500, 1.0)
    b = np.zeros(500)  # every user better: no sign pattern is as extreme as the observed
    res = randomization(a, b, n_resamples=999)
    assert res.p == pytest.approx(1 / 1000)
    assert res.p > 0


def test_randomization_counts_the_identity_pattern():
    # all differences equal: a resample is as extreme exactly when all its signs agree
    a, b = np.ones(3), np.zeros(3)
    res = randomization(a, b, n_resamples=20_000, seed=1)
    assert res.p == pytest.approx(0.25, abs=0.015)  # 2 of 8 sign patterns


def test_randomization_matches_scipy_permutation_test(pairs):
    a, b = pairs
    ours = randomization(a, b, n_resamples=5000, seed=0)
    ref = sps.permutation_test(
        (a - b,),
        np.mean,
        permutation_type="samples",
        n_resamples=5000,
        rng=np.random.default_rng(1),
    )
    assert ours.p == pytest.approx(ref.pvalue, abs=0.01)  # both Monte Carlo


def test_randomization_is_seeded_and_columns_agree_with_single_runs(pairs):
    a, b = pairs
    both = randomization(np.c_[a, b], np.c_[b, a], n_resamples=2000, seed=5)
    single = randomization(a, b, n_resamples=2000, seed=5)
    assert both[0].p == single.p == randomization(a, b, n_resamples=2000, seed=5).p
    assert both[1].p == pytest.approx(both[0].p)  # swapping A and B: same two-sided p


def test_holm_hand_example():
    p = np.array([0.01, 0.04, 0.03, 0.005])
    # sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max
    np.testing.assert_allclose(holm(p), [0.03, 0.06, 0.06, 0.02])


def test_bh_hand_example():
    p = np.array([0.01, 0.04, 0.03, 0.005])
    # sorted m·p/i: 0.02, 0.02, 0.04, 0.04 → running min from the largest
    np.testing.assert_allclose(benjamini_hochberg(p), [0.02, 0.04, 0.04, 0.02])


def test_corrections_cap_at_one_and_skip_nan():
    p = np.array([0.5, np.nan, 0.6])
    np.testing.assert_allclose(holm(p), [1.0, np.nan, 1.0])
    np.testing.assert_allclose(adjust(p, "bh"), [0.6, np.nan, 0.6])
    np.testing.assert_allclose(adjust(p, "none"), p)


def test_bootstrap_ci_coverage_on_known_mean():
    rng = np.random.default_rng(11)
    true_mean, hits, reps = 0.3, 0, 200
    for rep in range(reps):
        d = true_mean + rng.exponential(1.0, size=60) - 1.0  # skewed, mean 0.3
        low, high = bootstrap_ci(d, 0.95, n_resamples=1000, seed=rep)
        hits += low <= true_mean <= high
    assert 0.89 <= hits / reps <= 0.99


def test_bootstrap_columns_share_draws():
    d = np.random.default_rng(0).standard_normal((50, 2))
    both = bootstrap_ci(d, n_resamples=500, seed=2)
    np.testing.assert_allclose(both[0], bootstrap_ci(d[:, 0], n_resamples=500, seed=2))
    np.testing.assert_allclose(both[1], bootstrap_ci(d[:, 1], n_resamples=500, seed=2))


def test_t_ci_matches_scipy():
    d = np.array([0.01, 0.03, -0.005, 0.02, 0.015])
    low, high = t_ci(d)
    ref = sps.t.interval(0.95, 4, loc=d.mean(), scale=sps.sem(d))
    assert (low, high) == pytest.approx(ref, rel=1e-10)


def test_effect_sizes_hand_values():
    a = np.array([0.5, 0.4, 0.3, 0.3])
    b = np.array([0.4, 0.4, 0.1, 0.5])
    d = a - b  # 0.1, 0, 0.2, -0.2
    assert cohens_dz(d) == pytest.approx(d.mean() / d.std(ddof=1))
    assert relative_improvement(0.11, 0.10) == pytest.approx(10.0)
    assert relative_improvement(0.9, 1.0, higher_is_better=False) == pytest.approx(10.0)
    wtl = win_tie_loss(a, b)
    assert (wtl.wins, wtl.ties, wtl.losses) == (2, 1, 1)
    wtl = win_tie_loss(a, b, higher_is_better=False)
    assert (wtl.wins, wtl.ties, wtl.losses) == (1, 1, 2)


def test_compare_bundles_everything(pairs):
    a, b = pairs
    (res,) = compare(a, b, test="wilcoxon", n_bootstrap=500)
    assert res.p == pytest.approx(sps.wilcoxon(a, b, method="asymptotic").pvalue, rel=1e-10)
    assert res.mean_diff == pytest.approx((a - b).mean())
    assert res.ci_low < res.mean_diff < res.ci_high
    assert res.wins + res.ties + res.losses == a.size
    assert res.a_better == (res.mean_diff > 0)
    res2 = compare(np.c_[a, a], np.c_[b, b], test="perm", higher_is_better=[True, False])
    assert res2[0].p == res2[1].p and res2[0].a_better != res2[1].a_better


def test_direction_registry_and_ranks():
    assert higher_is_better("ndcg@10") and higher_is_better("valid_recall@20")
    register_metric_direction("arp", higher_is_better=False)
    try:
        assert not higher_is_better("arp@10")
        np.testing.assert_allclose(rank_block([0.3, 0.1, 0.2], higher_is_better=False), [3, 1, 2])
    finally:
        register_metric_direction("arp", higher_is_better=True)
    np.testing.assert_allclose(rank_block([0.3, 0.1, 0.3]), [1.5, 3, 1.5])
    # Demšar (2006), table 5: q_0.05 = 2.728 for k = 5 → CD = 2.728·√(5·6 / (6·10))
    assert nemenyi_cd(5, 10) == pytest.approx(2.728 * np.sqrt(30 / 60), rel=1e-3)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_stats_and_report_never_import_torch():
    for sub in ("stats", "report"):
        for path in (REPO / "kdbench" / sub).glob("*.py"):
            mods = _imports(path)
            assert not {m for m in mods if m.split(".")[0] == "torch"}, path
            inner = {m for m in mods if m.startswith("kdbench.")}
            # eval.metrics: the numpy metric code reports compute every metric with
            allowed = ("kdbench.stats", "kdbench.report", "kdbench.errors", "kdbench.atomic")
            allowed += ("kdbench.eval.metrics",)
            # digest: which training a record is, for the runner and reports alike (numpy)
            allowed += ("kdbench.digest",)
            assert all(m.startswith(allowed) for m in inner), (path, inner)
    # and at run time: with torch made unimportable, both packages still import
    code = (
        "import sys, types, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'torch': raise ImportError('torch blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        # the top-level package imports the training stack; stand in an empty one
        f"pkg = types.ModuleType('kdbench'); pkg.__path__ = [{str(REPO / 'kdbench')!r}]\n"
        "sys.modules['kdbench'] = pkg\n"
        "for sub in ('stats', 'report'):\n"
        "    p = importlib.import_module('kdbench.' + sub)\n"
        "    for m in pkgutil.iter_modules(p.__path__):\n"
        "        importlib.import_module(f'kdbench.{sub}.{m.name}')\n"
        "assert 'torch' not in sys.modules\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 0, res.stderr
