from datetime import date, datetime

import pytest

from farecap.capping import apply_fare_caps, service_day


def tap(card: str, time: str, fare: int) -> dict:
    return {"card": card, "time": time, "fare": fare}


def test_service_day_boundary() -> None:
    assert service_day(datetime(2024, 4, 9, 4, 29, 59)) == date(2024, 4, 8)
    assert service_day(datetime(2024, 4, 9, 4, 30)) == date(2024, 4, 9)


def test_under_the_cap_pays_full_fares() -> None:
    charges = apply_fare_caps([tap("A", "2024-04-08 08:00:00", 280), tap("A", "2024-04-08 18:00:00", 280)], 810, 4050)
    assert [c["charged"] for c in charges] == [280, 280]


def test_daily_cap() -> None:
    taps = [tap("A", f"2024-04-08 {hour:02d}:00:00", 280) for hour in (8, 10, 12, 14)]
    assert [c["charged"] for c in apply_fare_caps(taps, 810, 4050)] == [280, 280, 250, 0]


def test_late_night_tap_counts_towards_previous_day() -> None:
    taps = [tap("A", "2024-04-08 20:00:00", 500), tap("A", "2024-04-09 01:00:00", 500), tap("A", "2024-04-09 07:00:00", 500)]
    assert [c["charged"] for c in apply_fare_caps(taps, 810, 4050)] == [500, 310, 500]


def test_weekly_cap_resets_on_monday() -> None:
    taps = [tap("A", f"2024-04-{day:02d} 08:00:00", 810) for day in range(8, 16)]
    charged = [c["charged"] for c in apply_fare_caps(taps, 810, 4050)]
    assert charged == [810, 810, 810, 810, 810, 0, 0, 810]


def test_cards_are_capped_separately() -> None:
    taps = [tap("A", "2024-04-08 08:00:00", 810), tap("B", "2024-04-08 08:05:00", 810), tap("A", "2024-04-08 09:00:00", 280)]
    assert [(c["card"], c["charged"]) for c in apply_fare_caps(taps, 810, 4050)] == [("A", 810), ("B", 810), ("A", 0)]


def test_output_in_time_order() -> None:
    taps = [tap("A", "2024-04-08 18:00:00", 280), tap("A", "2024-04-08 08:00:00", 190)]
    assert [c["time"] for c in apply_fare_caps(taps, 810, 4050)] == ["2024-04-08 08:00:00", "2024-04-08 18:00:00"]


def test_bad_time() -> None:
    with pytest.raises(ValueError):
        apply_fare_caps([tap("A", "08/04/2024 08:00", 280)], 810, 4050)


def test_no_taps() -> None:
    assert apply_fare_caps([], 810, 4050) == []
