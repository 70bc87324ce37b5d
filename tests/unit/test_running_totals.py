"""Recipe running-total-carried: a running total recomputed from the start for every position of a
loop → carried on from the totals already made; and which helpers `callees` reads as running totals."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import recipe_candidates

from .recipe_outcomes import evaluated

TRACK = '''
import math


def leg(points: list[tuple[float, float]], i: int) -> float:
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return math.hypot(x1 - x0, y1 - y0)


def distance_along(points: list[tuple[float, float]], index: int) -> float:
    """Distance from the first point to points[index]."""
    total = 0.0
    for i in range(1, index + 1):
        total += leg(points, i)
    return total


def marks(points: list[tuple[float, float]], every: float) -> list[int]:
    """Indices of the points at which another `every` units have been covered."""
    found = []
    next_mark = every
    for i in range(len(points)):
        before = distance_along(points, i - 1)
        after = distance_along(points, i)
        if before < next_mark <= after:
            found.append(i)
            next_mark += every
    return found
'''


def carried(tmp_path: Path, source: str, qualname: str = "marks") -> str | None:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-running-total-carried-")]
    return found[0].new_source if found else None


def test_a_running_total_per_position_is_carried_on(tmp_path: Path) -> None:
    new = carried(tmp_path, TRACK)
    assert new is not None
    assert "distance_along_totals = [0.0]" in new and "before = distance_along_upto(points, i - 1)" in new
    rewritten = TRACK.split("def marks")[0] + textwrap.dedent(new)
    rng = random.Random(7)
    tracks = [[], [(0.0, 0.0)], [(0.0, 0.0), (3.0, 4.0), (3.0, 4.0), (6.0, 8.0)],
              [(rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(200)]]
    for points in tracks:
        for every in (0.5, 1.0, 5.0, 1e9):
            call = f"marks({points!r}, {every!r})"
            assert evaluated(rewritten, call) == evaluated(TRACK, call), call


def test_the_same_additions_give_the_same_floats_and_errors(tmp_path: Path) -> None:
    # Reading beyond the end raises IndexError at the same position; before the start gives the start.
    source = TRACK.replace("for i in range(len(points)):", "for i in range(len(points) + 2):")
    new = carried(tmp_path, source)
    assert new is not None
    rewritten = source.split("def marks")[0] + textwrap.dedent(new)
    for points in ([(0.1, 0.2), (0.3, 0.7)], [], [(1e16, 1.0), (1.0, 1e-16), (-1e16, 3.0)]):
        call = f"marks({points!r}, 0.1)"
        assert evaluated(rewritten, call) is evaluated(source, call) is IndexError


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("distance_along(points, i", "distance_along(points, len(found) + i"),  # not a counter
        ("            found.append(i)", "            found.append(i)\n            points.append(points[0])"),
        ("    found = []", "    found = []\n    leg = len"),  # the term's `leg` would be the function's own
        # rebound on the way: which list is summed? (rebound once before the loop, it is one list)
        ("            found.append(i)", "            found.append(i)\n            points = list(points)"),
    ],
)
def test_totals_that_could_differ_are_left_alone(tmp_path: Path, change: str, why: str) -> None:
    assert carried(tmp_path, TRACK.replace(change, why)) is None, why
    floated = TRACK.replace("after = distance_along(points, i)", "after = distance_along(points, 2.0)")
    partly = carried(tmp_path, floated)
    assert partly is not None and "after = distance_along(points, 2.0)" in partly  # a float's call as it was


def test_which_helpers_are_running_totals() -> None:
    def read(source: str) -> dict[str, purity.RunningTotal]:
        return dict(callees.trusted_in(cst.parse_module(textwrap.dedent(source))).running_totals)

    [(name, total)] = read(TRACK).items()
    assert (name, total.start, total.index, total.past_index, total.initial, total.term) == (
        "distance_along", 1, 1, 1, "0.0", "leg(points, i)")
    exclusive = TRACK.replace("range(1, index + 1)", "range(index)").replace("total = 0.0", "total = 0")
    assert read(exclusive)["distance_along"].past_index == 0 and read(exclusive)["distance_along"].start == 0
    for other in ("total += leg(points, i) * total", "total *= leg(points, i)",
                  "total += leg(points, i)\n        total += 1"):
        # not a sum of terms, but still a state walked forward one step per position
        assert isinstance(read(TRACK.replace("total += leg(points, i)", other))["distance_along"],
                          purity.RunningState), other
    assert read(TRACK.replace("range(1, index + 1)", "range(1, index + 2)")) == {}


def test_an_exclusive_range_from_zero_is_carried_the_same(tmp_path: Path) -> None:
    source = TRACK.replace("range(1, index + 1)", "range(index)").replace(
        "leg(points, i)\n", "leg(points, i + 1)\n").replace("total = 0.0", "total = 0")
    new = carried(tmp_path, source)
    assert new is not None and "distance_along_totals = [0]" in new
    rewritten = source.split("def marks")[0] + textwrap.dedent(new)
    for points in ([], [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0)]):
        call = f"marks({points!r}, 1.5)"
        assert evaluated(rewritten, call) == evaluated(source, call), call


LOAN = '''
def step(balance: float, rate: float, payment: float, extra: float) -> tuple[float, float]:
    interest = round(balance * rate / 12, 2)
    return interest, round(max(balance + interest - payment - extra, 0.0), 2)


def balance_after(principal: float, rate: float, payment: float, extras: dict, period: int) -> float:
    """The balance once `period` payments have been made."""
    balance = round(principal, 2)
    for n in range(1, period + 1):
        if balance <= 0:
            return 0.0
        _, balance = step(balance, rate, payment, extras.get(n, 0.0))
    return balance


def schedule(principal: float, rate: float, months: int, extras: dict | None = None) -> list:
    extras = {} if extras is None else extras
    for n, extra in extras.items():
        if extra < 0:
            raise ValueError(n)
    payment = round(principal / months + 1, 2)
    rows = []
    for n in range(1, months + 1):
        opening = balance_after(principal, rate, payment, extras, n - 1)
        if opening <= 0:
            break
        rows.append((n, opening, balance_after(principal, rate, payment, extras, n + 2)))
    return rows
'''


def test_a_state_walked_from_the_start_for_every_position_is_carried_on(tmp_path: Path) -> None:
    new = carried(tmp_path, LOAN, "schedule")
    assert new is not None
    assert "opening = balance_after_upto(principal, rate, payment, extras, n - 1)" in new
    assert "balance_after_states_stop.append(len(balance_after_states) - 1)" in new
    rewritten = LOAN.split("def schedule")[0] + textwrap.dedent(new)
    for case in ("1000.0, 0.05, 12", "1000.0, 0.05, 12, {3: 400.0, 4: 1e6}", "0.0, 0.1, 3", "5000, 0.2, 60",
                 "100.0, 0.05, 0", "100.0, 0.05, 4, {2: -1.0}", "'x', 0.05, 4", "1000.0, float('nan'), 5"):
        call = f"schedule({case})"
        assert repr(evaluated(rewritten, call)) == repr(evaluated(LOAN, call)), call


def test_which_helpers_walk_a_state() -> None:
    def read(source: str) -> dict[str, purity.RunningTotal | purity.RunningState]:
        return dict(callees.trusted_in(cst.parse_module(textwrap.dedent(source))).running_totals)

    walk = read(LOAN)["balance_after"]
    assert isinstance(walk, purity.RunningState)
    assert (walk.state, walk.counter, walk.guard, walk.stop_value, walk.initial) == (
        "balance", "n", "balance <= 0", "0.0", "round(principal, 2)")
    for change in (("-> float:\n    \"\"\"The", "-> list:\n    \"\"\"The"),  # a value that could be changed later
                   ("return 0.0", "return balance"),  # not a constant
                   ("_, balance = step", "skipped, balance = step"),  # fine: read nowhere…
                   ("        _, balance = step(balance, rate, payment, extras.get(n, 0.0))",  # …or made first
                    "        skipped = extras.get(n, 0.0)\n        _, balance = step(balance, rate, payment, skipped)"),
                   ("        _, balance = step(balance, rate, payment, extras.get(n, 0.0))",  # read before made
                    "        _, balance = step(balance, rate, payment, extras.get(n, 0.0) + len(_))"),
                   ("        _, balance = step", "        print(n)\n        _, balance = step"),
                   ("extras.get(n, 0.0))", "extras.get(n, 0.0))\n        extras[n] = 0")):
        found = read(LOAN.replace(*change))
        assert ("balance_after" in found) is change[1].strip().startswith("skipped"), change
