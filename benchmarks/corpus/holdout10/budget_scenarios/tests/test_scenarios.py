import pytest

from budgetplan.scenarios import LineItem, UnknownTarget, apply_adjustment, department_totals, scenario_totals


def budget() -> list[LineItem]:
    return [
        LineItem("rent", "ops", [100.0] * 12, ["rent"]),
        LineItem("staff", "ops", [1000.0] * 12, ["salary"]),
        LineItem("grants", "programs", [500.0] * 12, ["grant-funded", "salary"]),
    ]


def test_department_totals() -> None:
    assert department_totals(budget()) == {"ops": 13200.0, "programs": 6000.0}


def test_baseline_scenario() -> None:
    assert scenario_totals(budget(), {"base": []}) == {"base": {"ops": 13200.0, "programs": 6000.0}}


def test_department_adjustment() -> None:
    result = scenario_totals(budget(), {"cut": [("dept:ops", 0.5)]})
    assert result["cut"] == {"ops": 6600.0, "programs": 6000.0}


def test_tag_and_item_adjustments_stack() -> None:
    result = scenario_totals(budget(), {"raise": [("tag:salary", 1.1), ("staff", 2.0)]})
    assert result["raise"] == {"ops": 1200.0 + 26400.0, "programs": 6600.0}


def test_scenarios_are_independent_and_budget_unchanged() -> None:
    lines = budget()
    result = scenario_totals(lines, {"a": [("rent", 0.0)], "b": []})
    assert result["a"]["ops"] == 12000.0 and result["b"]["ops"] == 13200.0
    assert lines == budget()


def test_unknown_target() -> None:
    with pytest.raises(UnknownTarget):
        scenario_totals(budget(), {"x": [("dept:legal", 1.2)]})


def test_apply_adjustment_only_first_named_item() -> None:
    lines = budget() + [LineItem("rent", "ops", [1.0] * 12)]
    apply_adjustment(lines, "rent", 2.0)
    assert lines[0].monthly[0] == 200.0 and lines[-1].monthly[0] == 1.0
