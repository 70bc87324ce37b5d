import pytest

from harbour_dues.billing import dues_lines
from harbour_dues.invoices import owner_invoices, unregistered
from harbour_dues.register import dues_pence, normalise_pln

REGISTER = [
    {"pln": "PZ 123", "owner": "Old Owner", "length_m": 9.5, "valid_from": "2015-01-01", "valid_to": "2024-02-29"},
    {"pln": "PZ 123", "owner": "New Owner", "length_m": 9.5, "valid_from": "2024-03-01", "valid_to": None},
    {"pln": "FH 7", "owner": "Trawlers Ltd", "length_m": 27.4, "valid_from": "2010-06-01", "valid_to": None},
]


def landing(vessel, day, weight, ident="LD1"):
    return {"id": ident, "vessel": vessel, "date": day, "weight_kg": weight}


def test_normalise_pln() -> None:
    assert normalise_pln("pz 0123") == "PZ 123"
    assert normalise_pln(" PZ-123 ") == "PZ 123"
    assert normalise_pln("ins45") == "INS 45"
    with pytest.raises(ValueError):
        normalise_pln("Girl Rachel")


def test_dues_by_band_with_minimum() -> None:
    assert dues_pence(9.5, 2000) == 2300
    assert dues_pence(9.5, 100) == 800
    assert dues_pence(27.4, 10_000) == 16200
    assert dues_pence(15.0, 1000) == 1500


def test_register_row_by_date() -> None:
    lines = dues_lines([landing("PZ123", "2024-02-29", 2000, "A"), landing("pz 123", "2024-03-01", 2000, "B")], REGISTER)
    assert [line["owner"] for line in lines] == ["Old Owner", "New Owner"]
    assert lines[0] == {"id": "A", "pln": "PZ 123", "owner": "Old Owner", "dues": 2300, "problem": None}


def test_unregistered_vessels() -> None:
    lines = dues_lines([landing("SS 99", "2024-03-05", 500), landing("PZ 123", "2014-12-31", 500)], REGISTER)
    assert [line["problem"] for line in lines] == ["unregistered", "unregistered"]
    assert lines[0]["dues"] == 0 and lines[0]["owner"] is None
    assert unregistered(lines) == ["SS 99", "PZ 123"]


def test_first_matching_row_wins() -> None:
    register = REGISTER + [{"pln": "FH 7", "owner": "Duplicate", "length_m": 9.0, "valid_from": "2000-01-01",
                            "valid_to": None}]
    [line] = dues_lines([landing("FH 7", "2024-03-10", 1000)], register)
    assert line["owner"] == "Trawlers Ltd"


def test_bad_vessel_mark() -> None:
    with pytest.raises(ValueError):
        dues_lines([landing("Girl Rachel", "2024-03-10", 1000)], REGISTER)
    assert dues_lines([], REGISTER) == []


def test_owner_invoices() -> None:
    lines = dues_lines([landing("PZ 123", "2024-03-02", 2000, "A"), landing("FH7", "2024-03-03", 10000, "B"),
                        landing("PZ 123", "2024-03-04", 100, "C"), landing("SS 1", "2024-03-04", 100, "D")], REGISTER)
    assert owner_invoices(lines) == {"New Owner": {"landings": 2, "dues": 3100},
                                     "Trawlers Ltd": {"landings": 1, "dues": 16200}}
