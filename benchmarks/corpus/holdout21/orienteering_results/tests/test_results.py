import pytest

from sicard.model import Card, Course, find_course
from sicard.results import course_results, match_punches

COURSES = [Course("Short", (31, 32, 33)), Course("Long", (40, 41))]


def card(bib, name, course="Short", start=1000, finish=1400, punches=((31, 1100), (32, 1200), (33, 1300))):
    return Card(bib, name, "OK Test", course, start, finish, punches)


def test_find_course() -> None:
    assert find_course(COURSES, "Long").controls == (40, 41)
    with pytest.raises(KeyError):
        find_course(COURSES, "Middle")


def test_match_punches_allows_extra_punches() -> None:
    assert match_punches((31, 32), ((31, 10), (45, 15), (32, 20))) == [10, 20]
    assert match_punches((31, 32), ((32, 5), (31, 10), (32, 20))) == [10, 20]


def test_match_punches_missing_or_out_of_order() -> None:
    assert match_punches((31, 32), ((32, 5), (31, 10))) is None
    assert match_punches((31, 31), ((31, 5),)) is None
    assert match_punches((), ()) == []


def test_splits_and_time() -> None:
    row = course_results(COURSES, [card(1, "Anna")])["Short"][0]
    assert row["status"] == "ok" and row["time"] == 400 and row["place"] == 1 and row["behind"] == 0
    assert row["splits"] == [100, 100, 100, 100]


def test_ranking_with_ties() -> None:
    cards = [card(1, "Cara", finish=1500), card(2, "Bo", finish=1400), card(3, "Al", finish=1500), card(4, "Di", finish=1600)]
    rows = course_results(COURSES, cards)["Short"]
    assert [(row["name"], row["place"], row["behind"]) for row in rows] == [
        ("Bo", 1, 0), ("Al", 2, 100), ("Cara", 2, 100), ("Di", 4, 200)]


def test_mispunch_and_dnf_after_valid_runners() -> None:
    cards = [card(5, "Dnf", finish=None), card(3, "Mp", punches=((31, 1100),)), card(9, "Ok"), card(1, "Mp2", punches=())]
    rows = course_results(COURSES, cards)["Short"]
    assert [(row["bib"], row["status"]) for row in rows] == [(9, "ok"), (1, "mp"), (3, "mp"), (5, "dnf")]
    assert rows[1]["place"] is None and rows[1]["splits"] == []


def test_every_course_listed_and_unknown_course_rejected() -> None:
    assert course_results(COURSES, []) == {"Short": [], "Long": []}
    with pytest.raises(KeyError):
        course_results(COURSES, [card(1, "Lost", course="Middle")])
