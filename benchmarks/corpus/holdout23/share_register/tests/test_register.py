import pytest

from sharereg.events import ShareEvent, apply_event
from sharereg.register import registers_at
from sharereg.voting import voting_table

E = ShareEvent


def test_apply_event() -> None:
    register: dict = {}
    apply_event(register, E("2020-01-01", "issue", "Trust", "EOT", 600))
    apply_event(register, E("2020-01-02", "transfer", "Trust", "EOT", 600, "Ann"))
    assert register == {"Ann": {"EOT": 600}}
    with pytest.raises(ValueError):
        apply_event(register, E("2020-01-03", "buyback", "Ann", "EOT", 601))
    with pytest.raises(ValueError):
        apply_event(register, E("2020-01-03", "transfer", "Ann", "EOT", 1))


def test_registers_at_record_dates() -> None:
    events = [E("2021-03-01", "transfer", "Founder", "ORD", 100, "Bea"), E("2020-01-01", "issue", "Founder", "ORD", 1000),
              E("2021-03-01", "buyback", "Bea", "ORD", 40), E("2022-06-30", "issue", "Cal", "A", 5)]
    result = registers_at(events, ["2019-12-31", "2021-03-01", "2023-01-01"])
    assert result == {"2019-12-31": {}, "2021-03-01": {"Founder": {"ORD": 900}, "Bea": {"ORD": 60}},
                      "2023-01-01": {"Founder": {"ORD": 900}, "Bea": {"ORD": 60}, "Cal": {"A": 5}}}


def test_bad_event_after_last_record_date() -> None:
    with pytest.raises(ValueError):
        registers_at([E("2020-01-01", "issue", "X", "ORD", 1), E("2025-01-01", "gift", "X", "ORD", 1)], ["2020-06-30"])


def test_voting_table() -> None:
    register = {"Ann": {"ORD": 50}, "Bob": {"A": 5}, "Cy": {"PREF": 100, "ORD": 1}}
    assert voting_table(register, threshold=1.0) == [("Ann", 50, 49.5), ("Bob", 50, 49.5)]
    assert voting_table(register, threshold=0.5)[-1] == ("Cy", 1, 0.99)
    assert voting_table({}) == []
