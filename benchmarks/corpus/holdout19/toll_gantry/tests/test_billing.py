from datetime import date, datetime

from tollroad.billing import Statement, monthly_statements
from tollroad.holidays import easter_sunday, is_off_peak_day, nth_weekday, public_holidays
from tollroad.tariff import Passage, Tariff, passage_charge

TARIFF = Tariff({"G1": 200, "G2": 100}, daily_caps={1: 500})


def test_easter_dates() -> None:
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)


def test_nth_weekday() -> None:
    assert nth_weekday(2024, 5, 0, 1) == date(2024, 5, 6)
    assert nth_weekday(2024, 5, 0, -1) == date(2024, 5, 27)


def test_christmas_substitute_days() -> None:
    holidays = public_holidays(2021)  # Christmas on a Saturday
    assert date(2021, 12, 27) in holidays and date(2021, 12, 28) in holidays
    assert len(holidays) == 8


def test_off_peak_days() -> None:
    assert is_off_peak_day(date(2024, 3, 29))  # Good Friday
    assert is_off_peak_day(date(2024, 3, 30))  # Saturday
    assert not is_off_peak_day(date(2024, 3, 28))


def test_peak_and_off_peak_charges() -> None:
    assert passage_charge(Passage("AB12 CDE", "G1", datetime(2024, 3, 28, 8, 15)), TARIFF) == 250
    assert passage_charge(Passage("AB12 CDE", "G1", datetime(2024, 3, 28, 12, 0)), TARIFF) == 200
    assert passage_charge(Passage("AB12 CDE", "G1", datetime(2024, 3, 29, 8, 15)), TARIFF) == 160
    assert passage_charge(Passage("AB12 CDE", "G2", datetime(2024, 3, 28, 12, 0), 3), TARIFF) == 250


def test_no_passages() -> None:
    assert monthly_statements([], TARIFF) == {}


def test_statement_per_month_and_plate() -> None:
    reads = [Passage("AB12 CDE", "G2", datetime(2024, 2, 29, 12, 0)), Passage("AB12 CDE", "G2", datetime(2024, 3, 1, 12, 0)),
             Passage("XY70 ZZZ", "G2", datetime(2024, 3, 2, 12, 0))]
    statements = monthly_statements(reads, TARIFF)
    assert sorted(statements) == [("AB12 CDE", "2024-02"), ("AB12 CDE", "2024-03"), ("XY70 ZZZ", "2024-03")]
    assert statements[("XY70 ZZZ", "2024-03")] == Statement("XY70 ZZZ", "2024-03", 1, 1, 0, 80, {"2024-03-02": 80})


def test_daily_cap() -> None:
    reads = [Passage("AB12 CDE", "G1", datetime(2024, 3, 28, hour, 30)) for hour in (11, 8, 13, 14)]
    statement = monthly_statements(reads, TARIFF)[("AB12 CDE", "2024-03")]
    assert statement.total == 500
    assert statement.capped_days == 1
    assert statement.days == {"2024-03-28": 500}
