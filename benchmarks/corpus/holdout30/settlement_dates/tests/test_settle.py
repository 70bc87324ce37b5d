from datetime import date
from decimal import Decimal

import pytest

from settlement_dates.blotter import Trade, parse_blotter
from settlement_dates.calendars import calendar_lines, markets_in
from settlement_dates.settle import Instruction, instructions, settlement_dates

CALENDAR = "\n".join(
    calendar_lines("XLON", [date(2024, 12, 25), date(2024, 12, 26)], note="London")
    + calendar_lines("XNYS", [date(2024, 12, 25)], lag=1)
    + calendar_lines("XTAE", [], weekend=("Fri", "Sat"))
) + "\n"


def trade(market, day, side="B"):
    return Trade("T1", market, "GB0000000001", side, 100, Decimal("12.345"), day)


def test_t_plus_two_over_weekend() -> None:
    assert settlement_dates([trade("XLON", date(2024, 3, 7))], CALENDAR) == [date(2024, 3, 11)]


def test_holidays_are_skipped() -> None:
    assert settlement_dates([trade("XLON", date(2024, 12, 24))], CALENDAR) == [date(2024, 12, 30)]


def test_market_lag_and_weekend() -> None:
    assert settlement_dates([trade("XNYS", date(2024, 12, 24))], CALENDAR) == [date(2024, 12, 26)]
    assert settlement_dates([trade("XTAE", date(2024, 3, 7))], CALENDAR) == [date(2024, 3, 11)]


def test_unknown_market_uses_defaults() -> None:
    assert settlement_dates([trade("XPAR", date(2024, 12, 24))], CALENDAR) == [date(2024, 12, 26)]
    assert settlement_dates([trade("XPAR", date(2024, 12, 24))], CALENDAR, default_lag=0) == [date(2024, 12, 24)]


def test_calendar_errors() -> None:
    with pytest.raises(ValueError):
        settlement_dates([trade("XLON", date(2024, 3, 7))], "XLON, holiday\n")
    with pytest.raises(ValueError):
        settlement_dates([trade("XLON", date(2024, 3, 7))], "XLON, weekend, Sat Sunday\n")
    with pytest.raises(ValueError):
        settlement_dates([trade("XLON", date(2024, 3, 7))], "XLON, weekend, Mon Tue Wed Thu Fri Sat Sun\n")
    with pytest.raises(ValueError):
        settlement_dates([trade("XLON", date(2024, 3, 7))], "XLON, lag, -1\n")
    assert settlement_dates([], "garbage\n") == []


def test_markets_in() -> None:
    assert markets_in(CALENDAR) == ["XLON", "XNYS", "XTAE"]


def test_blotter_and_instructions() -> None:
    text = ("trade_id,market,isin,side,quantity,price,trade_date\n"
            "T1,XLON,GB0000000001,s,100,12.345,2024-03-07\n")
    trades = parse_blotter(text)
    assert trades == [Trade("T1", "XLON", "GB0000000001", "S", 100, Decimal("12.345"), date(2024, 3, 7))]
    assert instructions(trades, CALENDAR) == [Instruction("T1", "DVP", "GB0000000001", 100, Decimal("1234.50"),
                                                          date(2024, 3, 11))]
    with pytest.raises(ValueError):
        parse_blotter("trade_id,market,isin,side,quantity,price,trade_date\nT1,XLON,GB1,X,1,1,2024-03-07\n")
