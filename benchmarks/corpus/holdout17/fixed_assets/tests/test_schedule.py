import pytest

from assetreg.methods import accumulated_depreciation, monthly_charge
from assetreg.register import Asset, month_number, period_label
from assetreg.schedule import depreciation_schedule

LAPTOP = Asset("FA-1", "Laptop", 1000.0, 0.0, 3, "SL", "2024-01")
PRESS = Asset("FA-2", "Press", 12000.0, 2000.0, 10, "DDB", "2024-02")


def test_periods_round_trip() -> None:
    assert month_number("2024-01") == 2024 * 12
    assert period_label(month_number("2023-12")) == "2023-12"
    with pytest.raises(ValueError):
        month_number("2024-13")


def test_straight_line_last_month_takes_rounding() -> None:
    assert [monthly_charge(LAPTOP, age) for age in range(4)] == [333.33, 333.33, 333.34, 0.0]
    assert accumulated_depreciation(LAPTOP, 5) == 1000.0


def test_declining_balance_stops_at_salvage() -> None:
    charges = [monthly_charge(PRESS, age) for age in range(10)]
    assert charges[0] == 2400.0
    assert round(sum(charges), 2) == 10000.0
    assert accumulated_depreciation(PRESS, 9) == 10000.0


def test_unknown_method() -> None:
    with pytest.raises(ValueError):
        monthly_charge(Asset("FA-3", "Odd", 10.0, 0.0, 5, "SYD", "2024-01"), 0)


def test_schedule_rows_and_totals() -> None:
    schedule = depreciation_schedule([LAPTOP, PRESS], "2024-01", "2024-02")
    assert schedule["rows"] == [
        ("2024-01", "FA-1", 333.33, 333.33, 666.67),
        ("2024-02", "FA-1", 333.33, 666.66, 333.34),
        ("2024-02", "FA-2", 2400.0, 2400.0, 9600.0),
    ]
    assert schedule["totals"] == {"2024-01": 333.33, "2024-02": 2733.33}


def test_disposed_assets_drop_out() -> None:
    sold = Asset("FA-4", "Van", 600.0, 0.0, 6, "SL", "2024-01", disposed="2024-02")
    schedule = depreciation_schedule([sold], "2024-01", "2024-04")
    assert [row[0] for row in schedule["rows"]] == ["2024-01", "2024-02"]


def test_bad_range() -> None:
    with pytest.raises(ValueError):
        depreciation_schedule([LAPTOP], "2024-05", "2024-04")
