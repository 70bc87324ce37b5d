"""Which local model writes more useful rewrites of the corpus: 0.5B or 1.5B, side by side.

For every corpus function (benchmarks/corpus/optimize) each model is asked for
candidates exactly as `wattlens optimize` asks (retrieved examples, the
target's context, the same seeds), alternating which model goes first.  Every
candidate is then checked on the host, without the sandbox: applied to a
fresh copy, run against the strict equivalence tests the tool never sees, and
timed against the original (interleaved workload runs).  A candidate is
*useful* when the strict tests pass and it is at least 1.2x faster; *wrong*
when the strict tests fail (verification must catch those).

This isolates the generator: the full pipeline (sandbox verification, repair,
recipes) is measured by benchmarks/generators.py.  The figure printed last is
the 1.5B's useful-function count against the 0.5B's, and the ratio of their
generation times, measured in the same run.

    python benchmarks/models.py [--functions a,b] [--out FILE] [--resume]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generators import (
    MIN_SPEEDUP,
    CorpusFunction,
    _git_apply,
    copy_project,
    corpus,
    measure_speedup,
    run_strict_tests,
)

from wattlens.analysis.target import extract_target
from wattlens.optimize.generator import GenerateOptions, generate_candidates

MODELS = ("qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b")
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "models.jsonl"


def check_candidate(function: CorpusFunction, diff: str, pairs: int) -> dict[str, Any]:
    """Strict tests and a host-side speedup for one candidate diff."""
    with tempfile.TemporaryDirectory(prefix="wattlens-models-") as tmp:
        original = copy_project(function, Path(tmp) / "original")
        patched = copy_project(function, Path(tmp) / "patched")
        problem = _git_apply(diff, patched)
        if problem is not None:
            return {"applied": False, "problem": problem}
        strict = run_strict_tests(function, patched)
        result: dict[str, Any] = {"applied": True, "strict_passed": strict.passed, "strict": strict.summary}
        if strict.passed:
            try:
                result["speedup"] = measure_speedup(original, patched, pairs)["speedup"]
            except Exception as err:  # a rewrite that crashes the workload is simply not useful
                result["speedup"] = None
                result["problem"] = str(err)[:300]
        result["useful"] = bool(strict.passed and (result.get("speedup") or 0) >= MIN_SPEEDUP)
        return result


def run_one(function: CorpusFunction, model: str, candidates: int, pairs: int) -> dict[str, Any]:
    file, _, qualname = function.target.rpartition(":")
    target = extract_target(function.project, Path(file), qualname)
    started = time.perf_counter()
    found = generate_candidates(target, GenerateOptions(model_path=model, n_candidates=candidates), lambda _: None)
    seconds = time.perf_counter() - started
    checked = [{"id": c.id, **check_candidate(function, c.diff, pairs)} for c in found]
    return {
        "function": function.name,
        "model": model,
        "generation_s": seconds,
        "candidates": checked,
        "useful": any(c["useful"] for c in checked),
        "wrong": sum(1 for c in checked if c.get("applied") and not c.get("strict_passed")),
    }


def summarise(records: Sequence[dict[str, Any]], functions: Sequence[str]) -> list[str]:
    lines = [f"{'function':22} " + " ".join(f"{m:>22}" for m in MODELS)]
    by_key = {(r["function"], r["model"]): r for r in records}
    for name in functions:
        cells = []
        for model in MODELS:
            record = by_key.get((name, model))
            if record is None:
                cells.append(f"{'-':>22}")
                continue
            best = max((c.get("speedup") or 0 for c in record["candidates"] if c.get("useful")), default=0)
            text = f"{'useful ' + format(best, '.1f') + 'x' if record['useful'] else 'no'}, {record['wrong']} wrong"
            cells.append(f"{text:>22}")
        lines.append(f"{name:22} " + " ".join(cells))
    done = [n for n in functions if all((n, m) in by_key for m in MODELS)]
    if not done:
        return [*lines, "no function has results for both models yet"]
    figures = {}
    for model in MODELS:
        mine = [by_key[(n, model)] for n in done]
        figures[model] = (
            sum(r["useful"] for r in mine),
            sum(r["wrong"] for r in mine),
            sum(len(r["candidates"]) for r in mine),
            statistics.median(r["generation_s"] for r in mine),
        )
        useful, wrong, total, seconds = figures[model]
        lines.append(f"{model}: useful on {useful}/{len(done)} functions, {wrong}/{total} candidates wrong, "
                     f"median generation {seconds:.0f} s per function")
    small, large = (figures[m] for m in MODELS)
    lines.append(
        f"1.5B vs 0.5B on {len(done)} functions: useful {large[0]} vs {small[0]}, wrong {large[1]} vs {small[1]}, "
        f"generation time ratio {large[3] / small[3]:.2f}x"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--functions", default="", help="comma-separated corpus names (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results file, JSON lines (appended to)")
    parser.add_argument("--resume", action="store_true", help="skip (function, model) pairs already in --out")
    parser.add_argument("--candidates", type=int, default=3, help="candidates per model and function")
    parser.add_argument("--pairs", type=int, default=3, help="interleaved workload pairs per speedup")
    args = parser.parse_args(argv)
    functions = corpus([n for n in args.functions.split(",") if n] or None)
    records: list[dict[str, Any]] = []
    if args.resume and args.out.is_file():
        records = [json.loads(line) for line in args.out.read_text().splitlines() if line.strip()]
    done = {(r["function"], r["model"]) for r in records}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for index, function in enumerate(functions):
        # Alternate which model goes first: neither always meets the busier machine.
        order = MODELS if index % 2 == 0 else tuple(reversed(MODELS))
        for model in order:
            if (function.name, model) in done:
                continue
            record = run_one(function, model, args.candidates, args.pairs)
            records.append(record)
            with args.out.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record) + "\n")
            print(f"{function.name} {model}: useful={record['useful']} wrong={record['wrong']} "
                  f"({record['generation_s']:.0f} s)", file=sys.stderr, flush=True)
    print("\n".join(summarise(records, [f.name for f in functions])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
