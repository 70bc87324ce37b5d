"""Strict equivalence tests for Garage.simulate (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from parking.garage import Assignment, Garage, Visit
from strict_support import assert_same

TARGET = "parking/garage.py:Garage.simulate"


def candidate(garage, visits):
    return garage.simulate(visits)


def reference(garage, visits):
    order = sorted(range(len(visits)), key=lambda i: (visits[i].arrive, i))
    occupied = {}
    out = []
    for i in order:
        v = visits[i]
        if v.leave < v.arrive:
            raise ValueError("leaves before it arrives")
        for bay in [b for b, until in occupied.items() if until <= v.arrive]:
            del occupied[bay]
        chosen = None
        for bay in range(1, garage.bays + 1):
            if bay not in occupied and bay not in garage.reserved:
                chosen = bay
                break
        if chosen is not None:
            occupied[chosen] = v.leave
        out.append(Assignment(v.plate, v.arrive, chosen))
    return out


V = Visit
CASES = [
    (Garage(3), []),
    (Garage(0), []),
    (Garage(0), [V("a", 0, 1)]),
    (Garage(-2), [V("a", 0, 1), V("b", 1, 2)]),
    (Garage(1), [V("a", 0, 0), V("b", 0, 5)]),
    (Garage(1), [V("a", 0, 5), V("b", 5, 6)]),
    (Garage(1), [V("a", 0, 5), V("b", 4, 6), V("c", 5, 9)]),
    (Garage(2), [V("a", 3, 9), V("b", 3, 4), V("c", 3, 5), V("d", 4, 8)]),
    (Garage(2), [V("z", 7, 9), V("y", 1, 9), V("x", 7, 8)]),
    (Garage(3), [V("a", 0, 10), V("b", 0, 2), V("c", 0, 10), V("d", 3, 4), V("e", 3, 4)]),
    (Garage(3, reserved=[2]), [V("a", 0, 10), V("b", 0, 10), V("c", 0, 10)]),
    (Garage(3, reserved=[1, 2, 3]), [V("a", 0, 10)]),
    (Garage(3, reserved=[0, 4, 99, -1]), [V("a", 0, 10), V("b", 0, 10)]),
    (Garage(3, reserved=["1"]), [V("a", 0, 10)]),
    (Garage(2), [V("a", 0.5, 1.5), V("b", 1.5, 2.0), V("c", 1.25, 9.75)]),
    (Garage(2), [V("a", 0, 10), V("a", 1, 10), V("a", 2, 3)]),
    (Garage(2), [V("Ünïcode-車", 0, 1), V("", 0, 1), V(" ", 0, 1)]),
    (Garage(2), [V("a", 0, 10), V("bad", 5, 4)]),
    (Garage(2), [V("bad", 5, 4), V("a", 0, 10)]),
    (Garage(2), [V("a", 10, 20), V("bad", 1, 0)]),
    (Garage(2.5), []),
    (Garage(2.5), [V("a", 0, 1)]),
    (Garage(2.5), [V("bad", 3, 2)]),
    (Garage(None), []),
    (Garage(4, reserved=range(1, 3)), [V(f"c{n}", n % 5, n % 5 + n % 3) for n in range(20)]),
]


@pytest.mark.parametrize("garage,visits", CASES)
def test_cases(garage, visits) -> None:
    assert_same(candidate, reference, garage, visits)


def _random_days():
    rng = random.Random(1402)
    for _ in range(120):
        bays = rng.randint(0, 8)
        reserved = rng.sample(range(0, 10), rng.randint(0, 3))
        visits = []
        for n in range(rng.randint(0, 30)):
            arrive = rng.randint(0, 40)
            visits.append(V(f"P{n}", arrive, arrive + rng.randint(0, 15)))
        if rng.random() < 0.05 and visits:
            visits.append(V("oops", 20, 19))
        yield Garage(bays, reserved), visits if rng.random() < 0.8 else tuple(visits)


@pytest.mark.parametrize("garage,visits", list(_random_days()))
def test_random_days(garage, visits) -> None:
    assert_same(candidate, reference, garage, visits)


def test_busy_week() -> None:
    rng = random.Random(77)
    visits = []
    for n in range(1500):
        arrive = rng.randint(0, 5000)
        visits.append(V(f"K{n}", arrive, arrive + int(rng.expovariate(1 / 200))))
    assert_same(candidate, reference, Garage(70, reserved=[1, 5, 9]), visits)


def test_garage_settings_read_at_call_time_and_untouched() -> None:
    garage = Garage(2)
    garage.bays = 3
    garage.reserved = {1}
    result = garage.simulate([V("a", 0, 5), V("b", 0, 5), V("c", 0, 5)])
    assert [a.bay for a in result] == [2, 3, None]
    assert vars(garage) == {"bays": 3, "reserved": {1}}
    again = garage.simulate([V("d", 0, 1)])
    assert again == [Assignment("d", 0, 2)]


def test_generator_and_result_type() -> None:
    result = Garage(2).simulate(V(p, t, t + 3) for p, t in [("a", 2), ("b", 1), ("c", 4)])
    assert type(result) is list
    assert result == [Assignment("b", 1, 1), Assignment("a", 2, 2), Assignment("c", 4, 1)]


def test_errors() -> None:
    with pytest.raises(ValueError, match="bad leaves before it arrives"):
        Garage(1).simulate([V("a", 0, 9), V("b", 1, 9), V("bad", 3, 2)])
    with pytest.raises(TypeError):
        Garage(1).simulate([V("a", None, 1)])
