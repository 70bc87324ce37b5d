"""Strict equivalence tests for weekly_overtime (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from punchclock.hours import Punch, weekly_overtime
from strict_support import assert_same

TARGET = "punchclock/hours.py:weekly_overtime"


def _parse(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def reference(punches, threshold_hours=40.0):
    result = {}
    for employee in sorted({punch.employee for punch in punches}):
        own = sorted((punch for punch in punches if punch.employee == employee), key=lambda punch: _parse(punch.timestamp))
        weeks = {}
        clocked_in = None
        for punch in own:
            moment = _parse(punch.timestamp)
            if punch.kind == "in":
                if clocked_in is not None:
                    raise ValueError(f"{employee}: clock-in at {punch.timestamp} while already clocked in")
                clocked_in = moment
            elif punch.kind == "out":
                if clocked_in is None:
                    raise ValueError(f"{employee}: clock-out at {punch.timestamp} without clock-in")
                year, week, _ = clocked_in.isocalendar()
                label = f"{year}-W{week:02d}"
                weeks[label] = weeks.get(label, 0) + (moment - clocked_in).total_seconds() / 3600
                clocked_in = None
            else:
                raise ValueError(f"{employee}: unknown punch kind {punch.kind!r}")
        if clocked_in is not None:
            raise ValueError(f"{employee}: still clocked in at the end of the log")
        rows = []
        for label in sorted(weeks):
            hours = round(weeks[label], 2)
            regular = min(hours, threshold_hours)
            rows.append((label, regular, round(hours - regular, 2)))
        result[employee] = rows
    return result


def P(e, t, k):
    return Punch(e, t, k)


def S(e, a, b):
    return [P(e, a, "in"), P(e, b, "out")]


CASES = [
    ([],),
    ([], 0),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00"),),
    (S("a", "2024-03-04 08:00", "2024-03-04 08:00"),),
    (S("a", "2024-03-04 08:00", "2024-03-04 07:00"),),
    (S("a", "2024-3-4 8:00", "2024-03-04 16:7"),),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00") + S("a", "2024-3-4 16:00", "2024-03-04 18:00"),),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00"), 5),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00"), 5.5),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00"), 8),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00"), -1.0),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:20"), 8.33),
    (S("a", "2024-03-10 22:00", "2024-03-11 06:00") + S("a", "2024-03-11 22:00", "2024-03-12 06:00"),),
    (S("a", "2020-12-31 22:00", "2021-01-01 06:00") + S("a", "2021-01-03 22:00", "2021-01-04 06:00"),),
    (S("b", "2024-03-04 08:00", "2024-03-04 16:00") + S("a", "2024-03-04 08:00", "2024-03-04 09:10"),),
    (S("Émile", "2024-03-04 08:00", "2024-03-04 16:00") + S("Zoë", "2024-03-04 08:00", "2024-03-04 09:10") + S("zoe", "2024-03-05 08:00", "2024-03-05 09:10"),),
    ([P("a", "2024-03-04 08:00", "in"), P("a", "2024-03-04 09:00", "in")],),
    ([P("a", "2024-03-04 08:00", "out")],),
    ([P("a", "2024-03-04 08:00", "in")],),
    ([P("a", "2024-03-04 08:00", "IN"), P("a", "2024-03-04 09:00", "out")],),
    ([P("a", "2024-03-04 08:00", "break")],),
    ([P("a", "2024-03-04 8am", "in")],),
    ([P("a", "2024-03-04 08:00 ", "in"), P("a", "2024-03-04 09:00", "out")],),
    ([P("a", "2024-03-04 08:00", "in"), P("a", "2024-03-04 09:00\n", "out")],),
    (S("a", "2024-03-04 08:00", "2024-03-04 16:00") + [P("b", "2024-03-04 08:00", "in")],),
    ([P("b", "bogus", "in")] + S("a", "2024-03-04 08:00", "2024-03-04 16:00") + [P("a", "2024-03-04 17:00", "out")],),
    ([P("a", "bogus", "in")] + [P("b", "2024-03-04 17:00", "out")],),
    ([P("a", "2024-03-04 17:00", "out"), P("b", None, "in")],),
    ([P("a", "2024-03-04 17:00", "in"), P("a", "2024-03-04 17:00", "out")],),
    ([P("a", "2024-03-04 17:00", "out"), P("a", "2024-03-04 17:00", "in")],),
    ([P("a", "2024-03-04 17:00", "out"), P("a", "2024-03-04 17:00", "in"), P("a", "2024-03-04 17:00", "out")],),
    ([P("a", "2024-03-04 08:00", "in"), P(None, "2024-03-04 17:00", "out")],),
    ([P(1, "2024-03-04 08:00", "in"), P(1, "2024-03-04 17:00", "out"), P(0, "2024-03-04 08:00", "in"), P(0, "2024-03-04 17:30", "out")],),
    (tuple(S("a", "2024-03-04 08:00", "2024-03-04 16:00")),),
]


def _random():
    rng = random.Random(1357)
    for n in range(130):
        punches = []
        for e in rng.sample(["ann", "bob", "cy", "dee", "Ève", "fay", "gus"], rng.randint(1, 4)):
            start = datetime(2024, 1, 1) + timedelta(days=rng.randint(0, 30), hours=rng.randint(0, 23))
            for _ in range(rng.randint(0, 12)):
                length = timedelta(hours=rng.choice([4, 8, 8, 10, 12]), minutes=rng.randint(0, 59))
                end = start + length
                fmt = "%Y-%m-%d %H:%M"
                punches.append(P(e, start.strftime(fmt), "in"))
                punches.append(P(e, end.strftime(fmt), "out"))
                start = end + timedelta(hours=rng.randint(0, 40), minutes=rng.randint(0, 59))
        rng.shuffle(punches)
        if n % 10 == 3 and punches:
            punches.pop(rng.randrange(len(punches)))
        if n % 10 == 7 and punches:
            i = rng.randrange(len(punches))
            punches[i] = P(punches[i].employee, punches[i].timestamp, rng.choice(["out", "in", "lunch"]))
        threshold = rng.choice([40.0, 40, 37.5, 20, 0.5])
        yield punches, threshold


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(weekly_overtime, reference, *case)


def test_big_plant() -> None:
    rng = random.Random(8)
    punches = []
    for e in range(40):
        start = datetime(2024, 1, 1, 6)
        for _ in range(60):
            end = start + timedelta(hours=8, minutes=rng.randint(0, 200))
            punches += S(f"E{e}", start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"))
            start = end + timedelta(hours=rng.randint(10, 30))
    rng.shuffle(punches)
    assert_same(weekly_overtime, reference, punches)


def test_error_message_names_employee() -> None:
    with pytest.raises(ValueError, match="still clocked in"):
        weekly_overtime([P("x", "2024-03-04 08:00", "in")])
