import pytest

from staffing.orgchart import Employee, OrgChart, TeamSummary


def _chart() -> OrgChart:
    return OrgChart(
        [
            Employee("ceo", "Ada", None, 300),
            Employee("cto", "Brian", "ceo", 200),
            Employee("dev1", "Chen", "cto", 100),
            Employee("dev2", "Dana", "cto", 110),
            Employee("cfo", "Eve", "ceo", 190),
        ]
    )


def test_rollup() -> None:
    summaries = _chart().rollup()
    assert list(summaries) == ["ceo", "cto"]
    assert summaries["ceo"] == TeamSummary("ceo", 2, 4, 900, 2)
    assert summaries["cto"] == TeamSummary("cto", 2, 2, 410, 1)


def test_external_manager_is_a_root() -> None:
    chart = OrgChart([Employee("a", "A", "board", 10), Employee("b", "B", "a", 5)])
    assert chart.rollup() == {"a": TeamSummary("a", 1, 1, 15, 1)}


def test_empty_chart() -> None:
    assert OrgChart([]).rollup() == {}


def test_cycle_is_rejected() -> None:
    chart = OrgChart([Employee("a", "A", "b", 1), Employee("b", "B", "a", 1)])
    with pytest.raises(ValueError, match="cycle"):
        chart.rollup()


def test_duplicate_ids() -> None:
    with pytest.raises(ValueError):
        OrgChart([Employee("a", "A", None, 1), Employee("a", "B", None, 1)])
