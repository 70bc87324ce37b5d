"""Strict equivalence tests for OrgChart.rollup (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from staffing.orgchart import Employee, OrgChart, TeamSummary
from strict_support import assert_same

TARGET = "staffing/orgchart.py:OrgChart.rollup"


def reference(chart):
    employees = chart.employees

    def reports_of(manager_id):
        return [e for e in employees if e.manager_id == manager_id]

    def find(employee_id):
        for e in employees:
            if e.id == employee_id:
                return e
        raise KeyError(employee_id)

    def headcount(manager_id):
        return sum(1 + headcount(r.id) for r in reports_of(manager_id))

    def payroll(manager_id):
        return find(manager_id).salary + sum(payroll(r.id) for r in reports_of(manager_id))

    def depth(manager_id):
        reports = reports_of(manager_id)
        return 0 if not reports else 1 + max(depth(r.id) for r in reports)

    managers = {e.id: e.manager_id for e in employees}
    for e in employees:
        chain = [e.id]
        current = managers.get(e.id)
        while current is not None and current in managers:
            if current in chain:
                raise ValueError(f"management cycle involving {current!r}")
            chain.append(current)
            current = managers[current]
    out = {}
    for e in employees:
        reports = reports_of(e.id)
        if reports:
            out[e.id] = TeamSummary(e.id, len(reports), headcount(e.id), payroll(e.id), depth(e.id))
    return out


def call(chart):
    return chart.rollup()


def E(i, m, s=1):
    return Employee(i, i.upper(), m, s)


CASES = [
    [],
    [E("a", None)],
    [E("a", None), E("b", None)],
    [E("a", None, 5), E("b", "a", 3)],
    [E("b", "a", 3), E("a", None, 5)],
    [E("a", "ghost", 7), E("b", "a", 2), E("c", "a", 0)],
    [E("a", "a")],
    [E("a", "b"), E("b", "a"), E("c", None)],
    [E("c", None), E("a", "b"), E("b", "c"), E("d", "b")],
    [E("x", None), E("a", "b"), E("b", "c"), E("c", "b")],
    [E("r", None, 10), E("m1", "r", 5), E("m2", "r", 5), E("i1", "m1", 1), E("i2", "m1", 1), E("i3", "m2", 1), E("i4", "i3", 1)],
    [E("", None, 1), E("z", "", 2)],
    [E("zoë", None, 3), E("zoe", "zoë", 4), E("ÅSA", "zoe", -1)],
    [E("a", None, 0), E("b", "a", 0), E("c", "b", 0), E("d", "c", 0), E("e", "d", 0)],
    [E("root", None, 1)] + [E(f"leaf{i}", "root", i) for i in range(30)],
    [E("a", "b"), E("b", "c"), E("c", "d"), E("d", "b")],
    [E("a", None), E("b", "a"), E("b2", "missing"), E("c", "b2")],
]


def _random_charts():
    rng = random.Random(9091)
    for _ in range(150):
        n = rng.randint(0, 40)
        ids = [f"e{k}" for k in rng.sample(range(200), n)]
        employees = []
        for pos, i in enumerate(ids):
            roll = rng.random()
            if pos == 0 or roll < 0.1:
                manager = None
            elif roll < 0.15:
                manager = "outsider"
            elif roll < 0.18:
                manager = rng.choice(ids)  # may create a cycle
            else:
                manager = rng.choice(ids[:pos])
            employees.append(Employee(i, f"N{i}", manager, rng.randint(-5, 500)))
        rng.shuffle(employees)
        yield employees


@pytest.mark.parametrize("employees", CASES + list(_random_charts()))
def test_same_as_reference(employees) -> None:
    assert_same(call, reference, OrgChart(employees))


@pytest.mark.parametrize("employees", CASES + list(_random_charts())[:60])
def test_same_error_message(employees) -> None:
    def message(function):
        try:
            return ("ok", function(OrgChart(employees)))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(call) == message(reference)


def test_result_order_follows_chart_order() -> None:
    employees = [E("m2", "top"), E("c", "m1"), E("top", None), E("m1", "top"), E("d", "m2")]
    assert list(OrgChart(employees).rollup()) == ["m2", "top", "m1"]


def test_repeated_calls_and_no_state_leak() -> None:
    chart = OrgChart([E("a", None, 2), E("b", "a", 3)])
    first = chart.rollup()
    chart.employees.append(E("c", "b", 4))
    second = chart.rollup()
    assert first == {"a": TeamSummary("a", 1, 1, 5, 1)}
    assert second == reference(chart)


def test_employees_list_replaced_after_first_call() -> None:
    chart = OrgChart([E("a", None, 2), E("b", "a", 3)])
    chart.rollup()
    chart.employees = [E("x", None, 1), E("y", "x", 1), E("z", "y", 1)]
    assert chart.rollup() == reference(chart)


def test_large_company() -> None:
    rng = random.Random(77)
    employees = [E("boss", None, 100)]
    managers = ["boss"]
    for n in range(600):
        i = f"p{n}"
        employees.append(Employee(i, i, rng.choice(managers), rng.randint(1, 1000)))
        if rng.random() < 0.3:
            managers.append(i)
    rng.shuffle(employees)
    assert_same(call, reference, OrgChart(employees))


def test_deep_chain() -> None:
    employees = [E("p0", None, 1)] + [E(f"p{i}", f"p{i - 1}", i) for i in range(1, 150)]
    assert_same(call, reference, OrgChart(employees))
