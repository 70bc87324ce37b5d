"""Localization: does wattlens name the hottest function and line of a program?

For every program in benchmarks/corpus/localization the ground truth is
established independently of wattlens, in this script, on the interpreter under test:

- hottest function: cProfile self time, counting time in builtins a function calls
  directly as that function's (as a sampler does); a clear margin (≥ 1.3× the next) is required;
- hottest line: leaf-line counts of a separate blocking py-spy run at 250 Hz; a clear
  margin (≥ 1.5× the next line) is required, else the program has no clear hot line.

Each program also marks its intended hot line with `# HOT`; disagreements with the
measured truth are printed.  wattlens then profiles each program in `fast` and
`full` mode.  Usage:

    python benchmarks/localization.py [--python PYTHON ...]

Prints top-1 function and hottest-line accuracy per interpreter and mode; the last
line is the overall figure.
"""

from __future__ import annotations

import argparse
import collections
import json
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from wattlens.analysis.functions import read_extents
from wattlens.profiling.profiler import profile_workload
from wattlens.profiling.pyspy import Sampler
from wattlens.profiling.runner import run_measured

CORPUS = Path(__file__).resolve().parent / "corpus" / "localization"
FUNCTION_MARGIN, LINE_MARGIN = 1.3, 1.5


def cprofile_hottest(python: str, program: Path) -> tuple[str | None, list[tuple[str, float]]]:
    """The program's function with the most self time (builtins it calls count as its)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stats"
        subprocess.run([python, "-m", "cProfile", "-o", str(out), str(program)], check=True,
                       cwd=program.parent, stdout=subprocess.DEVNULL)
        stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    self_time: dict[str, float] = collections.Counter()
    for (file, _line, name), (_cc, _nc, tt, _ct, callers) in stats.items():
        if file == str(program):
            self_time[name] += tt
        elif file == "~":  # a builtin: charge its time to the program's callers
            for (cfile, _cl, cname), caller in callers.items():
                if cfile == str(program):
                    self_time[cname] += caller[2]
    ranked = sorted(self_time.items(), key=lambda kv: -kv[1])
    extents = {e.qualname.rsplit(".", 1)[-1]: e.qualname for e in read_extents(program)}
    ranked = [(extents.get(n, n), t) for n, t in ranked]
    clear = len(ranked) < 2 or ranked[0][1] >= FUNCTION_MARGIN * ranked[1][1]
    return (ranked[0][0] if ranked and clear else None), ranked[:3]


def pyspy_hottest_line(python: str, program: Path) -> tuple[int | None, list[tuple[int, int]]]:
    """The program's line with the most leaf samples in a blocking 250 Hz py-spy run."""
    sampler = Sampler(program.parent, rate_hz=250, native=False, blocking=True)
    run_measured([python, str(program)], program.parent, None, 600, on_start=sampler.attach)
    counts: collections.Counter[int] = collections.Counter()
    for sample in sampler.finish():
        leaf = sample.leaf_python()
        if leaf is not None and leaf.file == str(program):
            counts[leaf.line] += 1
    ranked = counts.most_common(3)
    clear = len(ranked) < 2 or ranked[0][1] >= LINE_MARGIN * ranked[1][1]
    return (ranked[0][0] if ranked and clear else None), ranked


def marked_line(program: Path) -> int | None:
    lines = program.read_text().splitlines()
    return next((i for i, text in enumerate(lines, 1) if text.rstrip().endswith("# HOT")), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", nargs="+", default=[sys.executable, "/root/.pyenv/versions/3.12.1/bin/python"])
    parser.add_argument("--modes", nargs="+", default=["fast", "full"])
    args = parser.parse_args()
    programs = sorted(CORPUS.glob("*.py"))
    results: dict[str, dict[str, list[bool]]] = {}
    raw: list[dict[str, object]] = []
    for python in args.python:
        version = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        for program in programs:
            truth_fn, fn_rank = cprofile_hottest(python, program)
            truth_line, line_rank = pyspy_hottest_line(python, program)
            marked = marked_line(program)
            if truth_line is not None and marked is not None and truth_line != marked:
                print(f"  note: {program.name} on {version}: measured hot line {truth_line}, marked {marked}")
            for mode in args.modes:
                profile = profile_workload([python, str(program)], program.parent, mode=mode)  # type: ignore[arg-type]
                mine = [f for f in profile.functions if f.file == str(program)]
                got_fn = mine[0].name if mine else None
                lines = profile.lines_in(program)
                got_line = lines[0].line if lines else None
                fn_ok = truth_fn is not None and got_fn == truth_fn
                line_ok = truth_line is not None and got_line == truth_line
                key = f"{version} {mode}"
                bucket = results.setdefault(key, {"fn": [], "line": []})
                if truth_fn is not None:
                    bucket["fn"].append(fn_ok)
                if truth_line is not None:
                    bucket["line"].append(line_ok)
                raw.append({"python": version, "mode": mode, "program": program.name,
                            "truth_function": truth_fn, "cprofile_top3": fn_rank, "got_function": got_fn,
                            "truth_line": truth_line, "pyspy_top3": line_rank, "marked_line": marked,
                            "got_line": got_line})
                def note(ok: bool, truth: object) -> str:
                    return "no clear truth, not counted" if truth is None else "ok" if ok else f"MISS, truth {truth}"

                fn_note, line_note = note(fn_ok, truth_fn), note(line_ok, truth_line)
                print(f"{version} {mode:4} {program.name:22} fn {got_fn!s:14} ({fn_note})"
                      f"  line {got_line} ({line_note})", flush=True)
    out = Path(tempfile.gettempdir()) / "wattlens-localization.json"
    out.write_text(json.dumps(raw, indent=1))
    print(f"raw results: {out}")
    total_fn: list[bool] = []
    total_line: list[bool] = []
    for key, bucket in results.items():
        total_fn += bucket["fn"]
        total_line += bucket["line"]
        print(f"{key}: top-1 function {sum(bucket['fn'])}/{len(bucket['fn'])}, "
              f"hottest line {sum(bucket['line'])}/{len(bucket['line'])}")
    print(f"localization: top-1 function {100 * sum(total_fn) / len(total_fn):.0f}% "
          f"({sum(total_fn)}/{len(total_fn)}), hottest line {100 * sum(total_line) / len(total_line):.0f}% "
          f"({sum(total_line)}/{len(total_line)}) over {', '.join(results)}")


if __name__ == "__main__":
    main()
