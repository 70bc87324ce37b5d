import pytest

from dagrun.planner import execution_order


def test_dependencies_come_first() -> None:
    models = {"orders_daily": ["stg_orders"], "stg_orders": ["raw_orders"], "raw_orders": []}
    assert execution_order(models) == ["raw_orders", "stg_orders", "orders_daily"]


def test_ready_models_run_alphabetically() -> None:
    models = {"c": [], "b": [], "a": ["c"]}
    assert execution_order(models) == ["b", "c", "a"]


def test_duplicate_dependencies_count_once() -> None:
    assert execution_order({"a": ["b", "b"], "b": []}) == ["b", "a"]


def test_empty() -> None:
    assert execution_order({}) == []


def test_errors() -> None:
    with pytest.raises(KeyError):
        execution_order({"a": ["missing"]})
    with pytest.raises(ValueError):
        execution_order({"a": ["b"], "b": ["a"], "c": []})
