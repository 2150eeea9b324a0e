"""Start-up time of the CLI: `kdbench --help`, `kdbench list losses` and `kdbench
leaderboard results/paper-citeulike-mf`, each in a fresh process, and which heavy modules
each one imported.

Usage: python benchmarks/cli_startup.py [--tree DIR] [--runs N] [--label TEXT]

``--tree`` runs the kdbench source of another checkout (e.g. an unchanged copy of main
exported with ``git archive``) with this interpreter, so before and after can be measured
in one sitting on the same machine. Prints, over N runs (default 7) of each command, the
median, min and max wall time, the median CPU time (user + system), the load average
before and after, and which of torch / scipy / pandas were in ``sys.modules`` when the
command finished.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The console script's body, plus a report of what got imported, written to stderr at exit
# so the command's own output is untouched.
CHILD = """
import atexit, sys
def _report():
    heavy = [m for m in ("torch", "scipy", "pandas") if m in sys.modules]
    print("IMPORTED:" + ",".join(heavy), file=sys.stderr)
atexit.register(_report)
sys.argv[0] = "kdbench"
import kdbench
assert kdbench.__file__.startswith(sys.argv.pop(1)), kdbench.__file__
from kdbench.cli import app
app()
"""

COMMANDS = {
    "--help": ["--help"],
    "list losses": ["list", "losses"],
    "leaderboard": ["leaderboard", "results/paper-citeulike-mf"],
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _once(tree: Path, args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system: what the command itself costs, much less
    sensitive to other jobs than wall time) and the heavy modules it imported."""
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "100"}
    cpu0 = _cpu()
    t0 = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree / "kdbench"), *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    took, cpu = time.perf_counter() - t0, _cpu() - cpu0
    if res.returncode != 0:
        raise SystemExit(f"kdbench {' '.join(args)} failed:\n{res.stderr}")
    imported = res.stderr.rsplit("IMPORTED:", 1)[-1].strip()
    return took, cpu, imported or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=REPO, help="kdbench source tree to time")
    parser.add_argument("--runs", type=int, default=7, help="runs per command")
    parser.add_argument("--label", default="", help="a name for this measurement")
    args = parser.parse_args()
    tree = args.tree.resolve()
    load0 = os.getloadavg()
    print(
        f"{args.label or tree.name}: python {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
        f"median of {args.runs} runs (min, max); load average {load0[0]:.2f} at start"
    )
    print(f"{'command':<14} {'wall s':>7} {'min s':>7} {'max s':>7} {'CPU s':>7}  imported")
    for name, cmd in COMMANDS.items():
        _once(tree, cmd)  # warm the file cache and .pyc files: measure start-up, not disk
        times, cpus, imported = [], [], set()
        for _ in range(args.runs):
            t, cpu, mods = _once(tree, cmd)
            times.append(t)
            cpus.append(cpu)
            imported.add(mods)
        print(
            f"{name:<14} {statistics.median(times):>7.2f} {min(times):>7.2f} {max(times):>7.2f}"
            f" {statistics.median(cpus):>7.2f}  {' / '.join(sorted(imported))}"
        )
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
