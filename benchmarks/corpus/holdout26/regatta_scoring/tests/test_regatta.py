import pytest

from regatta.entries import Entry, parse_elapsed, parse_sheet
from regatta.scoring import corrected_time, race_points
from regatta.series import series_standings

PY = {"ILCA7": 1100, "Solo": 1142, "RS400": 942}


def test_parse_sheet() -> None:
    entries = parse_sheet("101 ILCA7 1:02:03\n\n202 Solo 55:10\n303 RS400 dnf\n")
    assert entries == [Entry("101", "ILCA7", 3723), Entry("202", "Solo", 3310), Entry("303", "RS400", 0, "DNF")]
    assert parse_elapsed(" 0:00:59 ") == 59
    for bad in ["1:60:00", "12", "a:bc", "1:2:3:4", "-1:00"]:
        with pytest.raises(ValueError):
            parse_elapsed(bad)


def test_corrected_time() -> None:
    assert corrected_time(Entry("1", "ILCA7", 3300), PY) == 3000
    assert corrected_time(Entry("1", "RS400", 2826), PY) == 3000
    with pytest.raises(ValueError):
        corrected_time(Entry("1", "Oppie", 3000), PY)


def test_race_points_with_ties_and_retirements() -> None:
    entries = [
        Entry("A", "ILCA7", 3300),  # 3000 corrected
        Entry("B", "RS400", 2826),  # 3000 corrected
        Entry("C", "Solo", 3000),   # 2627 corrected
        Entry("D", "Solo", 0, "DNF"),
        Entry("E", "ILCA7", 3400),
    ]
    assert race_points(entries, PY) == {"A": 2.5, "B": 2.5, "C": 1.0, "D": 6.0, "E": 4.0}
    assert list(race_points(entries, PY)) == ["A", "B", "C", "D", "E"]


def test_race_points_errors() -> None:
    with pytest.raises(ValueError):
        race_points([Entry("A", "Solo", 3000), Entry("A", "Solo", 3100)], PY)
    with pytest.raises(ValueError):
        race_points([Entry("A", "Solo", 3000, "LATE")], PY)
    assert race_points([], PY) == {}


def test_series_standings() -> None:
    races = [{"A": 1.0, "B": 2.0}, {"A": 2.0, "B": 1.0, "C": 3.0}, {"A": 1.0, "C": 2.0}]
    table = series_standings(races, discards=1)
    assert [row[0] for row in table] == ["A", "B", "C"]
    assert table[0] == ("A", 2.0, [1.0, 2.0, 1.0])
    assert table[1] == ("B", 3.0, [2.0, 1.0, 4.0])
    assert series_standings([]) == []
