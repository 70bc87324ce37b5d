"""Profile overhead: wall time of `wattlens profile` ÷ a plain run of the same workload.

Runs the bundled example's workload plainly and under `wattlens profile`,
interleaved (plain, profiled, plain, …) so that drift on this shared machine hits
both alike, and prints the median ratio last.  Usage:

    python benchmarks/profile_overhead.py [--runs N] [PROJECT]
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

from wattlens.config import load_project

ROOT = Path(__file__).resolve().parents[1]


def timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?", default=ROOT / "examples" / "shop")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    project = load_project(args.project.resolve())
    workload = shlex.split(project.require_workload())
    plain_argv = [sys.executable if workload[0].startswith("python") else workload[0], *workload[1:]]
    profiled_argv = [sys.executable, "-m", "wattlens", "profile", "--json", "--", *plain_argv]
    timed(plain_argv, project.root)  # warm-up: imports and page cache
    plain, profiled = [], []
    for _ in range(args.runs):
        plain.append(timed(plain_argv, project.root))
        profiled.append(timed(profiled_argv, project.root))
    ratios = [p / b for p, b in zip(profiled, plain, strict=True)]
    print(f"workload: {' '.join(workload)} in {project.root}")
    print(f"plain    median {statistics.median(plain):.3f} s  {[round(t, 3) for t in plain]}")
    print(f"profiled median {statistics.median(profiled):.3f} s  {[round(t, 3) for t in profiled]}")
    print(f"profile overhead (median of {args.runs} interleaved ratios): {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
