import pytest

from chemstore.limits import lab_breaches
from chemstore.movements import Movement, apply_movement
from chemstore.replay import replay
from chemstore.report import committee_lines


def initial() -> dict:
    return {"CHEM-101": {"C1": ("FL1", 4.0), "C2": ("FL2", 2.5)}, "CHEM-102": {"C3": ("FL1", 8.0)}}


def test_lab_breaches() -> None:
    lab = {"a": ("FL1", 6.0), "b": ("FL1", 5.0), "c": ("TOX", 100.0), "d": ("FL3", 1.0)}
    assert lab_breaches(lab, {"FL1": 10.0, "FL3": 250.0}) == (("FL1", 11.0),)
    assert lab_breaches({}, {"FL1": 10.0}) == ()


def test_apply_movement_errors() -> None:
    holdings = initial()
    with pytest.raises(ValueError):
        apply_movement(holdings, Movement("M1", "transfer", "C9", from_lab="CHEM-101", to_lab="CHEM-102"))
    with pytest.raises(ValueError):
        apply_movement(holdings, Movement("M2", "receive", "C1", to_lab="CHEM-101"))
    with pytest.raises(ValueError):
        apply_movement(holdings, Movement("M3", "borrow", "C1"))


def test_replay_refuses_over_limit_and_keeps_state() -> None:
    start = initial()
    movements = [Movement("M1", "transfer", "C1", from_lab="CHEM-101", to_lab="CHEM-102"),
                 Movement("M2", "receive", "C4", to_lab="CHEM-102", hazard_class="FL1", litres=2.0),
                 Movement("M3", "dispose", "C2", from_lab="CHEM-101"),
                 Movement("M4", "dispose", "C2", from_lab="CHEM-101")]
    outcomes, holdings = replay(movements, start)
    assert outcomes == [("M1", "refused", (("FL1", 12.0),)), ("M2", "accepted", ()), ("M3", "accepted", ()),
                        ("M4", "invalid", ())]
    assert holdings == {"CHEM-101": {"C1": ("FL1", 4.0)}, "CHEM-102": {"C3": ("FL1", 8.0), "C4": ("FL1", 2.0)}}
    assert start == initial()


def test_custom_limits_and_new_lab() -> None:
    outcomes, holdings = replay([Movement("M1", "receive", "C5", to_lab="NEW-1", hazard_class="OX", litres=3.0)],
                                {}, limits={"OX": 2.0})
    assert outcomes == [("M1", "refused", (("OX", 3.0),))] and holdings == {}


def test_committee_lines() -> None:
    outcomes, holdings = replay([Movement("M1", "transfer", "C1", from_lab="CHEM-101", to_lab="CHEM-102")], initial())
    assert committee_lines(outcomes, holdings, top=1) == ["0 movements accepted, 1 refused, 0 invalid",
                                                          "refusals by class: FL1 1", "most flammables: CHEM-102 8.0 L"]
