"""Strict equivalence tests for Registrar.process (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from enrolment.registrar import Course, Registrar, RegistrationError
from strict_support import assert_same

TARGET = "enrolment/registrar.py:Registrar.process"


def reference(self, events):
    log = []
    for action, student, code in events:
        course = self.courses.get(code)
        if course is None:
            raise RegistrationError(f"unknown course {code!r}")
        if action == "enrol":
            if student in course.enrolled or student in course.waitlist:
                log.append(f"{code}: {student} already registered")
            elif len(course.enrolled) < course.capacity:
                course.enrolled.append(student)
                log.append(f"{code}: {student} enrolled")
            else:
                course.waitlist.append(student)
                log.append(f"{code}: {student} waitlisted at {len(course.waitlist)}")
        elif action == "drop":
            if student in course.enrolled:
                course.enrolled.remove(student)
                log.append(f"{code}: {student} dropped")
                if course.waitlist:
                    promoted = course.waitlist.pop(0)
                    course.enrolled.append(promoted)
                    log.append(f"{code}: {promoted} promoted")
            elif student in course.waitlist:
                course.waitlist.remove(student)
                log.append(f"{code}: {student} left waitlist")
            else:
                log.append(f"{code}: {student} not registered")
        else:
            raise RegistrationError(f"unknown action {action!r}")
    return log


def registrar(capacities, **state):
    r = Registrar(capacities)
    for code, (enrolled, waitlist) in state.items():
        r.courses[code].enrolled = list(enrolled)
        r.courses[code].waitlist = list(waitlist)
    return r


def E(a, s, c="C"):
    return (a, s, c)


CASES = [
    (registrar({}), []),
    (registrar({"C": 1}), []),
    (registrar({}), [E("enrol", "a")]),
    (registrar({"C": 1}), [E("enrol", "a")]),
    (registrar({"C": 0}), [E("enrol", "a")]),
    (registrar({"C": -1}), [E("enrol", "a"), E("drop", "a")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "a")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("enrol", "b")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("enrol", "c"), E("drop", "a"), E("drop", "b"), E("drop", "c")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("drop", "b"), E("drop", "a"), E("enrol", "b")]),
    (registrar({"C": 2}), [E("drop", "x")]),
    (registrar({"C": 2}), [E("enrol", "a"), E("drop", "a"), E("drop", "a"), E("enrol", "a")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("enrol", "c"), E("drop", "c"), E("enrol", "c"), E("drop", "a")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("enrol", "b"), E("enrol", "c"), E("drop", "b"), E("drop", "a")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("Enrol", "b")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol ", "b")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("", "b")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b", "c")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b", None)]),
    (registrar({"C": 1}), [E("bogus", "a", "missing")]),
    (registrar({"C": 1, "D": 1}), [E("enrol", "a"), E("enrol", "a", "D"), E("enrol", "b", "D"), E("drop", "a"), E("drop", "a", "D")]),
    (registrar({"C": 1}), [E("enrol", "é"), E("enrol", "e\u0301"), E("enrol", "É"), E("drop", "é")]),
    (registrar({"C": 1}), [E("enrol", ""), E("enrol", " "), E("drop", ""), E("drop", " ")]),
    (registrar({"C": 1}), [E("enrol", "a\n"), E("enrol", "a"), E("drop", "a\n")]),
    (registrar({"C": 1}), [E("enrol", 1), E("enrol", 1.0), E("enrol", True), E("drop", 1)]),
    (registrar({"C": 1}), [("enrol", "a")]),
    (registrar({"C": 1}), [("enrol", "a", "C", "x")]),
    (registrar({"C": 1}), [["enrol", "a", "C"], ["drop", "a", "C"]]),
    (registrar({"C": 1}), (E("enrol", "a"), E("enrol", "b"))),
    (registrar({"C": 2}, C=(["a", "b", "c"], [])), [E("drop", "a"), E("enrol", "d"), E("drop", "b"), E("drop", "c"), E("enrol", "e")]),
    (registrar({"C": 1}, C=(["a"], ["b", "c", "d"])), [E("drop", "c"), E("drop", "a"), E("enrol", "c"), E("drop", "b")]),
    (registrar({"C": 1}, C=(["a"], ["a"])), [E("drop", "a"), E("drop", "a"), E("drop", "a")]),
    (registrar({"C": 1}, C=(["a"], ["b"])), [E("enrol", "b"), E("drop", "b"), E("drop", "b")]),
    (registrar({"C": 0}, C=([], ["x", "y"])), [E("enrol", "z"), E("drop", "x"), E("drop", "q")]),
    (registrar({"C": 1}), [E("enrol", "a"), E("enrol", "b"), E("enrol", "c"), E("drop", "a"), E("enrol", "a"), E("oops", "a")]),
]


def _random_cases():
    rng = random.Random(6060)
    for _ in range(150):
        codes = [f"K{i}" for i in range(rng.randint(1, 4))]
        r = registrar({code: rng.randint(0, 4) for code in codes})
        students = [f"st{i}" for i in range(rng.randint(1, 12))]
        events = []
        for _ in range(rng.randint(0, 60)):
            action = rng.choice(["enrol", "enrol", "drop"])
            events.append((action, rng.choice(students), rng.choice(codes)))
        if rng.random() < 0.08:
            events.insert(rng.randint(0, len(events)), ("enrol", "x", "NOPE"))
        if rng.random() < 0.05:
            events.insert(rng.randint(0, len(events)), ("swap", "x", codes[0]))
        yield r, events


@pytest.mark.parametrize("args", CASES + list(_random_cases()))
def test_same_as_reference(args) -> None:
    assert_same(Registrar.process, reference, *args)


def test_repeated_calls_keep_state() -> None:
    a, b = registrar({"C": 2}), registrar({"C": 2})
    rng = random.Random(3)
    for _ in range(20):
        events = [(rng.choice(["enrol", "drop"]), rng.choice("abcdefg"), "C") for _ in range(10)]
        assert a.process(events) == reference(b, events)
        assert a.courses == b.courses


def test_state_edited_between_calls() -> None:
    a, b = registrar({"C": 1}), registrar({"C": 1})
    events = [E("enrol", "a"), E("enrol", "b"), E("enrol", "c")]
    assert a.process(events) == reference(b, events)
    for r in (a, b):
        r.courses["C"].waitlist.remove("b")
        r.courses["C"].enrolled.append("z")
        r.courses["D"] = Course("D", 1)
    events = [E("enrol", "b"), E("drop", "z"), E("enrol", "q", "D"), E("drop", "a")]
    assert a.process(events) == reference(b, events)
    assert a.courses == b.courses


def test_big_registration_day() -> None:
    rng = random.Random(11)
    capacities = {f"C{i}": rng.choice([5, 20, 50]) for i in range(6)}
    events = [(rng.choice(["enrol", "enrol", "drop"]), f"s{rng.randint(0, 400)}", rng.choice(list(capacities)))
              for _ in range(4000)]
    assert_same(Registrar.process, reference, registrar(capacities), events)


def test_error_messages() -> None:
    with pytest.raises(RegistrationError, match="unknown course 'X'"):
        Registrar({"C": 1}).process([("enrol", "a", "X")])
    with pytest.raises(RegistrationError, match="unknown action 'add'"):
        Registrar({"C": 1}).process([("add", "a", "C")])
