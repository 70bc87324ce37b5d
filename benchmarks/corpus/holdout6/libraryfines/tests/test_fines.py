import datetime as dt

import pytest

from circulation.calendar import is_open, parse_holidays
from circulation.fines import member_fines, overdue_days

D = dt.date
HOLIDAYS = [D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1)]


def test_is_open() -> None:
    assert is_open(D(2024, 12, 23), HOLIDAYS)
    assert not is_open(D(2024, 12, 22), HOLIDAYS)  # a Sunday
    assert not is_open(D(2024, 12, 25), HOLIDAYS)


def test_parse_holidays() -> None:
    assert parse_holidays("2024-12-25 christmas\n\n2025-01-01\n") == [D(2024, 12, 25), D(2025, 1, 1)]


def test_overdue_days_skips_closed_days() -> None:
    assert overdue_days(D(2024, 12, 20), D(2024, 12, 27), HOLIDAYS) == 4
    assert overdue_days(D(2024, 12, 20), D(2024, 12, 20), HOLIDAYS) == 0
    assert overdue_days(D(2024, 12, 20), D(2024, 12, 1), HOLIDAYS) == 0


def test_member_fines() -> None:
    loans = [
        ("ann", "book1", D(2024, 12, 20), D(2024, 12, 27)),
        ("ann", "book2", D(2024, 12, 20), None),
        ("bob", "dvd", D(2024, 12, 20), D(2024, 12, 19)),
    ]
    assert member_fines(loans, today=D(2024, 12, 24), holidays=HOLIDAYS) == {"ann": 100 + 75}


def test_cap_and_validation() -> None:
    loans = [("cy", "atlas", D(2024, 1, 1), None)]
    assert member_fines(loans, today=D(2024, 6, 1), holidays=[], cap=500) == {"cy": 500}
    with pytest.raises(ValueError):
        member_fines(loans, today=D(2024, 6, 1), holidays=[], daily_rate=-1)
