"""Strict equivalence tests for monthly_statements (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from calendar import monthrange
from datetime import date, datetime, time, timedelta, timezone

import pytest
from strict_support import assert_same
from tollroad.billing import Statement, monthly_statements
from tollroad.tariff import Passage, Tariff

TARGET = "tollroad/billing.py:monthly_statements"


# --- verbatim copy of the original implementation and its helpers -------------------------

def easter_sunday(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year, month, weekday, n):
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _substitute(day, taken):
    while day.weekday() >= 5 or day in taken:
        day += timedelta(days=1)
    return day


def public_holidays(year):
    holidays = set()
    holidays.add(_substitute(date(year, 1, 1), holidays))
    easter = easter_sunday(year)
    holidays.add(easter - timedelta(days=2))
    holidays.add(easter + timedelta(days=1))
    holidays.add(nth_weekday(year, 5, 0, 1))
    holidays.add(nth_weekday(year, 5, 0, -1))
    holidays.add(nth_weekday(year, 8, 0, -1))
    holidays.add(_substitute(date(year, 12, 25), holidays))
    holidays.add(_substitute(date(year, 12, 26), holidays))
    return holidays


def is_off_peak_day(day):
    return day.weekday() >= 5 or day in public_holidays(day.year)


def time_factor(moment, tariff):
    if is_off_peak_day(moment.date()):
        return tariff.off_peak_factor
    clock = moment.time()
    for start, end in tariff.peak_windows:
        if start <= clock < end:
            return tariff.peak_factor
    return 1.0


def passage_charge(passage, tariff):
    base = tariff.base_fees[passage.gantry]
    factor = tariff.class_factors[passage.vehicle_class]
    return round(base * factor * time_factor(passage.timestamp, tariff))


def reference(passages, tariff):
    statements = {}
    for passage in sorted(passages, key=lambda item: (item.plate, item.timestamp)):
        month = passage.timestamp.strftime("%Y-%m")
        key = (passage.plate, month)
        statement = statements.get(key)
        if statement is None:
            statement = statements[key] = Statement(passage.plate, month)
        day = passage.timestamp.date().isoformat()
        charge = passage_charge(passage, tariff)
        spent = statement.days.get(day, 0)
        cap = tariff.daily_caps.get(passage.vehicle_class)
        if cap is not None and spent + charge >= cap:
            if spent < cap:
                statement.capped_days += 1
            charge = max(cap - spent, 0)
        statement.days[day] = spent + charge
        statement.passages += 1
        if is_off_peak_day(passage.timestamp.date()):
            statement.off_peak += 1
        statement.total += charge
    return statements


# --- cases -------------------------------------------------------------------------------

FEES = {"G1": 200, "G2": 100, "G3": 250, "Ñ4": 175}
PLAIN = Tariff(dict(FEES))
CAPPED = Tariff(dict(FEES), daily_caps={1: 500, 2: 700, 3: 0, 4: -10})


def p(plate, when, gantry="G1", vehicle_class=1):
    return Passage(plate, gantry, when, vehicle_class)


def day_series(plate, start, hours, gantry="G1", vehicle_class=1):
    return [p(plate, start.replace(hour=hour, minute=minute), gantry, vehicle_class) for hour, minute in hours]


HOLIDAY_DAYS = [date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6), date(2024, 5, 27),
                date(2024, 8, 26), date(2024, 12, 25), date(2024, 12, 26), date(2022, 1, 3), date(2022, 12, 27),
                date(2021, 12, 27), date(2021, 12, 28), date(2020, 12, 28), date(2027, 12, 27), date(2027, 12, 28),
                date(2023, 1, 2), date(2016, 12, 27), date(2038, 4, 23), date(2000, 4, 21), date(1900, 4, 13)]
NEAR_DAYS = [d + timedelta(days=delta) for d in HOLIDAY_DAYS for delta in (-1, 1)]

CASES = [
    ([], PLAIN),
    ((), PLAIN),
    ([], CAPPED),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 15))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 7, 0))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 6, 59, 59, 999999))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 10, 0))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 9, 59, 59))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 16, 0))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 19, 0))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 23, 59, 59))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 0, 0))], PLAIN),
    ([p("AB12 CDE", datetime.combine(day, time(8, 30))) for day in HOLIDAY_DAYS], PLAIN),
    ([p("AB12 CDE", datetime.combine(day, time(8, 30))) for day in NEAR_DAYS], PLAIN),
    ([p(f"V{n}", datetime.combine(day, time(17, 5)), "G3", n % 4 + 1) for n, day in enumerate(HOLIDAY_DAYS)], CAPPED),
    # rounding: 250 * 1.25 = 312.5 rounds to even; 150 * 0.8 etc.
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G3")], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G3", 2)], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 30, 8, 0), "Ñ4", 2)], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1")], Tariff({"G1": 2.5}, peak_factor=1.0)),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1")], Tariff({"G1": 0.5})),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1")], Tariff({"G1": -150})),
    ([p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G1")], Tariff({"G1": 0})),
    # daily caps
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (8, 0), (13, 0), (14, 0)]), CAPPED),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0), (13, 0)]), Tariff(dict(FEES), daily_caps={1: 600})),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0), (13, 0)]), Tariff(dict(FEES), daily_caps={1: 599})),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0), (13, 0)]), Tariff(dict(FEES), daily_caps={1: 601})),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G2", 3), CAPPED),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G2", 4), CAPPED),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G2", 2), CAPPED),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G1", 1), Tariff(dict(FEES), daily_caps={1: 200.0})),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G1", 1), Tariff({"G1": 0}, daily_caps={1: 0})),
    (day_series("AB12 CDE", datetime(2024, 3, 28), [(11, 0), (12, 0)], "G1", 1), Tariff({"G1": -5}, daily_caps={1: -20})),
    (day_series("AB12 CDE", datetime(2024, 3, 31), [(22, 0), (23, 30)]) + day_series("AB12 CDE", datetime(2024, 4, 1),
                                                                                  [(0, 10), (8, 0)]), CAPPED),
    (day_series("AB12 CDE", datetime(2024, 2, 29), [(9, 0), (17, 0), (18, 0)]), CAPPED),
    # ties in time and ordering of the input
    ([p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G3"), p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G2"),
      p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G1")], Tariff(dict(FEES), daily_caps={1: 300})),
    ([p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G1"), p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G2"),
      p("AB12 CDE", datetime(2024, 3, 28, 12, 0), "G3")], Tariff(dict(FEES), daily_caps={1: 300})),
    ([p("B", datetime(2024, 3, 28, 12, 0)), p("A", datetime(2024, 3, 29, 12, 0)), p("a", datetime(2024, 3, 27, 12, 0)),
      p("", datetime(2024, 3, 26, 12, 0))], PLAIN),
    ([p("ÆØ 1", datetime(2024, 5, 6, 9, 0)), p("AE 1", datetime(2024, 5, 6, 9, 0))], PLAIN),
    ([p(7, datetime(2024, 5, 6, 9, 0)), p(3, datetime(2024, 5, 6, 9, 0))], PLAIN),
    # same vehicle, different classes on different passages
    ([p("AB12 CDE", datetime(2024, 3, 28, 9, 0), "G1", 1), p("AB12 CDE", datetime(2024, 3, 28, 10, 0), "G1", 2),
      p("AB12 CDE", datetime(2024, 3, 28, 11, 0), "G1", 1)], CAPPED),
    # tariff variations
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), peak_windows=())),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), peak_windows=((time(8), time(8)),))),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), peak_windows=((time(9), time(7)), (time(0), time(23))))),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), peak_factor=2, off_peak_factor=0)),
    ([p("AB12 CDE", datetime(2024, 3, 30, 8, 0))], Tariff(dict(FEES), peak_factor=2, off_peak_factor=0)),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1", 9)], Tariff(dict(FEES), class_factors={9: 0.333})),
    # aware datetimes and far-away years
    ([p("AB12 CDE", datetime(2024, 12, 25, 8, 0, tzinfo=timezone.utc)),
      p("AB12 CDE", datetime(2024, 12, 24, 8, 0, tzinfo=timezone(timedelta(hours=1))))], CAPPED),
    ([p("AB12 CDE", datetime(1, 1, 1, 8, 0)), p("AB12 CDE", datetime(9999, 6, 1, 8, 0))], PLAIN),
    ([p("AB12 CDE", datetime(9999, 12, 24, 8, 0))], PLAIN),
    ([p("AB12 CDE", datetime(1582, 10, 15, 8, 0)), p("AB12 CDE", datetime(2400, 2, 29, 8, 0))], PLAIN),
    # invalid input
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G9")], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1", 5)], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0), "G1", None)], PLAIN),
    ([p("AB12 CDE", date(2024, 3, 28))], PLAIN),
    ([p("AB12 CDE", None)], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0)), p(None, datetime(2024, 3, 28, 8, 0))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0)), p("AB12 CDE", datetime(2024, 3, 28, 9, 0, tzinfo=timezone.utc))], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0)), None], PLAIN),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), daily_caps=None)),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff({"G1": "200"})),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff({"G1": None})),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], None),
    ([p("AB12 CDE", datetime(2024, 3, 28, 8, 0))], Tariff(dict(FEES), peak_windows=None)),
    ([p("AB12 CDE", datetime(2024, 3, 30, 8, 0))], Tariff(dict(FEES), peak_windows=None)),
    ([p("AB12 CDE", datetime(2024, 3, 28, 12, 0)), p("AB12 CDE", datetime(2024, 3, 28, 13, 0))],
     Tariff(dict(FEES), daily_caps={1: "x"})),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(monthly_statements, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(monthly_statements, reference, tariff=CAPPED,
                passages=day_series("AB12 CDE", datetime(2024, 5, 6), [(8, 0), (9, 0), (17, 0)]))


def test_passages_are_not_modified() -> None:
    reads = day_series("AB12 CDE", datetime(2024, 3, 28), [(13, 0), (8, 0)])
    before = copy.deepcopy(reads)
    monthly_statements(reads, CAPPED)
    assert reads == before


def test_repeated_calls_agree() -> None:
    reads = [p("AB12 CDE", datetime(year, 12, 27, 9, 0)) for year in range(2015, 2035)]
    first = monthly_statements(reads, PLAIN)
    assert monthly_statements(reads, PLAIN) == first == reference(reads, PLAIN)


def _random_cases():
    rng = random.Random(4242)
    plates = ["AB12 CDE", "XY70 ZZZ", "LM05 QRS", "ÐÖ 99", "K1 NGS"]
    for index in range(170):
        fees = {f"G{n}": rng.choice([0, 50, 95, 100, 125, 150, 175, 250, 333]) for n in range(1, 6)}
        caps = {cls: rng.choice([300, 450, 500, 700, 1000]) for cls in (1, 2, 3, 4) if rng.random() < 0.7}
        tariff = Tariff(fees, peak_factor=rng.choice([1.25, 1.5, 1.0, 1.3]),
                        off_peak_factor=rng.choice([0.8, 0.75, 0.5, 1.1]), daily_caps=caps)
        year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2031])
        anchor = rng.choice([date(year, 1, 1), easter_sunday(year), date(year, 5, 1), date(year, 5, 25),
                             date(year, 8, 25), date(year, 12, 24), date(year, 6, 15)])
        reads = []
        for _ in range(rng.randint(0, 25)):
            day = anchor + timedelta(days=rng.randint(-4, 6))
            moment = datetime.combine(day, time(rng.choice([0, 6, 7, 8, 9, 10, 12, 15, 16, 17, 18, 19, 23]),
                                                 rng.choice([0, 0, 15, 30, 59])))
            reads.append(p(rng.choice(plates[: rng.randint(1, 5)]), moment, rng.choice(list(fees)), rng.randint(1, 4)))
        if reads and index % 4 == 0:
            reads.append(copy.deepcopy(rng.choice(reads)))
        yield reads, tariff


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(monthly_statements, reference, *case)


def test_large_quarter() -> None:
    rng = random.Random(99)
    start = datetime(2023, 12, 1)
    plates = [f"P{n:03d} ABC" for n in range(60)]
    reads = [p(rng.choice(plates), start + timedelta(minutes=rng.randrange(92 * 24 * 60)), rng.choice(list(FEES)),
               rng.randint(1, 4)) for _ in range(3000)]
    assert_same(monthly_statements, reference, reads, CAPPED)
    assert_same(monthly_statements, reference, reads, PLAIN)
