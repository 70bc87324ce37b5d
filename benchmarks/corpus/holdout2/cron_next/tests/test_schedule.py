from datetime import datetime

import pytest

from cronjobs.schedule import matches, next_runs

START = datetime(2024, 3, 1, 12, 7, 30)  # a Friday


def test_every_quarter_hour() -> None:
    assert next_runs("*/15 * * * *", START, 3) == [
        datetime(2024, 3, 1, 12, 15),
        datetime(2024, 3, 1, 12, 30),
        datetime(2024, 3, 1, 12, 45),
    ]


def test_weekly_job_on_sunday() -> None:
    assert next_runs("0 3 * * 0", START, 2) == [datetime(2024, 3, 3, 3, 0), datetime(2024, 3, 10, 3, 0)]


def test_ranges_and_lists() -> None:
    assert matches("0,30 9-17 * * 1-5", datetime(2024, 3, 1, 17, 30))
    assert not matches("0,30 9-17 * * 1-5", datetime(2024, 3, 2, 10, 0))


def test_rare_schedule_gives_fewer_runs() -> None:
    assert next_runs("0 0 31 2 *", START, 5, horizon_days=3) == []


def test_errors() -> None:
    with pytest.raises(ValueError):
        next_runs("* * * *", START, 0)
    with pytest.raises(ValueError):
        next_runs("61 * * * *", START, 1)
    with pytest.raises(ValueError):
        next_runs("* * * * *", START, -1)
