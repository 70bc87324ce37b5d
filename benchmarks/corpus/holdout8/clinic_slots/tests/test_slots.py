import pytest

from clinic.slots import format_hhmm, open_slots, parse_hhmm


def test_empty_calendar() -> None:
    assert open_slots([], 540, 600, 30, step=15) == [540, 555, 570]


def test_touching_bookings_are_fine() -> None:
    assert open_slots([(540, 570)], 540, 630, 30, step=30) == [570, 600]


def test_overlap_blocks_slot() -> None:
    assert open_slots([(550, 560)], 540, 600, 20, step=10) == [560, 570, 580]


def test_bad_booking() -> None:
    with pytest.raises(ValueError, match="booking 1"):
        open_slots([(1, 2), (5, 3)], 0, 60, 10)


def test_time_helpers() -> None:
    assert parse_hhmm("09:30") == 570
    assert format_hhmm(570) == "09:30"
    assert format_hhmm(24 * 60 + 5) == "00:05"
