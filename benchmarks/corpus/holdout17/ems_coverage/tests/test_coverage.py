import pytest

from ambulance.coverage import coverage_report
from ambulance.network import build_graph, drive_times

ROADS = [("a", "b", 60), ("b", "c", 60), ("a", "c", 200), ("c", "d", 30), ("d", "e", 500, True)]


def test_build_graph_two_way_and_one_way() -> None:
    graph = build_graph(ROADS)
    assert ("a", 60) in graph["b"]
    assert graph["e"] == []
    with pytest.raises(ValueError):
        build_graph([("a", "b", -1)])


def test_drive_times_take_shortest_route() -> None:
    assert drive_times(build_graph(ROADS), "a") == {"a": 0, "b": 60, "c": 120, "d": 150, "e": 650}


def test_one_way_not_driven_backwards() -> None:
    assert "d" not in drive_times(build_graph([("d", "e", 5, True)]), "e")


def test_nearest_station_and_coverage() -> None:
    report = coverage_report(ROADS, [("S1", "a"), ("S2", "d")], ["a", "b", "c", "e", "e"], target_seconds=100)
    assert report["nearest"]["b"] == ("S1", 60)
    assert report["nearest"]["c"] == ("S2", 30)
    assert report["covered"] == 3
    assert report["coverage"] == 0.6
    assert report["uncovered"] == ["e"]
    assert report["first_due"] == {"S1": 2, "S2": 3}


def test_ties_go_to_first_listed_station() -> None:
    report = coverage_report([("x", "m", 10), ("m", "y", 10)], [("S1", "x"), ("S2", "y")], ["m"])
    assert report["nearest"]["m"] == ("S1", 10)


def test_unreachable_incident_uncovered() -> None:
    report = coverage_report(ROADS + [("z", "z2", 10)], [("S1", "a")], ["z"])
    assert report["covered"] == 0 and report["uncovered"] == ["z"]


def test_validation() -> None:
    with pytest.raises(KeyError):
        coverage_report(ROADS, [("S9", "nowhere")], [])
    with pytest.raises(ValueError):
        coverage_report(ROADS, [], [], target_seconds=0)
    assert coverage_report(ROADS, [], [])["coverage"] is None
