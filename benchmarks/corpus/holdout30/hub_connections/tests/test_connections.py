import pytest

from hub_connections.connections import Connection, build_connections
from hub_connections.quality import MarketService, market_service
from hub_connections.schedule import Flight, parse_mct, parse_schedule

INBOUND = Flight("XY100", "LHR", "HUB", 480, 600, "T1")
OUT_NEAR = Flight("XY200", "HUB", "JFK", 640, 1100, "T1")
OUT_FAR = Flight("XY202", "HUB", "JFK", 1000, 1500, "T1")
OUT_OTHER_TERMINAL = Flight("XY300", "HUB", "NRT", 660, 1400, "T2")
OUT_BACK = Flight("XY101", "HUB", "LHR", 700, 820, "T1")


def test_connection_within_window() -> None:
    flights = [INBOUND, OUT_NEAR, OUT_FAR]
    assert build_connections(flights, "HUB", {}) == []
    assert build_connections(flights, "HUB", {}, default_mct=40) == [Connection("XY100", "XY200", "LHR", "JFK", 40)]


def test_terminal_change_needs_longer_mct() -> None:
    flights = [INBOUND, OUT_OTHER_TERMINAL]
    assert build_connections(flights, "HUB", {("T1", "T2"): 90}) == []
    assert build_connections(flights, "HUB", {("T1", "T2"): 60}) == [Connection("XY100", "XY300", "LHR", "NRT", 60)]


def test_no_backtracking() -> None:
    assert build_connections([INBOUND, OUT_BACK], "HUB", {}) == []


def test_max_connect() -> None:
    flights = [INBOUND, OUT_FAR]
    assert build_connections(flights, "HUB", {}, max_connect=399) == []
    assert build_connections(flights, "HUB", {}, max_connect=400) == [Connection("XY100", "XY202", "LHR", "JFK", 400)]


def test_order_follows_schedule() -> None:
    second = Flight("XY110", "CDG", "HUB", 500, 590, "T1")
    flights = [OUT_FAR, second, OUT_NEAR, INBOUND]
    found = build_connections(flights, "HUB", {}, default_mct=30, max_connect=500)
    assert [(item.inbound, item.outbound) for item in found] == [("XY110", "XY202"), ("XY110", "XY200"),
                                                                ("XY100", "XY202"), ("XY100", "XY200")]


def test_parse_schedule() -> None:
    flights = parse_schedule("# weekly\nXY123 LHR HUB 1.3.... 07:10 09:45 0 T2\nXY900 HUB NRT ......7 22:30 17:05 1 T1\n")
    assert flights == [Flight("XY123", "LHR", "HUB", 430, 585, "T2"), Flight("XY123", "LHR", "HUB", 3310, 3465, "T2"),
                       Flight("XY900", "HUB", "NRT", 9990, 11105, "T1")]
    with pytest.raises(ValueError):
        parse_schedule("XY1 LHR HUB 1234567 07:10 09:45 T2\n")
    with pytest.raises(ValueError):
        parse_schedule("XY1 LHR HUB 2...... 07:10 09:45 0 T2\n")
    with pytest.raises(ValueError):
        parse_schedule("XY1 LHR HUB 1...... 25:10 09:45 0 T2\n")


def test_parse_mct() -> None:
    assert parse_mct("# terminals\nT1, T1, 45\nT1,T2,75\n") == {("T1", "T1"): 45, ("T1", "T2"): 75}
    with pytest.raises(ValueError):
        parse_mct("T1, T1\n")


def test_market_service() -> None:
    connections = [Connection("A", "B", "LHR", "JFK", 90), Connection("C", "B", "LHR", "JFK", 60),
                   Connection("A", "D", "LHR", "NRT", 120)]
    assert market_service(connections) == [MarketService("LHR", "JFK", 2, 60, 75.0),
                                           MarketService("LHR", "NRT", 1, 120, 120)]
