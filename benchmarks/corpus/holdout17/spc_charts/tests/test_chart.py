import math

import pytest

from controlchart.chart import evaluate_chart
from controlchart.limits import Limits, control_limits, subgroup_summary
from controlchart.rules import run_rule_signals

STEADY = [[10.0, 10.2, 9.8, 10.1, 9.9], [10.1, 9.9, 10.0, 10.2, 9.8]] * 10


def test_subgroup_summary() -> None:
    assert subgroup_summary([1.0, 3.0, 2.0]) == (2.0, 2.0)
    with pytest.raises(ValueError):
        subgroup_summary([1.0])


def test_control_limits() -> None:
    limits = control_limits(STEADY)
    assert math.isclose(limits.center, 10.0)
    assert math.isclose(limits.range_center, 0.4)
    assert math.isclose(limits.upper, 10.0 + 0.577 * 0.4)
    assert limits.range_lower == 0.0


def test_limits_reject_mixed_sizes() -> None:
    with pytest.raises(ValueError):
        control_limits([[1.0, 2.0], [1.0, 2.0, 3.0]])
    with pytest.raises(ValueError):
        control_limits([[1.0] * 12, [1.0] * 12])


def test_rule_one_and_four() -> None:
    limits = Limits(center=0.0, upper=3.0, lower=-3.0, range_center=1.0, range_upper=2.0, range_lower=0.0)
    assert run_rule_signals([3.5], limits) == ["WE1"]
    assert run_rule_signals([0.5] * 8, limits) == ["WE4"]
    assert run_rule_signals([0.5] * 7 + [-0.5], limits) == []


def test_rules_two_and_three() -> None:
    limits = Limits(center=0.0, upper=3.0, lower=-3.0, range_center=1.0, range_upper=2.0, range_lower=0.0)
    assert run_rule_signals([2.5, 0.0, 2.5], limits) == ["WE2"]
    assert run_rule_signals([1.5, 1.5, -1.0, 1.5, 1.5], limits) == ["WE3"]


def test_steady_process_is_in_control() -> None:
    result = evaluate_chart(STEADY)
    assert result["flagged"] == []
    assert result["points"][0] == (0, 10.0, 0.4, [])


def test_shift_is_flagged() -> None:
    result = evaluate_chart(STEADY + [[11.0, 11.1, 10.9, 11.0, 11.0]] * 2)
    assert result["flagged"] == [20, 21]
    assert result["points"][-2][3] == ["WE1"]
    assert result["points"][-1][3] == ["WE1", "WE2"]


def test_empty_and_bad_baseline() -> None:
    assert evaluate_chart([]) == {"limits": None, "points": [], "flagged": []}
    with pytest.raises(ValueError):
        evaluate_chart(STEADY, baseline=1)
