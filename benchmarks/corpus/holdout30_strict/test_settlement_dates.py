"""Strict equivalence tests for settlement_dates (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from strict_support import assert_same
from settlement_dates.blotter import Trade
from settlement_dates.settle import settlement_dates

TARGET = "settlement_dates/settle.py:settlement_dates"


# --- verbatim copy of the original implementation ---------------------------------------------

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def reference(trades, calendar_text, default_lag=2):
    results = []
    for trade in trades:
        holidays = set()
        weekend = {5, 6}
        lag = default_lag
        for number, raw in enumerate(calendar_text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [part.strip() for part in line.split(",")]
            if len(parts) != 3:
                raise ValueError(f"calendar line {number}: expected market, kind, value")
            market, kind, value = parts
            if market != trade.market:
                continue
            if kind == "holiday":
                holidays.add(date.fromisoformat(value))
            elif kind == "weekend":
                try:
                    weekend = {WEEKDAYS.index(name) for name in value.split()}
                except ValueError:
                    raise ValueError(f"calendar line {number}: unknown day in {value!r}") from None
            elif kind == "lag":
                lag = int(value)
            else:
                raise ValueError(f"calendar line {number}: unknown entry {kind!r}")
        if len(weekend) == 7:
            raise ValueError(f"market {trade.market}: every day is a weekend")
        if lag < 0:
            raise ValueError(f"market {trade.market}: negative settlement lag")
        day = trade.trade_date
        remaining = lag
        while remaining:
            day += timedelta(days=1)
            if day.weekday() not in weekend and day not in holidays:
                remaining -= 1
        results.append(day)
    return results


# --- cases -------------------------------------------------------------------------------

CALENDAR = """# market calendars
XLON, holiday, 2024-12-25
XLON, holiday, 2024-12-26
XNYS, lag, 1
XNYS, holiday, 2024-12-25
XTAE, weekend, Fri Sat
XTAE, lag, 1
XTAE, holiday, 2024-12-26
"""


def trade(market, day, trade_id="T1"):
    return Trade(trade_id, market, "GB0000000001", "B", 100, Decimal("12.34"), day)


D = date(2024, 12, 24)
MIXED = [trade("XLON", D, "T1"), trade("XNYS", D, "T2"), trade("XTAE", D, "T3"), trade("XPAR", D, "T4"),
         trade("XLON", date(2024, 12, 20), "T5")]

CASES = [
    ([], CALENDAR),
    ([], ""),
    ([], "garbage line\n"),
    ([], "XLON, unknown, 1\n"),
    ([], None),
    ((), CALENDAR),
    ([trade("XLON", D)], CALENDAR),
    ([trade("XLON", D)], ""),
    ([trade("XLON", D)], "\n\n# only comments\n   \n"),
    (MIXED, CALENDAR),
    (tuple(MIXED), CALENDAR),
    (MIXED, CALENDAR, 0),
    (MIXED, CALENDAR, 5),
    (MIXED, CALENDAR, 40),
    ([trade("XPAR", D)], CALENDAR, -1),
    ([trade("XNYS", D)], CALENDAR, -1),
    ([trade("XPAR", D)], CALENDAR, None),
    ([trade("XNYS", D)], CALENDAR, None),
    ([trade("XPAR", D)], CALENDAR, True),
    ([trade("XPAR", D)], CALENDAR, 2.0),
    ([trade("XLON", date(2024, 12, 21))], CALENDAR),
    ([trade("XLON", date(2024, 12, 25))], CALENDAR, 0),
    ([trade("XLON", datetime(2024, 12, 24, 16, 30))], CALENDAR),
    ([trade("XLON", date(9999, 12, 29))], CALENDAR, 1),
    ([trade("XLON", date(9999, 12, 29))], CALENDAR, 5),
    ([trade("XLON", None)], CALENDAR),
    ([trade("XLON", None)], CALENDAR, 0),
    ([trade("XLON", "2024-12-24")], CALENDAR),
    ([trade("xlon", D)], CALENDAR),
    ([trade(" XLON", D)], CALENDAR),
    ([trade("XLON", D)], "XLON,holiday,2024-12-27 # boxing day observed\nXLON , lag , 3\n"),
    ([trade("XLON", D)], "XLON, lag, 3\nXLON, lag, 1\n"),
    ([trade("XLON", D)], "XLON, lag, 02\n"),
    ([trade("XLON", D)], "XLON, lag, +1\n"),
    ([trade("XLON", D)], "XLON, lag, 1.0\n"),
    ([trade("XLON", D)], "XLON, lag, -1\n"),
    ([trade("XLON", D)], "XLON, lag, \n"),
    ([trade("XLON", D)], "XLON, weekend,\n"),
    ([trade("XLON", D)], "XLON, weekend, Sun\nXLON, weekend, Tue Wed\n"),
    ([trade("XLON", D)], "XLON, weekend, Mon Tue Wed Thu Fri Sat\n"),
    ([trade("XLON", D)], "XLON, weekend, Mon Tue Wed Thu Fri Sat Sun\n"),
    ([trade("XLON", D)], "XLON, weekend, Mon Tue Wed Thu Fri Sat Sun\n", 0),
    ([trade("XLON", D)], "XLON, weekend, Sat Sun Sat\n"),
    ([trade("XLON", D)], "XLON, weekend, sat sun\n"),
    ([trade("XPAR", D)], "XLON, weekend, sat sun\n"),
    ([trade("XLON", D)], "XLON, holiday, 2024-12-32\n"),
    ([trade("XPAR", D)], "XLON, holiday, 2024-12-32\n"),
    ([trade("XLON", D)], "XLON, holiday, 20241227\n"),
    ([trade("XLON", D)], "XLON, holidays, 2024-12-27\n"),
    ([trade("XPAR", D)], "XLON, holidays, 2024-12-27\n"),
    ([trade("XPAR", D)], "XLON, holiday\n"),
    ([trade("XPAR", D)], "XLON, holiday, 2024-12-27, extra\n"),
    ([trade("XPAR", D)], "XLON holiday 2024-12-27\n"),
    ([trade("XLON", D)], "XLON, holiday, 2024-12-27\r\nXLON, holiday, 2024-12-30\r\n"),
    ([trade("XLON", D)], "#XLON, holiday, 2024-12-27\nXLON, holiday, 2024-12-30"),
    ([trade("", D)], ", holiday, 2024-12-27\n"),
    ([trade("XLON", D)], None),
    ([trade("XLON", D)], b"XLON, lag, 1\n"),
    (None, CALENDAR),
    ([None], CALENDAR),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(settlement_dates, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(settlement_dates, reference, trades=MIXED, calendar_text=CALENDAR, default_lag=3)
    assert_same(settlement_dates, reference, MIXED, calendar_text=CALENDAR)


def _random_cases():
    rng = random.Random(30099)
    markets = ["XLON", "XNYS", "XTAE", "XPAR"]
    for _ in range(240):
        lines = []
        for market in rng.sample(markets, rng.randint(0, 3)):
            lines.append(f"# {market}")
            if rng.random() < 0.3:
                lines.append(f"{market}, weekend, {' '.join(rng.sample(WEEKDAYS, rng.randint(0, 3)))}")
            if rng.random() < 0.4:
                lines.append(f"{market}, lag, {rng.choice([0, 1, 2, 3, 5])}")
            for _ in range(rng.randint(0, 8)):
                lines.append(f"{market}, holiday, {(date(2024, 12, 15) + timedelta(days=rng.randrange(40))).isoformat()}")
            rng.shuffle(lines)
        if rng.random() < 0.05:
            lines.insert(rng.randint(0, len(lines)), rng.choice(["XLON, holiday", "XNYS, closure, 2024-12-27",
                                                                    "XPAR, holiday, 2024-13-01"]))
        trades = [trade(rng.choice(markets + ["XETR"]), date(2024, 12, 10) + timedelta(days=rng.randrange(30)), f"T{n}")
                  for n in range(rng.randint(0, 8))]
        case = (trades, "\n".join(lines) + rng.choice(["", "\n"]))
        yield case if rng.random() < 0.7 else case + (rng.choice([0, 1, 2, 3, 10]),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(settlement_dates, reference, *case)
