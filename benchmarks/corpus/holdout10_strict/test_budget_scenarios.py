"""Strict equivalence tests for scenario_totals (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from budgetplan.scenarios import LineItem, UnknownTarget, scenario_totals
from strict_support import assert_same

TARGET = "budgetplan/scenarios.py:scenario_totals"


def _ref_apply(budget, target, factor):
    if target.startswith("dept:"):
        matches = [item for item in budget if item.department == target[5:]]
    elif target.startswith("tag:"):
        matches = [item for item in budget if target[4:] in item.tags]
    else:
        matches = [item for item in budget if item.name == target][:1]
    if not matches:
        raise UnknownTarget(target)
    for item in matches:
        item.monthly = [amount * factor for amount in item.monthly]


def _ref_totals(budget):
    totals = {}
    for item in budget:
        totals[item.department] = totals.get(item.department, 0.0) + sum(item.monthly)
    return {department: round(total, 2) for department, total in sorted(totals.items())}


def reference(budget, scenarios):
    results = {}
    for name, adjustments in scenarios.items():
        working = copy.deepcopy(list(budget))
        for target, factor in adjustments:
            _ref_apply(working, target, factor)
        results[name] = _ref_totals(working)
    return results


L = LineItem


def small():
    return [
        L("rent", "ops", [100.0] * 12, ["rent"]),
        L("staff", "ops", [1000.0] * 12, ["salary"]),
        L("grants", "programs", [500.0] * 12, ["grant-funded", "salary"]),
        L("rent", "programs", [10.0] * 12, ["rent", "rent"]),
    ]


def shared():
    item = L("shared", "ops", [1.0] * 12, ["t"])
    return [item, item, L("other", "ops", [2.0] * 12, ["t"])]


def shared_months():
    months = [3.0] * 12
    return [L("a", "x", months), L("b", "y", months)]


CASES = [
    ([], {}),
    ([], {"base": []}),
    (small(), {}),
    (small(), {"base": []}),
    (small(), {"base": [], "again": []}),
    (small(), {"cut": [("dept:ops", 0.5)]}),
    (small(), {"cut": [("dept:ops", 0)]}),
    (small(), {"cut": [("dept:ops", 1)]}),
    (small(), {"cut": [("dept:ops", -1.0)]}),
    (small(), {"rent": [("rent", 2.0)]}),
    (small(), {"rent": [("tag:rent", 2.0)]}),
    (small(), {"stack": [("tag:salary", 1.1), ("staff", 2.0), ("dept:ops", 0.9)]}),
    (small(), {"order1": [("tag:salary", 1.1), ("tag:salary", 1.3)], "order2": [("tag:salary", 1.3), ("tag:salary", 1.1)]}),
    (small(), {"thirds": [("dept:ops", 1 / 3), ("dept:ops", 3)]}),
    (small(), {"missing": [("dept:legal", 1.2)]}),
    (small(), {"ok": [], "missing": [("nobody", 1.2)]}),
    (small(), {"missing-tag": [("tag:", 1.2)]}),
    (small(), {"empty-dept": [("dept:", 1.2)]}),
    (small(), {"prefix": [("dept:op", 1.2)]}),
    (small(), {"case": [("Rent", 1.2)]}),
    (small(), {"case": [("DEPT:ops", 1.2)]}),
    (small(), {"late-error": [("dept:ops", 2.0), ("ghost", 1.0)]}),
    (small(), {"bad-factor": [("dept:ops", "2")]}),
    (small(), {"none-factor": [("dept:ops", None)]}),
    (small(), {"int-target": [(5, 1.0)]}),
    (small(), {"short": [("dept:ops",)]}),
    (small(), {"neg": [("staff", -0.0)]}),
    (small(), {"big": [("staff", 1e308), ("staff", 0.5)]}),
    (small(), {"tuple": (("dept:ops", 0.5), ("rent", 3))}),
    (tuple(small()), {"t": [("tag:salary", 0.25)]}),
    ([L("", "", [1.0] * 12, [""])], {"blank": [("", 2.0), ("tag:", 3.0), ("dept:", 5.0)]}),
    ([L("x", "Ünïcode", [1.5] * 12, ["ß"])], {"u": [("tag:ß", 2.0), ("tag:ss", 1.0)]}),
    ([L("x", "Ünïcode", [1.5] * 12, ["ß"])], {"u": [("tag:ß", 2.0)], "v": [("tag:SS", 1.0)]}),
    ([L("x", "b", [1] * 12), L("y", "a", [2] * 12)], {"ints": [], "scaled": [("x", 2)]}),
    ([L("x", "b", [1] * 12), L("y", "a", [2] * 12)], {"float": [("x", 0.1), ("x", 10)]}),
    ([L("x", "d", []), L("y", "d", [1.0])], {"e": [("x", 5.0)]}),
    ([L("x", "d", [0.1] * 12)], {"tiny": [("x", 0.1)] * 10}),
    ([L("x", "d", [1e300] * 12)], {"huge": [("x", 10.0)]}),
    (shared(), {"base": []}),
    (shared(), {"dept": [("dept:ops", 2.0)]}),
    (shared(), {"tag": [("tag:t", 2.0)]}),
    (shared(), {"name": [("shared", 2.0)]}),
    (shared(), {"mixed": [("shared", 2.0), ("dept:ops", 3.0), ("other", 0.5)]}),
    (shared_months(), {"a": [("a", 2.0)], "b": [("dept:y", 0.5)]}),
    (small(), {"dup": [("rent", 2.0), ("rent", 2.0)], "keys": [("dept:programs", 0.0), ("tag:rent", 7.0)]}),
]


def _random_cases():
    rng = random.Random(2112)
    depts, tags = ["a", "b", "c", "d"], ["x", "y", "z"]
    for _ in range(130):
        budget = [
            L(f"i{rng.randint(0, 15)}", rng.choice(depts), [rng.choice([round(rng.uniform(0, 999), 2), rng.randint(0, 99)]) for _ in range(12)],
              rng.sample(tags, rng.randint(0, 2)))
            for _ in range(rng.randint(0, 14))
        ]
        if budget and rng.random() < 0.15:
            budget.append(rng.choice(budget))
        scenarios = {}
        for s in range(rng.randint(0, 5)):
            adjustments = []
            for _ in range(rng.randint(0, 5)):
                kind = rng.random()
                target = ("dept:" + rng.choice(depts + ["zz"]) if kind < 0.3 else "tag:" + rng.choice(tags) if kind < 0.6
                          else f"i{rng.randint(0, 17)}")
                adjustments.append((target, rng.choice([round(rng.uniform(0.5, 1.5), 3), 2, 0.1])))
            scenarios[f"s{s}"] = adjustments
        yield budget, scenarios


@pytest.mark.parametrize("args", CASES + list(_random_cases()))
def test_same_as_reference(args) -> None:
    assert_same(scenario_totals, reference, *args)


def test_budget_untouched_after_error() -> None:
    budget = small()
    with pytest.raises(UnknownTarget):
        scenario_totals(budget, {"ok": [("dept:ops", 2.0)], "bad": [("dept:ops", 2.0), ("ghost", 1.0)]})
    assert budget == small()


def test_unknown_target_is_key_error_with_target() -> None:
    with pytest.raises(KeyError) as info:
        scenario_totals(small(), {"bad": [("tag:nope", 1.0)]})
    assert info.value.args == ("tag:nope",)


def test_large_budget() -> None:
    rng = random.Random(77)
    budget = [L(f"line{n}", f"d{rng.randint(0, 6)}", [round(rng.uniform(10, 5000), 2) for _ in range(12)],
                rng.sample(["a", "b", "c", "d"], rng.randint(0, 3))) for n in range(300)]
    scenarios = {f"s{s}": [(rng.choice(["dept:d1", "tag:a", "line7", f"line{rng.randint(0, 299)}"]), rng.uniform(0.8, 1.2))
                           for _ in range(rng.randint(0, 6))] for s in range(15)}
    assert_same(scenario_totals, reference, budget, scenarios)
