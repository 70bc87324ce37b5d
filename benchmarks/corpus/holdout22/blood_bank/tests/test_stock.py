import pytest

from transfusion.groups import donor_groups, normalise_group
from transfusion.stock import Receipt, Request, Unit, replay


def receipt(day: str, unit_id: str, group: str, expires: str) -> Receipt:
    return Receipt(day, Unit(unit_id, group, expires))


def test_normalise_group() -> None:
    assert normalise_group("a pos") == "A+"
    assert normalise_group(" ab NEG") == "AB-"
    with pytest.raises(ValueError):
        normalise_group("C+")


def test_donor_preference() -> None:
    assert donor_groups("O-") == ["O-"]
    assert donor_groups("A+")[0] == "A+" and donor_groups("A+")[-1] == "O-"


def test_first_to_expire_is_issued() -> None:
    events = [receipt("2024-01-01", "U2", "A+", "2024-02-10"), receipt("2024-01-01", "U1", "A+", "2024-02-01"),
              Request("2024-01-05", "R1", "A+", 1)]
    result = replay(events)
    assert result["issued"] == {"R1": ["U1"]}
    assert result["remaining"] == ["U2"]


def test_identical_group_preferred_then_compatible() -> None:
    events = [receipt("2024-01-01", "O1", "O-", "2024-01-20"), receipt("2024-01-01", "A1", "A+", "2024-02-20"),
              Request("2024-01-05", "R1", "A+", 2), Request("2024-01-06", "R2", "O-", 1)]
    result = replay(events)
    assert result["issued"] == {"R1": ["A1", "O1"], "R2": []}
    assert result["short"] == {"R2": 1}


def test_expired_units_are_wasted() -> None:
    events = [receipt("2024-01-01", "U1", "B+", "2024-01-10"), receipt("2024-01-01", "U2", "B+", "2024-01-11"),
              Request("2024-01-11", "R1", "B+", 1)]
    result = replay(events)
    assert result["wasted"] == ["U1"] and result["issued"] == {"R1": ["U2"]}
    assert result["stock"] == {}


def test_stock_summary() -> None:
    events = [receipt("2024-01-01", "U1", "o neg", "2024-01-10"), receipt("2024-01-01", "U2", "A+", "2024-01-11")]
    assert replay(events)["stock"] == {"A+": 1, "O-": 1}
    assert replay([]) == {"issued": {}, "short": {}, "wasted": [], "remaining": [], "stock": {}}
