import pytest

from enrolment.registrar import Registrar, RegistrationError


def test_enrol_until_full_then_waitlist() -> None:
    r = Registrar({"CS101": 2})
    log = r.process([("enrol", "ann", "CS101"), ("enrol", "bob", "CS101"), ("enrol", "cat", "CS101")])
    assert log[-1] == "CS101: cat waitlisted at 1"
    assert r.courses["CS101"].enrolled == ["ann", "bob"]


def test_drop_promotes_head_of_waitlist() -> None:
    r = Registrar({"CS101": 1})
    log = r.process([("enrol", "ann", "CS101"), ("enrol", "bob", "CS101"), ("enrol", "cat", "CS101"),
                     ("drop", "ann", "CS101")])
    assert log[-2:] == ["CS101: ann dropped", "CS101: bob promoted"]
    assert r.courses["CS101"].waitlist == ["cat"]


def test_duplicate_enrolment() -> None:
    r = Registrar({"M1": 5})
    assert r.process([("enrol", "ann", "M1"), ("enrol", "ann", "M1")])[-1] == "M1: ann already registered"


def test_leave_waitlist() -> None:
    r = Registrar({"M1": 0})
    assert r.process([("enrol", "ann", "M1"), ("drop", "ann", "M1")]) == ["M1: ann waitlisted at 1", "M1: ann left waitlist"]


def test_drop_unknown_student() -> None:
    assert Registrar({"M1": 1}).process([("drop", "zed", "M1")]) == ["M1: zed not registered"]


def test_unknown_course_keeps_earlier_events() -> None:
    r = Registrar({"M1": 1})
    with pytest.raises(RegistrationError):
        r.process([("enrol", "ann", "M1"), ("enrol", "bob", "X9")])
    assert r.courses["M1"].enrolled == ["ann"]


def test_unknown_action() -> None:
    with pytest.raises(RegistrationError):
        Registrar({"M1": 1}).process([("audit", "ann", "M1")])


def test_summary() -> None:
    r = Registrar({"A": 1, "B": 3})
    r.process([("enrol", "x", "A"), ("enrol", "y", "A"), ("enrol", "x", "B")])
    assert r.summary() == {"A": (1, 1), "B": (1, 0)}
