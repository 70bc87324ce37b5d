"""Generators ablation: which candidate sources turn slow functions into verified patches?

For every project in benchmarks/corpus/optimize and every configuration, this script
copies the project to a temporary folder and runs, there, exactly what a user runs:

    wattlens optimize --json --target FILE:QUALNAME --no-learning [config flags]

It times the call, applies the returned `best.diff` with `git apply` to a fresh copy,
runs the stricter equivalence tests of benchmarks/corpus/optimize_strict (which
wattlens never sees) against the patched copy, and re-measures the speedup on the host
with interleaved runs of the workload on the original and the patched copy.
`--corpus holdout` runs the held-out corpus instead (benchmarks/corpus/holdout, judged
by benchmarks/corpus/holdout_strict): functions the tool's developers never looked at;
`--corpus holdout2` to `holdout34` run thirty-three more held-out corpora, each written blind
(without looking at the tool's rewrites or the other corpora) and judged by its own
`_strict` folder.  All have since been studied (holdout8 to holdout34 in part),
after their blind runs, to find what the recipes missed.

A function is *solved* when wattlens accepted a patch, the strict tests pass on it and
the re-measured speedup is at least 1.2×; a *false accept* is an accepted patch that
fails the strict tests.  Configurations:

    llm-only       --no-retrieval --no-recipes --repair-rounds 0
    llm+retrieval  --no-recipes --repair-rounds 0
    recipes-only   --no-model
    full           (the defaults: retrieval, recipes and one repair round)

Every (function, configuration) outcome is appended as one JSON line to --out as soon
as it is known (raw timings included), so a run can be stopped and continued with
--resume; `--report` only summarises a results file.  Usage:

    python benchmarks/generators.py [--corpus optimize|holdout|holdout2|holdout3|holdout4] [--configs full,recipes-only]
                                    [--functions a,b] [--out FILE] [--resume [--retry-errors]] [--model PATH] [--report]

Prints a table per function, then per configuration: solved rate, false accepts,
median re-measured speedup (of solved functions), median time to a verified patch (of
accepted runs), and whether the targets are met; the full pipeline's figure comes last.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# corpus name: (project folders, strict equivalence tests); every strict test folder uses
# the strict_support.py of optimize_strict.
CORPORA: dict[str, tuple[Path, Path]] = {
    "optimize": (HERE / "corpus" / "optimize", HERE / "corpus" / "optimize_strict"),
    "holdout": (HERE / "corpus" / "holdout", HERE / "corpus" / "holdout_strict"),
    "holdout2": (HERE / "corpus" / "holdout2", HERE / "corpus" / "holdout2_strict"),
    "holdout3": (HERE / "corpus" / "holdout3", HERE / "corpus" / "holdout3_strict"),
    "holdout4": (HERE / "corpus" / "holdout4", HERE / "corpus" / "holdout4_strict"),
    "holdout5": (HERE / "corpus" / "holdout5", HERE / "corpus" / "holdout5_strict"),
    "holdout6": (HERE / "corpus" / "holdout6", HERE / "corpus" / "holdout6_strict"),
    "holdout7": (HERE / "corpus" / "holdout7", HERE / "corpus" / "holdout7_strict"),
    "holdout8": (HERE / "corpus" / "holdout8", HERE / "corpus" / "holdout8_strict"),
    "holdout9": (HERE / "corpus" / "holdout9", HERE / "corpus" / "holdout9_strict"),
    "holdout10": (HERE / "corpus" / "holdout10", HERE / "corpus" / "holdout10_strict"),
    "holdout11": (HERE / "corpus" / "holdout11", HERE / "corpus" / "holdout11_strict"),
    "holdout12": (HERE / "corpus" / "holdout12", HERE / "corpus" / "holdout12_strict"),
    "holdout13": (HERE / "corpus" / "holdout13", HERE / "corpus" / "holdout13_strict"),
    "holdout14": (HERE / "corpus" / "holdout14", HERE / "corpus" / "holdout14_strict"),
    "holdout15": (HERE / "corpus" / "holdout15", HERE / "corpus" / "holdout15_strict"),
    "holdout16": (HERE / "corpus" / "holdout16", HERE / "corpus" / "holdout16_strict"),
    "holdout17": (HERE / "corpus" / "holdout17", HERE / "corpus" / "holdout17_strict"),
    "holdout18": (HERE / "corpus" / "holdout18", HERE / "corpus" / "holdout18_strict"),
    "holdout19": (HERE / "corpus" / "holdout19", HERE / "corpus" / "holdout19_strict"),
    "holdout20": (HERE / "corpus" / "holdout20", HERE / "corpus" / "holdout20_strict"),
    "holdout21": (HERE / "corpus" / "holdout21", HERE / "corpus" / "holdout21_strict"),
    "holdout22": (HERE / "corpus" / "holdout22", HERE / "corpus" / "holdout22_strict"),
    "holdout23": (HERE / "corpus" / "holdout23", HERE / "corpus" / "holdout23_strict"),
    "holdout24": (HERE / "corpus" / "holdout24", HERE / "corpus" / "holdout24_strict"),
    "holdout25": (HERE / "corpus" / "holdout25", HERE / "corpus" / "holdout25_strict"),
    "holdout26": (HERE / "corpus" / "holdout26", HERE / "corpus" / "holdout26_strict"),
    "holdout27": (HERE / "corpus" / "holdout27", HERE / "corpus" / "holdout27_strict"),
    "holdout28": (HERE / "corpus" / "holdout28", HERE / "corpus" / "holdout28_strict"),
    "holdout29": (HERE / "corpus" / "holdout29", HERE / "corpus" / "holdout29_strict"),
    "holdout30": (HERE / "corpus" / "holdout30", HERE / "corpus" / "holdout30_strict"),
    "holdout31": (HERE / "corpus" / "holdout31", HERE / "corpus" / "holdout31_strict"),
    "holdout32": (HERE / "corpus" / "holdout32", HERE / "corpus" / "holdout32_strict"),
    "holdout33": (HERE / "corpus" / "holdout33", HERE / "corpus" / "holdout33_strict"),
    "holdout34": (HERE / "corpus" / "holdout34", HERE / "corpus" / "holdout34_strict"),
}
CORPUS, STRICT = CORPORA["optimize"]
STRICT_SUPPORT = STRICT / "strict_support.py"
DEFAULT_OUT = HERE / "results" / "generators.jsonl"

CONFIGS: dict[str, list[str]] = {
    "llm-only": ["--no-retrieval", "--no-recipes", "--repair-rounds", "0"],
    "llm+retrieval": ["--no-recipes", "--repair-rounds", "0"],
    "recipes-only": ["--no-model"],
    "full": [],
}
MIN_SPEEDUP = 1.2
TARGETS = {"solved_rate": 0.60, "false_accepts": 0, "median_speedup": 2.0, "median_time_s": 120.0}
_TARGET_LINE = re.compile(r'^TARGET\s*=\s*"([^"]+)"', re.MULTILINE)
_COPY_IGNORE = shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.pyc", ".wattlens")


@dataclass(frozen=True)
class CorpusFunction:
    """One slow function of the corpus: its project folder, target and strict tests."""

    name: str
    project: Path
    target: str
    strict_tests: Path


@dataclass(frozen=True)
class StrictResult:
    """The strict equivalence tests' verdict on one copy of a project."""

    passed: bool
    summary: str
    failures: str


def corpus(names: Iterable[str] | None = None, which: str = "optimize") -> list[CorpusFunction]:
    """The functions of corpus `which` (all, or those named), sorted by name."""
    projects, strict_tests = CORPORA[which]
    wanted = set(names) if names else None
    found = []
    for project in sorted(p for p in projects.iterdir() if (p / "pyproject.toml").is_file()):
        if wanted is not None and project.name not in wanted:
            continue
        strict = strict_tests / f"test_{project.name}.py"
        match = _TARGET_LINE.search(strict.read_text(encoding="utf-8")) if strict.is_file() else None
        if match is None:
            raise SystemExit(f'{strict} is missing or has no TARGET = "FILE:QUALNAME" line.')
        found.append(CorpusFunction(project.name, project, match.group(1), strict))
    if wanted is not None and len(found) != len(wanted):
        unknown = sorted(wanted - {f.name for f in found})
        raise SystemExit(f"unknown corpus functions: {', '.join(unknown)} (see {projects})")
    return found


def copy_project(function: CorpusFunction, destination: Path) -> Path:
    """A clean copy of the function's project (no caches) at `destination`."""
    shutil.copytree(function.project, destination, ignore=_COPY_IGNORE)
    return destination


def run_strict_tests(function: CorpusFunction, project_copy: Path, python: str = sys.executable) -> StrictResult:
    """Run the strict tests against `project_copy` (original or patched), outside it."""
    with tempfile.TemporaryDirectory(prefix="wattlens-strict-") as tmp:
        here = Path(tmp)
        shutil.copy(function.strict_tests, here / function.strict_tests.name)
        shutil.copy(STRICT_SUPPORT, here / "strict_support.py")
        env = {
            **os.environ,
            "PYTHONPATH": str(project_copy.resolve()),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        }
        done = subprocess.run(
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", function.strict_tests.name],
            cwd=here,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    lines = done.stdout.strip().splitlines()
    failures = "\n".join(line for line in lines if line.startswith(("FAILED", "ERROR", "E ")))[:4000]
    return StrictResult(done.returncode == 0, lines[-1] if lines else done.stderr.strip()[-300:], failures)


def _run_workload(project: Path, python: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [python, "workload.py"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=600,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    return time.perf_counter() - start


def measure_speedup(original: Path, patched: Path, pairs: int = 7, python: str = sys.executable) -> dict[str, Any]:
    """Interleaved workload runs (one warm-up each, then ABBA order): median(original) / median(patched)."""
    _run_workload(original, python), _run_workload(patched, python)
    a: list[float] = []
    b: list[float] = []
    for index in range(pairs):
        if index % 2 == 0:
            a.append(_run_workload(original, python))
            b.append(_run_workload(patched, python))
        else:
            b.append(_run_workload(patched, python))
            a.append(_run_workload(original, python))
    return {"speedup": statistics.median(a) / statistics.median(b), "original_s": a, "patched_s": b}


def wattlens_command() -> str:
    """The wattlens entry point next to this interpreter (the venv), else the one on PATH."""
    local = Path(sys.executable).parent / "wattlens"
    return str(local) if local.exists() else (shutil.which("wattlens") or "wattlens")


def _git_apply(diff: str, project: Path) -> str | None:
    """Apply `diff` in `project`; None when it applied, else git's complaint."""
    done = subprocess.run(
        ["git", "apply", "--whitespace=nowarn", "-"],
        cwd=project,
        input=diff,
        text=True,
        capture_output=True,
        check=False,
    )
    return None if done.returncode == 0 else (done.stderr.strip() or "git apply failed")


def run_one(function: CorpusFunction, config: str, model: str | None, timeout_s: float, pairs: int,
            extra: Sequence[str] = ()) -> dict[str, Any]:
    """Optimize one function under one configuration and judge the outcome; one results record."""
    flags = [*CONFIGS[config], "--no-learning", *extra] + (["--model", model] if model else [])
    argv = [wattlens_command(), "optimize", "--json", "--target", function.target, *flags]
    record: dict[str, Any] = {
        "function": function.name,
        "config": config,
        "target": function.target,
        "argv": argv[1:],
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    with tempfile.TemporaryDirectory(prefix=f"wattlens-gen-{function.name}-") as tmp:
        work = copy_project(function, Path(tmp) / "work")
        start = time.perf_counter()
        try:
            done = subprocess.run(argv, cwd=work, capture_output=True, text=True, timeout=timeout_s, check=False)
            rc, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as expired:
            rc, stdout = None, ""
            stderr = expired.stderr.decode() if isinstance(expired.stderr, bytes) else (expired.stderr or "")
        record.update(rc=rc, wall_s=round(time.perf_counter() - start, 2), stderr_tail=stderr[-2000:])
        try:
            result: dict[str, Any] = json.loads(stdout) if stdout.strip() else {}
        except json.JSONDecodeError:
            result = {}
            record["stdout_tail"] = stdout[-2000:]
        record["candidates"] = [
            {k: c.get(k) for k in ("id", "source", "verdict", "reasons", "speedup", "ci95", "p_value", "diff")}
            for c in result.get("candidates", [])
        ]
        best = result.get("best")
        record["accepted"] = best is not None
        record["solved"] = record["false_accept"] = False
        if best is None:
            record["outcome"] = "timeout" if rc is None else ("rejected" if rc in (0, 1) else "error")
            return record
        record["best"] = {k: best.get(k) for k in ("id", "source", "speedup", "ci95", "p_value", "diff")}
        original = copy_project(function, Path(tmp) / "original")
        patched = copy_project(function, Path(tmp) / "patched")
        complaint = _git_apply(best["diff"], patched)
        if complaint is not None:
            record.update(outcome="patch-does-not-apply", git_apply=complaint, false_accept=True)
            return record
        strict = run_strict_tests(function, patched)
        record["strict"] = {"passed": strict.passed, "summary": strict.summary, "failures": strict.failures}
        if not strict.passed:
            record.update(outcome="false-accept", false_accept=True)
            return record
        record["remeasured"] = measure_speedup(original, patched, pairs)
        record["solved"] = record["remeasured"]["speedup"] >= MIN_SPEEDUP
        record["outcome"] = "solved" if record["solved"] else "too-slow"
    return record


def load_results(path: Path) -> list[dict[str, Any]]:
    """The records of a results file; the last record of a (function, config) pair wins."""
    if not path.exists():
        return []
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            latest[(record["function"], record["config"])] = record
    return list(latest.values())


def _cell(record: dict[str, Any] | None) -> str:
    if record is None:
        return "-"
    if record["outcome"] in ("solved", "too-slow"):
        return f"{record['outcome']} {record['remeasured']['speedup']:.1f}× {record['wall_s']:.0f}s"
    if record["outcome"] == "rejected" and not record["candidates"]:
        return f"no-candidate {record['wall_s']:.0f}s"
    tried = f" ({len(record['candidates'])} tried)" if record["outcome"] == "rejected" else ""
    return f"{record['outcome']}{tried} {record['wall_s']:.0f}s"


def summarise(records: Sequence[dict[str, Any]], functions: Sequence[str], configs: Sequence[str]) -> list[str]:
    """The per-function table and one summary line per configuration, `full` last."""
    by_pair = {(r["function"], r["config"]): r for r in records}
    shown = [c for c in CONFIGS if c in configs]
    width = max(len(f) for f in functions) if functions else 8
    lines = ["function".ljust(width) + "".join(f"  {c:<24}" for c in shown)]
    lines += [f.ljust(width) + "".join(f"  {_cell(by_pair.get((f, c))):<24}" for c in shown) for f in functions]
    lines.append("")
    for config in sorted(shown, key=lambda c: c == "full"):
        done = [by_pair[(f, config)] for f in functions if (f, config) in by_pair]
        if not done:
            lines.append(f"{config}: no results")
            continue
        solved = [r for r in done if r["solved"]]
        false_accepts = sum(r["false_accept"] for r in done)
        accepted_times = [r["wall_s"] for r in done if r["accepted"]]
        speedup = statistics.median(r["remeasured"]["speedup"] for r in solved) if solved else None
        median_time = statistics.median(accepted_times) if accepted_times else None
        rate = len(solved) / len(done)
        met = {
            "solved": rate >= TARGETS["solved_rate"],
            "false accepts": false_accepts <= TARGETS["false_accepts"],
            "speedup": speedup is not None and speedup >= TARGETS["median_speedup"],
            "time": median_time is not None and median_time <= TARGETS["median_time_s"],
        }
        verdict = (
            "all targets met"
            if all(met.values())
            else "targets not met: " + ", ".join(k for k, ok in met.items() if not ok)
        )
        missing = f" ({len(functions) - len(done)} not run)" if len(done) < len(functions) else ""
        name = "full pipeline" if config == "full" else config
        lines.append(
            f"{name}: solved {len(solved)}/{len(done)} ({rate:.0%}){missing}, false accepts {false_accepts}, "
            f"median speedup {'—' if speedup is None else f'{speedup:.1f}×'}, "
            f"median time {'—' if median_time is None else f'{median_time:.0f} s'} — {verdict}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--corpus", choices=list(CORPORA), default="optimize", help="which corpus to run (default: optimize)"
    )
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated, of: " + ", ".join(CONFIGS))
    parser.add_argument("--functions", default="", help="comma-separated corpus names (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results file, JSON lines (appended to)")
    parser.add_argument("--resume", action="store_true", help="skip (function, config) pairs already in --out")
    parser.add_argument(
        "--retry-errors", action="store_true", help="with --resume, run again pairs that ended in an error or timeout"
    )
    parser.add_argument("--model", default=None, help="GGUF model path (default: wattlens's default model)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds allowed per optimize call")
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs for the re-measured speedup (≥5)")
    parser.add_argument("--report", action="store_true", help="only summarise --out; run nothing")
    parser.add_argument("--optimize-flags", default="",
                        help="more `wattlens optimize` flags for every run, e.g. '--candidates 6 --repair-rounds 2'")
    args = parser.parse_args(argv)
    configs = [c for c in args.configs.split(",") if c]
    if unknown := [c for c in configs if c not in CONFIGS]:
        parser.error(f"unknown configurations {unknown}; choose from {list(CONFIGS)}")
    if args.pairs < 5:
        parser.error("--pairs must be at least 5")
    functions = corpus([f for f in args.functions.split(",") if f] or None, args.corpus)
    names = [f.name for f in functions]
    if not args.report:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        retry = ("error", "timeout") if args.retry_errors else ()
        done = {(r["function"], r["config"]) for r in load_results(args.out) if r["outcome"] not in retry}
        done = done if args.resume else set()
        for config in configs:
            for function in functions:
                if (function.name, config) in done:
                    continue
                print(f"· {config:<14} {function.name} …", file=sys.stderr, flush=True)
                record = run_one(function, config, args.model, args.timeout, args.pairs,
                                 shlex.split(args.optimize_flags))
                with args.out.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(record) + "\n")
                print(f"  {_cell(record)}", file=sys.stderr, flush=True)
    records = [r for r in load_results(args.out) if r["function"] in names and r["config"] in configs]
    print("\n".join(summarise(records, names, configs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
