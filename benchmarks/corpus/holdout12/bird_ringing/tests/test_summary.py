import pytest

from ringlog.summary import Capture, SpeciesSummary, species_summary

LOG = [
    Capture("2023-05-02", "Robin", "A1", "N", 72, 17.5),
    Capture("2023-04-30", "Wren", "A2", "N", 48, None),
    Capture("2023-05-10", "Robin", "A1", "R", 73, 18.0),
    Capture("2023-05-01", "Robin", "A3", "N", None, 16.0),
    Capture("2023-06-01", "Wren", "A2", "R", 49, 9.1),
]


def test_counts() -> None:
    robin = species_summary(LOG)[0]
    assert robin.species == "Robin"
    assert (robin.captures, robin.new, robin.retraps, robin.individuals) == (3, 2, 1, 2)


def test_dates() -> None:
    robin, wren = species_summary(LOG)
    assert (robin.first_date, robin.last_date) == ("2023-05-01", "2023-05-10")
    assert (wren.first_date, wren.last_date) == ("2023-04-30", "2023-06-01")


def test_means_skip_missing_measurements() -> None:
    robin, wren = species_summary(LOG)
    assert robin.mean_wing == 72.5
    assert robin.mean_mass == 17.2
    assert wren.mean_mass == 9.1


def test_no_measurements_gives_none() -> None:
    (row,) = species_summary([Capture("2023-01-01", "Jay", "B1", "N")])
    assert row == SpeciesSummary("Jay", 1, 1, 0, 1, "2023-01-01", "2023-01-01", None, None)


def test_order_by_count_then_name() -> None:
    log = [Capture("2023-01-01", name, f"R{i}", "N") for i, name in enumerate(["Wren", "Jay", "Wren", "Coal Tit", "Jay"])]
    assert [row.species for row in species_summary(log)] == ["Jay", "Wren", "Coal Tit"]


def test_unknown_kind() -> None:
    with pytest.raises(ValueError):
        species_summary([Capture("2023-01-01", "Jay", "B1", "X")])


def test_empty_log() -> None:
    assert species_summary([]) == []
