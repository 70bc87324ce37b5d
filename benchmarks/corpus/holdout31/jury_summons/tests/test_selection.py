from datetime import date

import pytest

from jury_summons.history import parse_excusals, parse_service_log
from jury_summons.roll import parse_roll
from jury_summons.selection import draw_summons, eligible_pool, summons_letters

START = date(2024, 9, 2)


def elector(number, born=date(1980, 5, 1), name="Ann SMITH", postcode="LS1 1AA"):
    return {"elector_no": number, "name": name, "postcode": postcode, "dob": born}


def test_age_limits() -> None:
    electors = [elector("A1", date(2006, 9, 2)), elector("A2", date(2006, 9, 3)),
                elector("A3", date(1948, 9, 3)), elector("A4", date(1948, 9, 2))]
    pool = eligible_pool(electors, [], [], START)
    assert [person["elector_no"] for person in pool] == ["A1", "A3"]


def test_recent_service_is_excluded() -> None:
    electors = [elector("A1"), elector("A2"), elector("A3")]
    service = [{"elector_no": "A1", "served_on": date(2023, 1, 9), "court": "X"},
               {"elector_no": "A2", "served_on": date(2022, 9, 2), "court": "X"},
               {"elector_no": "A3", "served_on": date(2024, 10, 7), "court": "X"}]
    pool = eligible_pool(electors, service, [], START)
    assert [person["elector_no"] for person in pool] == ["A2", "A3"]


def test_excusals_run_until_their_end_date() -> None:
    electors = [elector("A1"), elector("A2")]
    excusals = [{"elector_no": "A1", "until": START, "reason": "medical"},
                {"elector_no": "A2", "until": date(2024, 9, 1), "reason": "carer"}]
    pool = eligible_pool(electors, [], excusals, START)
    assert [person["elector_no"] for person in pool] == ["A2"]


def test_custom_limits() -> None:
    electors = [elector("A1", date(1950, 1, 1))]
    service = [{"elector_no": "A1", "served_on": date(2023, 9, 1), "court": "X"}]
    assert eligible_pool(electors, service, [], START, max_age=70) == []
    assert eligible_pool(electors, service, [], START, max_age=80, cooldown_days=365) == electors


def test_draw_is_reproducible() -> None:
    pool = [elector(f"A{number}") for number in range(20)]
    first = draw_summons(pool, 5, seed=7)
    assert first == draw_summons(pool, 5, seed=7)
    assert len(first) == 5 and len({person["elector_no"] for person in first}) == 5
    assert len(draw_summons(pool[:3], 5, seed=7)) == 3


def test_summons_letters() -> None:
    lines = summons_letters([elector("A1")], "LEEDS-CC", START)
    assert lines == ["A1|Ann SMITH|LS1 1AA|LEEDS-CC|2024-09-02"]


def test_parse_roll() -> None:
    text = "elector_no,surname,forenames,postcode,date_of_birth\nab001,Smith,Ann,ls1  1aa,1980-05-01\n"
    assert parse_roll(text) == [elector("AB001")]
    with pytest.raises(ValueError):
        parse_roll("AB002,Smith,Ann,LS1 1AA\n")
    with pytest.raises(ValueError):
        parse_roll("AB002,Smith,Ann,LS1 1AA,1980-13-01\n")


def test_parse_history() -> None:
    service = parse_service_log(["# log", "ab1 2023-01-09 LEEDS-CC", ""])
    assert service == [{"elector_no": "AB1", "served_on": date(2023, 1, 9), "court": "LEEDS-CC"}]
    excusals = parse_excusals(["AB2 2024-12-31 carer for parent", "AB3 2025-01-01"])
    assert excusals[0]["reason"] == "carer for parent" and excusals[1]["reason"] == ""
    with pytest.raises(ValueError):
        parse_service_log(["AB1 2023-01-09"])
