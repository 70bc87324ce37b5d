"""Example speedups: how much faster is each rewrite example's `after` than its `before`?

For every example in `wattlens.optimize.examples`, its `bench_call` builds one
realistic, large argument tuple (seeded, so the same on every run).  Both
versions are calibrated to a loop count that takes at least `--min-time`
seconds, then timed in interleaved rounds (before, after, before, after, …, so
a noisy neighbour hits both alike); the speedup is the median of the per-round
ratios.  Each call gets a fresh deep copy of the arguments when the example
could mutate them (none should, but a benchmark must not let one version see
the other's leftovers).  Usage:

    python benchmarks/example_speedups.py [--rounds 7] [--only ID ...] [--record]

`--record` writes the measured figures into the `speedup=` fields of
server/wattlens/optimize/examples.py.  Prints one row per example; the last
line is the median speedup over all examples.
"""

from __future__ import annotations

import argparse
import copy
import inspect
import random
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wattlens.optimize import examples as examples_module
from wattlens.optimize.examples import EXAMPLES, Example

EXAMPLES_FILE = Path(examples_module.__file__)


@dataclass(frozen=True)
class Timing:
    """Raw per-call seconds of both versions, one value per round, and their summary."""

    example: Example
    before_s: list[float]
    after_s: list[float]

    @property
    def speedup(self) -> float:
        return statistics.median(b / a for b, a in zip(self.before_s, self.after_s, strict=True))


def defined_function(source: str) -> Callable[..., Any]:
    """The one function `source` defines (imports above it are run too)."""
    namespace: dict[str, Any] = {}
    exec(compile(source, "<example>", "exec"), namespace)
    [function] = [
        value for value in namespace.values() if inspect.isfunction(value) and value.__code__.co_filename == "<example>"
    ]
    return function


def bench_arguments(example: Example) -> tuple[Any, ...]:
    """The example's benchmark arguments, built the same way on every run."""
    args = eval(example.bench_call, {"rng": random.Random(0)})
    if not isinstance(args, tuple):
        raise TypeError(f"{example.id}: bench_call must build a tuple of arguments, got {type(args).__name__}")
    return args


def _per_call(function: Callable[..., Any], args: tuple[Any, ...], loops: int) -> float:
    # Deep copies are made outside the timed region: only the function is measured.
    copies = [copy.deepcopy(args) for _ in range(loops)]
    started = time.perf_counter()
    for one in copies:
        function(*one)
    return (time.perf_counter() - started) / loops


def _loops_for(function: Callable[..., Any], args: tuple[Any, ...], min_time: float) -> int:
    one = _per_call(function, args, 1)
    return max(1, min(200, int(min_time / max(one, 1e-9)) + 1))


def measure(example: Example, rounds: int, min_time: float) -> Timing:
    """Interleaved timings of `before` and `after` on the example's benchmark arguments."""
    before, after = defined_function(example.before), defined_function(example.after)
    args = bench_arguments(example)
    if before(*copy.deepcopy(args)) != after(*copy.deepcopy(args)):
        raise AssertionError(f"{example.id}: before and after disagree on the benchmark input")
    before_loops = _loops_for(before, args, min_time)
    after_loops = _loops_for(after, args, min_time)
    before_s: list[float] = []
    after_s: list[float] = []
    for _ in range(rounds):
        before_s.append(_per_call(before, args, before_loops))
        after_s.append(_per_call(after, args, after_loops))
    return Timing(example, before_s, after_s)


def record(figures: dict[str, float], path: Path = EXAMPLES_FILE) -> None:
    """Write each figure into the `speedup=` field that follows its example's `id=` line."""
    text = path.read_text(encoding="utf-8")
    for example_id, figure in figures.items():
        pattern = re.compile(r'(id="' + re.escape(example_id) + r'",.*?\n        speedup=)[^,\n]*,', re.DOTALL)
        text, count = pattern.subn(lambda m, value=figure: f"{m.group(1)}{value:.2f},", text, count=1)
        if count != 1:
            raise ValueError(f"no `speedup=` field found for {example_id} in {path}")
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--min-time", type=float, default=0.02, help="seconds per timed batch (default 0.02)")
    parser.add_argument("--only", nargs="*", default=None, help="example ids to measure")
    parser.add_argument("--record", action="store_true", help="write the figures into examples.py")
    options = parser.parse_args()
    chosen = [e for e in EXAMPLES if options.only is None or e.id in options.only]
    print(f"{'example':32} {'family':52} {'before ms':>10} {'after ms':>10} {'speedup':>8}")
    timings: list[Timing] = []
    for example in chosen:
        timing = measure(example, options.rounds, options.min_time)
        timings.append(timing)
        print(
            f"{example.id:32} {example.family[:52]:52} {statistics.median(timing.before_s) * 1e3:10.3f}"
            f" {statistics.median(timing.after_s) * 1e3:10.3f} {timing.speedup:7.2f}×",
            flush=True,
        )
    speedups = [t.speedup for t in timings]
    if options.record:
        record({t.example.id: t.speedup for t in timings})
        print(f"recorded {len(timings)} figures in {EXAMPLES_FILE}")
    print(f"{len(speedups)} examples, {options.rounds} interleaved rounds: min {min(speedups):.2f}×, "
          f"max {max(speedups):.2f}×")
    print(f"median speedup over all examples: {statistics.median(speedups):.2f}×")


if __name__ == "__main__":
    main()
