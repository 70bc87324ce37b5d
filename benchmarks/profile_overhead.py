"""Profile overhead: wall time of profiling a workload ÷ a plain run of it, per mode.

Workloads: the bundled example's workload and five programs of the localization
corpus.  For each, runs are interleaved (plain, fast, full, plain, …) so that drift
on this shared machine hits all alike.  A profiled run is `profile_workload` called
in this process, as the language server calls it (the CLI adds its own start-up,
~0.3 s, on top).  Prints the median ratio per mode over all workloads and runs;
the full-mode figure last.  Usage:

    python benchmarks/profile_overhead.py [--runs N] [--modes fast full]
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wattlens.config import load_project
from wattlens.profiling.profiler import profile_workload

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus" / "localization"
PROGRAMS = ["dedupe_contacts.py", "edit_distance.py", "primes_report.py", "word_index.py", "nbody.py"]


def plain(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def profiled(argv: list[str], cwd: Path, mode: str) -> float:
    start = time.perf_counter()
    profile_workload(argv, cwd, mode=mode)  # type: ignore[arg-type]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", nargs="+", default=["fast", "full"])
    args = parser.parse_args()
    shop = load_project(ROOT / "examples" / "shop")
    workload = shlex.split(shop.require_workload())
    workloads = [([sys.executable, *workload[1:]], shop.root)]
    workloads += [([sys.executable, str(CORPUS / name)], CORPUS) for name in PROGRAMS]
    ratios: dict[str, list[float]] = {mode: [] for mode in args.modes}
    raw: list[dict[str, object]] = []
    for argv, cwd in workloads:
        plain(argv, cwd)  # warm-up: imports and page cache
        for _ in range(args.runs):
            base = plain(argv, cwd)
            row: dict[str, object] = {"workload": argv[-1], "plain_s": base}
            for mode in args.modes:
                took = profiled(argv, cwd, mode)
                ratios[mode].append(took / base)
                row[f"{mode}_s"] = took
            raw.append(row)
        name = Path(argv[-1]).name
        print(f"{name:22} " + "  ".join(
            f"{mode} {statistics.median(ratios[mode][-args.runs:]):.2f}x" for mode in args.modes), flush=True)
    out = Path(tempfile.gettempdir()) / "wattlens-profile-overhead.json"
    out.write_text(json.dumps(raw, indent=1))
    print(f"raw timings: {out}")
    n = len(workloads) * args.runs
    for mode in sorted(args.modes, key=lambda m: m == "full"):
        print(f"profile overhead, {mode} mode (median of {n} interleaved ratios over "
              f"{len(workloads)} workloads): {statistics.median(ratios[mode]):.2f}x")


if __name__ == "__main__":
    main()
