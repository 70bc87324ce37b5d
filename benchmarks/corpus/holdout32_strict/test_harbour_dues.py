"""Strict equivalence tests for dues_lines (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from harbour_dues.billing import dues_lines

TARGET = "harbour_dues/billing.py:dues_lines"


# --- verbatim copy of the original implementation ---------------------------------------------

_PLN = re.compile(r"^([A-Z]{1,3})\s*-?\s*0*(\d{1,4})$")


def normalise_pln(text):
    match = _PLN.match(text.strip().upper())
    if match is None:
        raise ValueError(f"not a port letters and number: {text!r}")
    return f"{match.group(1)} {int(match.group(2))}"


TARIFF = [
    (10.0, 1150, 800),
    (15.0, 1325, 1500),
    (24.0, 1480, 3000),
    (float("inf"), 1620, 6000),
]


def dues_pence(length_m, weight_kg, tariff=TARIFF):
    for up_to, rate, minimum in tariff:
        if length_m <= up_to:
            return max(minimum, round(weight_kg / 1000 * rate))
    raise ValueError(f"no tariff band for a {length_m} m vessel")


def reference(landings, register):
    lines = []
    for landing in landings:
        pln = normalise_pln(landing["vessel"])
        entry = None
        for row in register:
            if (row["pln"] == pln and row["valid_from"] <= landing["date"]
                    and (row["valid_to"] is None or landing["date"] <= row["valid_to"])):
                entry = row
                break
        if entry is None:
            lines.append({"id": landing["id"], "pln": pln, "owner": None, "dues": 0, "problem": "unregistered"})
            continue
        lines.append({"id": landing["id"], "pln": pln, "owner": entry["owner"],
                      "dues": dues_pence(entry["length_m"], landing["weight_kg"]), "problem": None})
    return lines


# --- cases -------------------------------------------------------------------------------

def reg(pln, owner, length, start, end=None, **extra):
    return {"pln": pln, "owner": owner, "length_m": length, "valid_from": start, "valid_to": end, **extra}


def land(vessel, day, weight, ident="LD1", **extra):
    return {"id": ident, "vessel": vessel, "date": day, "weight_kg": weight, **extra}


REGISTER = [
    reg("PZ 123", "Old Owner", 9.5, "2015-01-01", "2024-02-29"),
    reg("PZ 123", "New Owner", 9.5, "2024-03-01"),
    reg("FH 7", "Trawlers Ltd", 27.4, "2010-06-01"),
    reg("FH 7", "Duplicate", 9.0, "2000-01-01"),
    reg("BM 45", "Brixham Crab", 10.0, "2020-01-01", "2024-03-15"),
    reg("BM 45", "Overlap Owner", 15.0, "2024-03-10"),
    reg("INS 1", "Inverness Co", 24.0, "2024-03-01", "2024-03-01"),
    reg("E 9", "Exmouth Boats", 15.000001, "2024-01-01"),
    reg("SS 3", "Future Owner", 12.0, "2025-01-01"),
    reg("LT 8", "Ended", 8.0, "2001-01-01", "2002-01-01"),
]

VESSELS = ["PZ 123", "pz123", "PZ-123", " PZ 0123 ", "PZ - 123", "PZ  123", "FH 7", "fh-007", "BM 45", "INS 1", "ins01",
           "E 9", "SS 3", "LT 8", "SS 99", "ABCD 1", "PZ 12345", "PZ", "123", "", "Girl Rachel", "PZ 0", "PZ 0000",
           "pz\t123", "ＰＺ 123"]
DATES = ["2024-03-01", "2024-02-29", "2024-03-15", "2024-03-10", "2024-03-16", "2014-12-31", "2024-3-1", "2024-03-01T10:00",
         "", "2099-12-31"]

CASES = [([land(vessel, day, 2000.0)], REGISTER) for vessel in VESSELS[:15] for day in DATES[:4]]
CASES += [([land(vessel, "2024-03-05", 500)], REGISTER) for vessel in VESSELS[15:]]
CASES += [([land("PZ 123", day, 750.5)], REGISTER) for day in DATES]
CASES += [([land(vessel, "2024-03-12", weight)], REGISTER)
          for vessel in ("PZ 123", "FH 7", "BM 45", "E 9", "SS 99")
          for weight in (0, 1, 100.0, 695.6521739130435, 1000, 2500.5, 1e6, -50.0, True)]
CASES += [
    ([], REGISTER),
    ((), ()),
    ([], None),
    ([], [None]),
    ([land("PZ 123", "2024-03-05", 500)], []),
    ([land("PZ 123", "2024-03-05", 500)], list(reversed(REGISTER))),
    ([land("PZ 123", "2024-03-05", 500)], tuple(REGISTER)),
    ([land("PZ 123", "2024-03-05", 500, "A"), land("PZ 123", "2024-03-05", 500, "A")], REGISTER),
    ([land(v, d, 900, f"L{i}") for i, (v, d) in enumerate(zip(VESSELS[:14], DATES * 2))], REGISTER),
    ([land("PZ 123", "2024-03-05", float("nan"))], REGISTER),
    ([land("SS 99", "2024-03-05", float("nan"))], REGISTER),
    ([land("PZ 123", "2024-03-05", float("inf"))], REGISTER),
    ([land("PZ 123", "2024-03-05", None)], REGISTER),
    ([land("PZ 123", "2024-03-05", "500")], REGISTER),
    ([land("SS 99", None, 500)], REGISTER),
    ([land("PZ 123", None, 500)], REGISTER),
    ([land("PZ 123", 20240305, 500)], REGISTER),
    ([land(None, "2024-03-05", 500)], REGISTER),
    ([land(123, "2024-03-05", 500)], REGISTER),
    ([{"vessel": "PZ 123", "date": "2024-03-05", "weight_kg": 1}], REGISTER),
    ([{"id": "X", "vessel": "PZ 123", "date": "2024-03-05"}], REGISTER),
    ([{"id": "X", "vessel": "SS 99", "date": "2024-03-05"}], REGISTER),
    ([{"id": "X", "vessel": "PZ 123", "weight_kg": 1}], REGISTER),
    ([{"id": "X", "date": "2024-03-05", "weight_kg": 1}], REGISTER),
    ([land("PZ 123", "2024-03-05", 500, note="x")], REGISTER),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "Nan Boat", float("nan"), "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "Inf Boat", float("inf"), "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "Str Boat", "9.5", "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", None, 9.5, "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", ["A", "B"], 9.5, "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("pz 123", "Lower", 9.5, "2020-01-01"), reg("PZ 123", "Upper", 9.5, "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "Open", 9.5, "2020-01-01", ""), reg("PZ 123", "Next", 9.5, "2020-01-01")]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "A", 9.5, None)]),
    ([land("PZ 123", "2024-03-05", 500)], [reg("PZ 123", "A", 9.5, "2024-03-05", "2024-03-05")]),
    ([land("PZ 123", "2024-03-05", 500)], [{"pln": "PZ 123", "owner": "A", "valid_from": "2020-01-01", "valid_to": None}]),
    ([land("PZ 123", "2024-03-05", 500)], [{"pln": "PZ 123", "length_m": 9.5, "valid_from": "2020-01-01", "valid_to": None}]),
    ([land("PZ 123", "2024-03-05", 500)], [{"pln": "PZ 123", "owner": "A", "length_m": 9.5, "valid_to": None}]),
    ([land("PZ 123", "2024-03-05", 500)], [{"pln": "PZ 123", "owner": "A", "length_m": 9.5, "valid_from": "2020-01-01"}]),
    ([land("SS 99", "2024-03-05", 500)], [{"owner": "A"}]),
    ([land("SS 99", "2024-03-05", 500)], REGISTER + [None]),
    ([land("PZ 123", "2024-03-05", 500)], None),
    ([None], REGISTER),
    (None, REGISTER),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(dues_lines, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(dues_lines, reference, landings=[land("PZ 123", "2024-03-05", 500)], register=REGISTER)
    assert_same(dues_lines, reference, [land("FH 7", "2024-03-05", 5000)], register=REGISTER)


def _random_cases():
    rng = random.Random(32101)
    ports = ["PZ", "FH", "BM"]
    for number in range(230):
        register = []
        for _ in range(rng.choice([0, 1, 5, 15, 40])):
            start = f"2024-0{rng.randint(1, 4)}-{rng.randint(10, 28)}"
            end = rng.choice([None, None, f"2024-0{rng.randint(1, 6)}-{rng.randint(10, 28)}"])
            register.append(reg(f"{rng.choice(ports)} {rng.randint(1, 6)}", rng.choice(["A", "B", "C", "D"]),
                                rng.choice([6.5, 10.0, 12.0, 15.0, 18.5, 24.0, 31.0]), start, end))
        landings = []
        for index in range(rng.choice([0, 1, 4, 12, 40])):
            port = rng.choice(ports)
            digits = rng.randint(1, 7)
            vessel = rng.choice([f"{port} {digits}", f"{port.lower()}{digits}", f"{port}-{digits:03d}"])
            day = f"2024-0{rng.randint(1, 6)}-{rng.randint(10, 28)}"
            landings.append(land(vessel, day, rng.choice([0, 120.5, 800, 2400.0, 15000]), f"L{index}"))
        yield landings, register


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(dues_lines, reference, *case)
