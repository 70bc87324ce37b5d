from datetime import date

import pytest

from caseload.applications import Application, parse_export_line
from caseload.replay import replay
from caseload.report import performance_lines


def test_parse_export_line() -> None:
    assert parse_export_line("24/0113/FUL; minor ;2024-03-04;6", date(2024, 3, 1)) == Application("24/0113/FUL", "minor", 3, 6)
    with pytest.raises(ValueError):
        parse_export_line("24/0113/FUL;listed;2024-03-04;6", date(2024, 3, 1))


def test_priority_and_order() -> None:
    apps = [Application("A", "other", 0, 5), Application("B", "householder", 1, 2), Application("C", "major", 2, 10),
            Application("D", "minor", 2, 1)]
    result = replay(apps, 1)
    assert result["decisions"] == [("A", 0, 0, 5), ("C", 0, 5, 15), ("B", 0, 15, 17), ("D", 0, 17, 18)]


def test_two_officers_and_idle_time() -> None:
    apps = [Application("A", "minor", 0, 4), Application("B", "minor", 0, 2), Application("C", "minor", 10, 1)]
    result = replay(apps, 2)
    assert result["decisions"] == [("A", 0, 0, 4), ("B", 1, 0, 2), ("C", 1, 10, 11)]
    assert result["per_type"] == {"minor": {"count": 3, "mean_days": 7 / 3, "late": 0}}


def test_late_decisions_and_report() -> None:
    apps = [Application("A", "major", 0, 100), Application("B", "minor", 0, 1)]
    result = replay(apps, 1)
    assert result["per_type"]["major"]["late"] == 1 and result["per_type"]["minor"]["late"] == 1
    assert performance_lines(result["per_type"])[0].startswith("major")


def test_no_officers() -> None:
    with pytest.raises(ValueError):
        replay([], 0)
    assert replay([], 3) == {"decisions": [], "per_type": {}}
