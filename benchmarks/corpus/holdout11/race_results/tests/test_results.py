import pytest

from chiptime.results import format_duration, rank_results

ENTRANTS = {1: ("Ana", "W35"), 2: ("Ben", "M40"), 3: ("Cai", "M40"), 4: ("Dee", "W35"), 5: ("Eli", "M18")}


def test_fastest_first_with_net_time() -> None:
    rows = rank_results(ENTRANTS, [(1, 30, 10830), (2, 0, 10000), (3, 300, 10200)])
    assert [row["bib"] for row in rows] == [3, 2, 1]
    assert rows[0]["time"] == "2:45:00"


def test_ties_share_place() -> None:
    rows = rank_results(ENTRANTS, [(1, 0, 100), (2, 0, 100), (3, 0, 200)])
    assert [(row["bib"], row["place"]) for row in rows] == [(1, 1), (2, 1), (3, 3)]


def test_category_places() -> None:
    rows = rank_results(ENTRANTS, [(1, 0, 300), (2, 0, 100), (3, 0, 200), (4, 0, 250)])
    places = {row["bib"]: row["category_place"] for row in rows}
    assert places == {1: 2, 2: 1, 3: 2, 4: 1}


def test_dnf_and_later_read_wins() -> None:
    rows = rank_results(ENTRANTS, [(1, 0, None), (2, 0, 500), (2, 0, 400), (3, 0, 100), (3, 0, None)])
    assert [(row["bib"], row["net"]) for row in rows] == [(2, 400)]


def test_unknown_bib() -> None:
    with pytest.raises(KeyError):
        rank_results(ENTRANTS, [(99, 0, 100)])


def test_format_duration() -> None:
    assert format_duration(7325) == "2:02:05"
    assert format_duration(59.5) == "0:00:59.5"


def test_no_reads() -> None:
    assert rank_results(ENTRANTS, []) == []
