"""Strict equivalence tests for pitch_statements (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from market_pitches.statements import pitch_statements

TARGET = "market_pitches/statements.py:pitch_statements"

CASUAL_SURCHARGE = (5, 4)


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(pitches, attendance, stallholders):
    statements = []
    for pitch in pitches:
        days = 0
        fees = 0
        traders = []
        for row in attendance:
            if row["pitch"] != pitch["number"]:
                continue
            holder = None
            for candidate in stallholders:
                if candidate["licence"] == row["licence"]:
                    holder = candidate
                    break
            if holder is None:
                raise ValueError(f"{row['date']} pitch {row['pitch']}: licence {row['licence']} is not registered")
            rate = pitch["rate_pence"]
            if holder["status"] == "casual":
                rate = rate * CASUAL_SURCHARGE[0] // CASUAL_SURCHARGE[1]
            days += 1
            fees += rate
            if holder["name"] not in traders:
                traders.append(holder["name"])
        statements.append({"pitch": pitch["number"], "days": days, "fees_pence": fees, "traders": traders})
    return statements


# --- cases -------------------------------------------------------------------------------

def p(number, rate=2400, frontage=3.0):
    return {"number": number, "frontage_m": frontage, "rate_pence": rate}


def h(licence, name, status="permanent"):
    return {"licence": licence, "name": name, "status": status}


def a(pitch, licence, date="2024-04-06"):
    return {"date": date, "pitch": pitch, "licence": licence}


PITCHES = [p("A1"), p("A2"), p("B1", 4001, 6.0)]
HOLDERS = [h("L1", "Fresh Veg"), h("L2", "Cheese Man", "casual"), h("L3", "Flowers"), h("L4", "Fresh Veg", "casual")]
ATTENDANCE = [a("A1", "L1"), a("B1", "L2"), a("A1", "L2", "2024-04-13"), a("A1", "L1", "2024-04-13"),
              a("B1", "L4", "2024-04-13"), a("B1", "L1", "2024-04-20")]

CASES = [
    ([], [], []),
    ([], ATTENDANCE, HOLDERS),
    ([], [a("A1", "L9")], []),
    (PITCHES, [], []),
    (PITCHES, [], HOLDERS),
    (PITCHES, ATTENDANCE, HOLDERS),
    (tuple(PITCHES), tuple(ATTENDANCE), tuple(HOLDERS)),
    (list(reversed(PITCHES)), ATTENDANCE, HOLDERS),
    (PITCHES, list(reversed(ATTENDANCE)), HOLDERS),
    (PITCHES, ATTENDANCE, list(reversed(HOLDERS))),
    (PITCHES + [p("A1", 100)], ATTENDANCE, HOLDERS),
    (PITCHES, ATTENDANCE + ATTENDANCE, HOLDERS),
    (PITCHES, ATTENDANCE, HOLDERS + [h("L1", "Impostor", "casual")]),
    (PITCHES, ATTENDANCE, [h("L1", "Impostor", "casual")] + HOLDERS),
    (PITCHES, ATTENDANCE, HOLDERS[:1]),
    (PITCHES, ATTENDANCE, []),
    (PITCHES, [a("A2", "L9")], HOLDERS),
    (PITCHES, [a("Z9", "L9")], HOLDERS),
    (PITCHES, [a("A1", "L1"), a("Z9", "L9"), a("A2", "L3")], HOLDERS),
    (PITCHES, [a("B1", "L9"), a("A1", "L1")], HOLDERS),
    (PITCHES, [a("B1", "L9"), a("A1", "LX")], HOLDERS + [{"licence": "LX", "name": "No status"}]),
    (PITCHES, [a("B1", "LX"), a("A1", "L9")], HOLDERS + [{"licence": "LX", "name": "No status"}]),
    (PITCHES, [a("A1", "LX")], HOLDERS + [{"licence": "LX", "status": "casual"}]),
    (PITCHES, [a("A1", "LX")], [{"name": "No licence", "status": "casual"}] + HOLDERS),
    (PITCHES, [a("A1", "L1")], [{"name": "No licence", "status": "casual"}] + HOLDERS),
    (PITCHES, [a("A1", "L1")], HOLDERS + [{"name": "No licence", "status": "casual"}]),
    (PITCHES, [{"pitch": "A1", "licence": "L9"}], HOLDERS),
    (PITCHES, [{"pitch": "A1", "licence": "L1"}], HOLDERS),
    (PITCHES, [{"pitch": "A1", "date": "x"}], HOLDERS),
    (PITCHES, [{"date": "x", "licence": "L1"}], HOLDERS),
    ([{"rate_pence": 100}], ATTENDANCE, HOLDERS),
    ([{"number": "A1"}], ATTENDANCE, HOLDERS),
    ([{"number": "A9"}], ATTENDANCE, HOLDERS),
    ([p("A1", 2401)], [a("A1", "L2")], HOLDERS),
    ([p("A1", 3)], [a("A1", "L2"), a("A1", "L2")], HOLDERS),
    ([p("A1", 0)], [a("A1", "L2")], HOLDERS),
    ([p("A1", -7)], [a("A1", "L2"), a("A1", "L1")], HOLDERS),
    ([p("A1", 2400.5)], [a("A1", "L2"), a("A1", "L1")], HOLDERS),
    ([p("A1", 2400.0)], [a("A1", "L1")], HOLDERS),
    ([p("A1", True)], [a("A1", "L2"), a("A1", "L1")], HOLDERS),
    ([p("A1", None)], [a("A1", "L1")], HOLDERS),
    ([p("A1", None)], [], HOLDERS),
    ([p("A1", "2400")], [a("A1", "L1")], HOLDERS),
    ([p("A1", "2400")], [a("A1", "L2")], HOLDERS),
    ([p("A1")], [a("A1", "L1")], [h("L1", "X", "Casual")]),
    ([p("A1")], [a("A1", "L1")], [h("L1", "X", " casual")]),
    ([p("A1")], [a("A1", "L1")], [h("L1", "X", None)]),
    ([p(1), p("1"), p(1.0)], [a(1, "L1"), a("1", "L2"), a(True, "L3")], HOLDERS),
    ([p(None)], [a(None, "L1"), a("A1", "L1")], HOLDERS),
    ([p("A1")], [a("A1", 1)], [h(1.0, "Float licence"), h(1, "Int licence")]),
    ([p("A1")], [a("A1", ["L1"])], [h(["L1"], "List licence")]),
    ([p(["A", 1])], [a(["A", 1], "L1")], HOLDERS),
    ([p("A1")], [a("A1", "L1"), a("A1", "L3")], [h("L1", ["Shared"]), h("L3", ["Shared"])]),
    ([p("A1")], [a("A1", "L1"), a("A1", "L3")], [h("L1", None), h("L3", None)]),
    ([p("A1")], [a("A1", "L1"), a("A1", "L3")], [h("L1", "Same"), h("L3", "Same")]),
    ([p("A1")], [a("A1", "L1"), a("A1", "L3")], [h("L1", 1), h("L3", 1.0)]),
    (None, ATTENDANCE, HOLDERS),
    (PITCHES, None, HOLDERS),
    (PITCHES, ATTENDANCE, None),
    ([None], ATTENDANCE, HOLDERS),
    (PITCHES, [None], HOLDERS),
    (PITCHES, ATTENDANCE, [None]),
    ([p("A1")], [a("A1", "L1")], [h("L0", "First"), None]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(pitch_statements, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(pitch_statements, reference, pitches=PITCHES, attendance=ATTENDANCE, stallholders=HOLDERS)
    assert_same(pitch_statements, reference, PITCHES, stallholders=HOLDERS, attendance=ATTENDANCE[:3])


def test_shared_row_objects() -> None:
    row = a("A1", "L2")
    assert_same(pitch_statements, reference, [p("A1"), p("A1", 10)], [row, row], HOLDERS)


def _random_cases():
    rng = random.Random(34933)
    for _ in range(220):
        pitches = [p(f"{rng.choice('AB')}{rng.randint(1, 5)}", rng.choice([0, 1, 3, 2400, 2401, 4003]))
                   for _ in range(rng.choice([0, 1, 3, 8]))]
        holders = [h(f"L{rng.randint(1, 12)}", rng.choice(["Veg", "Fish", "Cheese", "Books"]),
                     rng.choice(["permanent", "casual"])) for _ in range(rng.choice([1, 4, 12]))]
        licences = [holder["licence"] for holder in holders]
        attendance = [a(f"{rng.choice('ABC')}{rng.randint(1, 5)}",
                        rng.choice(licences) if rng.random() < 0.97 else "L99", f"2024-05-{rng.randint(1, 28):02d}")
                      for _ in range(rng.choice([0, 1, 10, 40]))]
        yield pitches, attendance, holders


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(pitch_statements, reference, *case)
