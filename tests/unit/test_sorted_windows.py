"""The window-start-bisect recipe: an inner loop over the earlier items of a list just sorted by a key,
doing something only inside a window of that key, starts at the window's first item; the rewrite
answers like the original (dates, numbers, texts, mixed or odd keys that fall back), and the shapes
it must leave alone are left alone."""

from __future__ import annotations

import random
import textwrap
from datetime import date, datetime, timedelta

import pytest

from tests.unit.recipe_outcomes import rewrite
from wattlens.optimize import sorted_windows
from wattlens.optimize.sorted_windows import start_windows_by_bisection

PRELUDE = "import bisect\nfrom collections import namedtuple\nVisit = namedtuple('Visit', 'day kind hours')\n" \
    + sorted_windows.kind_helper(None)[0]  # type: ignore[arg-type]  # (the helper ignores the function)

RECENT = '''
def f(visits, near, far):
    report = []
    for who in {v.kind for v in visits}:
        history = sorted([v for v in visits if v.kind == who], key=lambda v: v.day)
        for index, visit in enumerate(history):
            hours = 0.0
            count = 0
            for position in range(index):
                earlier = history[position]
                age = (visit.day - earlier.day).days
                if age <= near and earlier.hours > 1:
                    count += 1
                if age < far:
                    hours += earlier.hours
            report.append((who, visit.day, count, hours))
    return sorted(report, key=repr)
'''

GAPS = '''
def f(times, window):
    times = sorted(times)
    out = []
    for i, t in enumerate(times):
        n = 0
        for e in times[:i]:
            if t - e > window:
                continue
            n += 1
            if n > 3:
                break
        out.append(n)
    return out
'''

IN_PLACE = GAPS.replace("    times = sorted(times)\n", "    times = list(times)\n    times.sort()\n")

NAMES = '''
def f(words, first):
    words = sorted(words, key=lambda w: w[0])
    found = []
    for stop in range(len(words) + 1):
        for p in range(stop):
            if words[p][0] >= first:
                found.append((stop, words[p]))
    return found
'''


def _visits(rng: random.Random, day_kind: str) -> list[object]:
    start = date(2020, 1, 1) if day_kind == "date" else datetime(2020, 1, 1, 6)
    out = []
    for _ in range(rng.randrange(30)):
        day = start + timedelta(days=rng.randrange(400), hours=rng.randrange(20) if day_kind != "date" else 0)
        out.append((day, rng.choice("ab"), round(rng.uniform(0, 3), 1)))
    return out


def test_a_windowed_walk_over_earlier_dates_starts_inside_the_window_and_answers_alike() -> None:
    new = rewrite(start_windows_by_bisection, RECENT)
    assert new is not None
    assert "history_kind = _sorted_key_kind([item_.day for item_ in history])" in new
    assert "for position in range(history_from, index):" in new
    for seed in range(60):
        rng = random.Random(seed)
        rows = _visits(rng, rng.choice(["date", "datetime"]))
        limits = (rng.choice([0, 5, 30, 90]), rng.choice([30, 365, 366.5]))
        call = f"f([Visit(*row) for row in {rows!r}], *{limits!r})"
        assert outcome_call(new, call) == outcome_call(RECENT, call), call
    # mixed dates and datetimes cannot be sorted; a Decimal limit walks every item, as before
    for rows, limits in [([(date(2020, 1, 1), "a", 1.0), (datetime(2020, 1, 2), "a", 2.0)], (5, 9)),
                         ([(date(2020, 1, day), "a", 1.5) for day in (9, 1, 4)], ("Decimal(3)", 10))]:
        call = f"f([Visit(*row) for row in {rows!r}], {limits[0]}, {limits[1]})"
        assert outcome_call(new, call) == outcome_call(RECENT, call), call


def outcome_call(source: str, call: str) -> str:
    """The outcome of the expression `call` once the prelude and `source` have run."""
    scope: dict[str, object] = {}
    exec(PRELUDE + "import datetime\nfrom decimal import Decimal\n" + textwrap.dedent(source), scope)
    try:
        return repr(eval(call, scope))
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("source", [GAPS, IN_PLACE, NAMES])
def test_numbers_and_texts_keep_their_answers_and_odd_keys_fall_back(source: str) -> None:
    new = rewrite(start_windows_by_bisection, source)
    assert new is not None and "bisect.bisect_left" in new
    for seed in range(80):
        rng = random.Random(seed)
        if source is not NAMES:
            pool = [rng.randrange(50), rng.uniform(0, 50), float("nan"), float("inf"), True, -3]
            kinds = rng.choice([pool[:1], pool[1:2], pool])
            times = [rng.choice(kinds) if len(kinds) > 2 else
                     (rng.randrange(50) if kinds == pool[:1] else rng.uniform(0, 50)) for _ in range(rng.randrange(25))]
            call = f"f({times!r}, {rng.choice([0, 3, 7.5, float('nan')])!r})".replace("nan", "float('nan')") \
                .replace("inf", "float('inf')")
        else:
            words = ["".join(rng.choice("abcé") for _ in range(rng.randrange(1, 4))) for _ in range(rng.randrange(12))]
            rows = [(w, rng.randrange(3)) if rng.random() < 0.9 else (rng.randrange(3), w) for w in words]
            call = f"f({rows!r}, {rng.choice(['b', 'c', 'é', 1])!r})"
        assert outcome_call(new, call) == outcome_call(source, call), call


@pytest.mark.parametrize(("change", "why"), [
    (("                if age < far:\n", "                hours -= 0\n                if age < far:\n"),
     "a statement outside every window test"),
    (("if age <= near and earlier.hours > 1:", "if earlier.hours > 1 and age <= near:"),
     "the window test is not the first one"),
    (("key=lambda v: v.day)", "key=lambda v: v.day, reverse=True)"), "a reverse order"),
    (("key=lambda v: v.day)", "key=lambda v: v.hours)"), "sorted by another key"),
    (("        for index, visit", "        history.append(visits[0])\n        for index, visit"),
     "the list changed between the sort and the loop"),
    (("            hours = 0.0\n", "            hours = 0.0\n            touch(history)\n"),
     "the items handed to an unknown call"),
    (("            report.append((who, visit.day, count, hours))",
      "            report.append((who, visit.day, count, hours, age))"), "a loop variable read after the loop"),
    (("                if age < far:\n", "                if age > far:\n"), "a test that holds before the window"),
    (("                    hours += earlier.hours\n", "                    hours += earlier.hours\n"
      "                    near = near + 1\n"), "a limit changed in the loop"),
    (("                earlier = history[position]\n", "                earlier = history[position]\n"
      "                weight = 1 / earlier.hours\n"), "a measure that may raise"),
])
def test_shapes_it_must_leave_alone(change: tuple[str, str], why: str) -> None:
    source = RECENT.replace(*change)
    assert source != RECENT, why
    assert rewrite(start_windows_by_bisection, source) is None, why


def test_a_continue_on_an_inside_test_or_a_stop_past_the_list_is_safe() -> None:
    inside_continue = GAPS.replace("if t - e > window:", "if t - e <= window:")
    assert rewrite(start_windows_by_bisection, inside_continue) is None
    past = NAMES.replace("range(len(words) + 1)", "range(len(words) + 2)")
    new = rewrite(start_windows_by_bisection, past)
    assert new is not None  # the guard leaves a stop past the list to the original walk, which raises
    call = "f([('a', 1), ('c', 2)], 'b')"
    assert outcome_call(new, call) == outcome_call(past, call) == "IndexError: list index out of range"
