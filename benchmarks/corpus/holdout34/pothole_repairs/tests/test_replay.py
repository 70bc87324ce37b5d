from datetime import datetime

import pytest

from pothole_repairs.defects import read_defects, working_minutes
from pothole_repairs.replay import replay_repairs
from pothole_repairs.targets import backlog_at, compliance


def defect(ref, reported, category=2, road="B", depot="north", minutes=60):
    return {"ref": ref, "reported": reported, "category": category, "road": road, "depot": depot,
            "repair_minutes": minutes}


def test_working_minutes() -> None:
    monday = datetime(2024, 3, 4, 0, 0)
    assert working_minutes(monday, datetime(2024, 3, 4, 8, 30)) == 60
    assert working_minutes(monday, datetime(2024, 3, 5, 7, 30)) == 510
    assert working_minutes(monday, datetime(2024, 3, 11, 7, 0)) == 5 * 510
    with pytest.raises(ValueError):
        working_minutes(monday, datetime(2024, 3, 1))


def test_read_defects() -> None:
    text = ("ref,reported,category,road,depot,repair_minutes\n"
            "D1,2024-03-04 09:30,1,a,north,45\n")
    [d] = read_defects(text, datetime(2024, 3, 4))
    assert d == {"ref": "D1", "reported": 120, "category": 1, "road": "A", "depot": "north", "repair_minutes": 45}
    with pytest.raises(ValueError):
        read_defects(text.replace(",1,a,", ",5,a,"), datetime(2024, 3, 4))
    with pytest.raises(ValueError):
        read_defects(text.replace(",1,a,", ",1,M,"), datetime(2024, 3, 4))


def test_single_gang_in_arrival_order() -> None:
    results = replay_repairs([defect("A", 0), defect("B", 10)], {"north": 1})
    assert [(r["ref"], r["start"], r["done"], r["wait"]) for r in results] == [("A", 0, 60, 0), ("B", 60, 120, 50)]


def test_risk_then_road_priority() -> None:
    defects = [defect("A", 0), defect("B", 5, category=3), defect("C", 6, road="U"), defect("D", 7, road="A"),
               defect("E", 8, category=1, road="U")]
    results = replay_repairs(defects, {"north": 1})
    assert [r["ref"] for r in results] == ["A", "E", "D", "C", "B"]


def test_two_gangs() -> None:
    results = replay_repairs([defect("A", 0), defect("B", 0), defect("C", 5)], {"north": 2})
    assert [(r["ref"], r["gang"], r["start"]) for r in results] == [("A", 0, 0), ("B", 1, 0), ("C", 0, 60)]


def test_idle_gang_waits_for_next_report() -> None:
    results = replay_repairs([defect("A", 0, minutes=30), defect("B", 1000)], {"north": 1})
    assert results[1]["start"] == 1000 and results[1]["wait"] == 0


def test_unknown_depot() -> None:
    with pytest.raises(ValueError):
        replay_repairs([defect("A", 0, depot="south")], {"north": 1})


def test_depots_are_independent() -> None:
    results = replay_repairs([defect("A", 0, depot="south"), defect("B", 0)], {"north": 1, "south": 1})
    assert [(r["ref"], r["depot"], r["start"]) for r in results] == [("B", "north", 0), ("A", "south", 0)]


def test_compliance_and_backlog() -> None:
    defects = [defect("A", 0, category=1, minutes=600), defect("B", 0, category=2, minutes=60)]
    results = replay_repairs(defects, {"north": 1})
    table = compliance(results, defects)
    assert table[1] == {"defects": 1, "on_time": 0.0, "mean_days": 1.2}
    assert table[2]["on_time"] == 100.0
    assert backlog_at(results, defects, 610) == 1
