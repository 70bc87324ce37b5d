import pytest

from heatsheet.entries import Entry, format_time, parse_time
from heatsheet.programme import programme_lines
from heatsheet.seeding import heat_sizes, lane_order, seed_heats


def entries(*times: float | None) -> list[Entry]:
    return [Entry(f"S{n}", "Club", time) for n, time in enumerate(times)]


def test_times() -> None:
    assert parse_time("1:02.34") == 62.34 and parse_time(" 58.9 ") == 58.9 and parse_time("nt") is None
    assert format_time(62.34) == "1:02.34" and format_time(58.9) == "58.90" and format_time(None) == "NT"
    with pytest.raises(ValueError):
        parse_time("fast")


def test_lane_order_and_heat_sizes() -> None:
    assert lane_order(8) == [4, 5, 3, 6, 2, 7, 1, 8]
    assert lane_order(5) == [3, 4, 2, 5, 1]
    assert heat_sizes(17, 8) == [3, 6, 8] and heat_sizes(16, 8) == [8, 8] and heat_sizes(0, 8) == []
    assert heat_sizes(5, 8) == [5] and heat_sizes(3, 2) == [1, 2]


def test_single_heat_centre_lanes() -> None:
    [heat] = seed_heats(entries(30.0, 29.0, None, 31.5), lanes=6)
    assert [(lane, entry.swimmer) for lane, entry in heat] == [(2, "S3"), (3, "S1"), (4, "S0"), (5, "S2")]


def test_fastest_heat_last_and_ties_keep_entry_order() -> None:
    heats = seed_heats(entries(30.0, 29.0, 30.0, 28.0, 33.0), lanes=3)
    assert [[entry.swimmer for _, entry in heat] for heat in heats] == [["S4", "S0", "S2"], ["S3", "S1"]]


def test_short_course_times_are_converted() -> None:
    sc = Entry("SC", "Club", 29.5, "SC")
    [heat] = seed_heats([Entry("LC", "Club", 30.0), sc], lanes=2)
    assert [entry.swimmer for _, entry in heat] == ["LC", "SC"]


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        seed_heats(entries(30.0), lanes=0)
    with pytest.raises(ValueError):
        seed_heats(entries(0.0))
    with pytest.raises(ValueError):
        seed_heats([Entry("X", "Club", 30.0, "yards")])


def test_programme() -> None:
    lines = programme_lines("Event 1", seed_heats(entries(30.0), lanes=8))
    assert lines == ["Event 1", "  Heat 1 of 1", "     4  S0                          Club                       30.00"]
