import pytest

from butterfly_transects.annual import annual_index, county_totals
from butterfly_transects.checklist import Species, read_checklist
from butterfly_transects.counts import review_counts

CHECKLIST = """# County checklist 2024
Pieris brassicae | Large White | cabbage white; large cabbage white
Pieris rapae | Small White | cabbage white
Aglais io | Peacock
Maniola jurtina | Meadow Brown | MB
"""


def visit(species, count=1, transect="T01", section=1, date="2024-07-01"):
    return {"transect": transect, "section": section, "date": date, "species": species, "count": count}


@pytest.fixture
def checklist():
    return read_checklist(CHECKLIST)


def test_read_checklist(checklist) -> None:
    assert len(checklist) == 4
    assert checklist[0] == Species("Pieris brassicae", "Large White", ("cabbage white", "large cabbage white"))
    assert checklist[2].aliases == ()
    with pytest.raises(ValueError):
        read_checklist("Aglais io\n")


def test_names_aliases_and_case(checklist) -> None:
    result = review_counts([visit(" peacock "), visit("MANIOLA JURTINA"), visit("mb")], checklist)
    assert [r["species"] for r in result["accepted"]] == ["Peacock", "Meadow Brown", "Meadow Brown"]


def test_ambiguous_alias_takes_first_species(checklist) -> None:
    [record] = review_counts([visit("Cabbage White")], checklist)["accepted"]
    assert record["species"] == "Large White"


def test_unrecognised_names(checklist) -> None:
    result = review_counts([visit("Purple Emperor"), visit("purple emperor "), visit("Peacok")], checklist)
    assert result["unrecognised"] == ["purple emperor", "peacok"]
    assert result["accepted"] == []


def test_nil_returns_skipped(checklist) -> None:
    result = review_counts([visit("Peacock", 0), visit("Nothing", 0)], checklist)
    assert result == {"accepted": [], "unrecognised": [], "first_records": []}


def test_first_records(checklist) -> None:
    visits = [visit("Peacock", date="2024-06-01"), visit("Peacock", date="2024-06-08"),
              visit("Peacock", transect="T02", date="2024-06-09"), visit("Aglais io", date="2024-06-15")]
    assert review_counts(visits, checklist)["first_records"] == [("T01", "Peacock", "2024-06-01"),
                                                                ("T02", "Peacock", "2024-06-09")]


def test_annual_index(checklist) -> None:
    accepted = review_counts([visit("Peacock", 3), visit("Peacock", 2, section=2), visit("MB", 5, transect="T02")],
                             checklist)["accepted"]
    index = annual_index(accepted)
    assert index == {"T01": {"Peacock": 5}, "T02": {"Meadow Brown": 5}}
    assert county_totals(index) == [("Meadow Brown", 5, 1), ("Peacock", 5, 1)]
