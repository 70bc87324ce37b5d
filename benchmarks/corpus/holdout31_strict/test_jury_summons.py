"""Strict equivalence tests for eligible_pool (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from strict_support import assert_same
from jury_summons.selection import eligible_pool

TARGET = "jury_summons/selection.py:eligible_pool"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(electors, service_records, excusals, as_of, min_age=18, max_age=75, cooldown_days=730):
    recently_served = []
    for record in service_records:
        if 0 <= (as_of - record["served_on"]).days < cooldown_days:
            recently_served.append(record["elector_no"])
    excused = [item["elector_no"] for item in excusals if item["until"] >= as_of]
    pool = []
    for elector in electors:
        born = elector["dob"]
        age = as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))
        if age < min_age or age > max_age:
            continue
        if elector["elector_no"] in recently_served:
            continue
        if elector["elector_no"] in excused:
            continue
        pool.append(elector)
    return pool


# --- cases -------------------------------------------------------------------------------

START = date(2024, 9, 2)


def e(number, born=date(1980, 5, 1), **extra):
    return {"elector_no": number, "name": "Ann SMITH", "postcode": "LS1 1AA", "dob": born, **extra}


def served(number, day):
    return {"elector_no": number, "served_on": day, "court": "LEEDS-CC"}


def excused(number, until):
    return {"elector_no": number, "until": until, "reason": "medical"}


CASES = [
    ([], [], [], START),
    ((), (), (), START),
    ([e("A1")], [], [], START),
    ([e("A1"), e("A1"), e("A2")], [], [], START),
    ([e("A1"), e("A2")], [served("A1", date(2023, 1, 9))], [], START),
    ([e("A1"), e("A2")], [served("A1", date(2023, 1, 9)), served("A1", date(2023, 1, 9))], [], START),
    ([e("A1"), e("A1")], [served("A1", date(2023, 1, 9))], [], START),
    ([e("a1")], [served("A1", date(2023, 1, 9))], [], START),
    # cooldown boundaries: served today, 729 and 730 days ago, and in the future
    ([e("A1")], [served("A1", START)], [], START),
    ([e("A1")], [served("A1", START - timedelta(days=729))], [], START),
    ([e("A1")], [served("A1", START - timedelta(days=730))], [], START),
    ([e("A1")], [served("A1", START + timedelta(days=1))], [], START),
    ([e("A1")], [served("A1", START)], [], START, 18, 75, 0),
    ([e("A1")], [served("A1", START - timedelta(days=5))], [], START, 18, 75, -10),
    ([e("A1")], [served("A1", START - timedelta(days=5))], [], START, 18, 75, 10**9),
    ([e("A1")], [served("A1", START - timedelta(days=5))], [], START, 18, 75, 5.5),
    # excusal boundaries
    ([e("A1")], [], [excused("A1", START)], START),
    ([e("A1")], [], [excused("A1", START - timedelta(days=1))], START),
    ([e("A1"), e("A2")], [], [excused("A1", date(2030, 1, 1)), excused("A9", date(2030, 1, 1))], START),
    ([e("A1")], [served("A1", date(2010, 1, 1))], [excused("A1", date(2010, 1, 1))], START),
    # age boundaries, including 29 February birthdays
    ([e("A1", date(2006, 9, 2)), e("A2", date(2006, 9, 3)), e("A3", date(1948, 9, 3)), e("A4", date(1948, 9, 2))],
     [], [], START),
    ([e("L1", date(2004, 2, 29)), e("L2", date(1952, 2, 29))], [], [], date(2022, 2, 28)),
    ([e("L1", date(2004, 2, 29)), e("L2", date(1949, 2, 28))], [], [], date(2024, 2, 29)),
    ([e("A1", date(1980, 5, 1))], [], [], START, 50, 40),
    ([e("A1", date(1980, 5, 1))], [], [], START, 0, 200),
    ([e("A1", date(1980, 5, 1))], [], [], START, 44, 44),
    ([e("A1", date(1980, 5, 1))], [], [], START, 44.5, 75),
    ([e("A1", date(2030, 5, 1))], [], [], START, -10, 75),
    # datetimes where dates are expected
    ([e("A1", datetime(1980, 5, 1, 12, 0))], [], [], START),
    ([e("A1")], [served("A1", datetime(2023, 1, 9, 10, 0))], [], datetime(2024, 9, 2, 9, 0)),
    ([e("A1")], [served("A1", date(2023, 1, 9))], [], datetime(2024, 9, 2, 9, 0)),
    ([e("A1")], [], [excused("A1", datetime(2024, 9, 2, 9, 0))], START),
    # elector numbers that are not strings, equal numbers of different types
    ([e(1), e(2), e(3.0), e(True)], [served(1.0, date(2023, 1, 9))], [excused(3, date(2025, 1, 1))], START),
    ([e(("AB", 1)), e(("AB", 2))], [served(("AB", 1), date(2023, 1, 9))], [], START),
    ([e(None), e("None")], [served(None, date(2023, 1, 9))], [], START),
    ([e("")], [], [excused("", date(2025, 1, 1))], START),
    # extra fields are kept on the electors that remain
    ([e("A1", ward="NORTH", flags=["postal"]), e("A2", ward="SOUTH")], [], [], START),
    # errors: missing keys, missing values, a bad report date; the history is read first
    ([e("A1")], [{"elector_no": "A1"}], [], START),
    ([], [{"elector_no": "A1"}], [], START),
    ([], [], [{"elector_no": "A1"}], START),
    ([], [], [excused("A1", None)], START),
    ([e("A1")], [served("A1", None)], [], START),
    ([{"elector_no": "A1"}], [], [], START),
    ([e("A1", None)], [], [], START),
    ([{"dob": date(1980, 1, 1)}], [], [], START),
    ([{"dob": date(1990, 1, 1)}], [], [], START, 18, 20),
    ([None], [], [], START),
    ([e("A1")], [], [], None),
    ([e("A1")], [], [], "2024-09-02"),
    ([e("A1")], None, [], START),
    ([e("A1")], [], None, START),
    ([e("A1")], [], [], START, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(eligible_pool, reference, *case)


def test_keyword_arguments() -> None:
    electors = [e("A1", date(1950, 1, 1)), e("A2", date(1990, 1, 1))]
    service = [served("A1", date(2023, 9, 1))]
    assert_same(eligible_pool, reference, electors=electors, service_records=service, excusals=[], as_of=START,
                min_age=30, max_age=80, cooldown_days=365)
    assert_same(eligible_pool, reference, electors, service, [], START, cooldown_days=400)
    assert_same(eligible_pool, reference, electors, service, [], as_of=START, max_age=70)


def _random_cases():
    rng = random.Random(31091)
    for _ in range(240):
        numbers = [f"W{number:03d}" for number in range(rng.choice([1, 5, 30, 120]))]
        electors = []
        for _ in range(rng.choice([0, 1, 4, 20, 80])):
            number = rng.choice(numbers)
            if rng.random() < 0.05:
                number = number.lower()
            electors.append(e(number, date(1935, 1, 1) + timedelta(days=rng.randint(0, 33000))))
        service = [served(rng.choice(numbers + ["X999"]), START - timedelta(days=rng.randint(-60, 1500)))
                   for _ in range(rng.choice([0, 1, 5, 25, 60]))]
        excusals = [excused(rng.choice(numbers + ["X998"]), START + timedelta(days=rng.randint(-200, 200)))
                    for _ in range(rng.choice([0, 1, 5, 25]))]
        as_of = START + timedelta(days=rng.randint(-30, 30))
        args = [electors, service, excusals, as_of]
        if rng.random() < 0.4:
            args += [rng.choice([16, 18, 21]), rng.choice([65, 70, 75, 80])]
            if rng.random() < 0.5:
                args.append(rng.choice([0, 365, 730, 1095]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(eligible_pool, reference, *case)


def test_district_roll() -> None:
    """A ward of five thousand electors with a few years of service history."""
    rng = random.Random(3110)
    numbers = [f"AB{seq:05d}" for seq in range(5000)]
    electors = [e(number, date(1940, 1, 1) + timedelta(days=rng.randint(0, 31000))) for number in numbers]
    service = [served(number, date(2019, 1, 7) + timedelta(weeks=rng.randint(0, 300)))
               for number in rng.sample(numbers, 800)]
    excusals = [excused(number, date(2024, 6, 1) + timedelta(days=rng.randint(0, 500)))
                for number in rng.sample(numbers, 250)]
    assert_same(eligible_pool, reference, electors, service, excusals, START)
