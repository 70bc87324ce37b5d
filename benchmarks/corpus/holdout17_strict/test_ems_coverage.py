"""Strict equivalence tests for coverage_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from ambulance.coverage import coverage_report

TARGET = "ambulance/coverage.py:coverage_report"


def build_graph(roads):
    graph = {}
    for road in roads:
        start, end, seconds = road[0], road[1], road[2]
        one_way = len(road) > 3 and bool(road[3])
        if seconds < 0:
            raise ValueError(f"negative drive time on {start!r} -> {end!r}")
        graph.setdefault(start, []).append((end, seconds))
        graph.setdefault(end, [])
        if not one_way:
            graph[end].append((start, seconds))
    return graph


def drive_times(graph, origin):
    times = {origin: 0}
    frontier = [origin]
    while frontier:
        node = min(frontier, key=lambda candidate: times[candidate])
        frontier.remove(node)
        for neighbour, seconds in graph.get(node, ()):
            arrival = times[node] + seconds
            if neighbour not in times or arrival < times[neighbour]:
                times[neighbour] = arrival
                if neighbour not in frontier:
                    frontier.append(neighbour)
    return times


def reference(roads, stations, incidents, target_seconds=480):
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    graph = build_graph(roads)
    nearest = {}
    for station_id, junction in stations:
        if junction not in graph:
            raise KeyError(f"station {station_id!r} is not on the road network")
        for node, seconds in drive_times(graph, junction).items():
            if node not in nearest or seconds < nearest[node][1]:
                nearest[node] = (station_id, seconds)
    covered = 0
    first_due = {station_id: 0 for station_id, _ in stations}
    uncovered = set()
    for junction in incidents:
        if junction in nearest:
            station_id, seconds = nearest[junction]
            first_due[station_id] += 1
            if seconds <= target_seconds:
                covered += 1
                continue
        uncovered.add(junction)
    return {
        "nearest": nearest,
        "covered": covered,
        "coverage": round(covered / len(incidents), 4) if incidents else None,
        "uncovered": sorted(uncovered),
        "first_due": first_due,
    }


ROADS = [("a", "b", 60), ("b", "c", 60), ("a", "c", 200), ("c", "d", 30), ("d", "e", 500, True)]
FLOAT_ROADS = [("a", "b", 0.1), ("b", "c", 0.2), ("a", "c", 0.3), ("c", "d", 1e-9), ("d", "e", 7.25, True),
               ("a", "e", 7.55)]
TIE_ROADS = [("x", "m", 10), ("m", "y", 10), ("x", "p", 5), ("p", "m", 5), ("y", "q", 5), ("q", "m", 5)]

CASES = [
    ([], [], []),
    ([], [], [], 1),
    ([], [], [], 0),
    ([], [], [], -5),
    ([], [], [], None),
    ([], [], ["a"]),
    ([], [("S1", "a")], []),
    (ROADS, [], []),
    (ROADS, [], ["a", "b"]),
    (ROADS, [("S1", "a")], []),
    (ROADS, [("S1", "a")], ["a", "b", "c", "d", "e"]),
    (ROADS, [("S1", "a"), ("S2", "d")], ["a", "b", "c", "e", "e"], 100),
    (ROADS, [("S1", "e")], ["a", "d", "e"], 100),
    (ROADS, [("S1", "a")], ["zz", "a", "zz"]),
    (ROADS, [("S1", "a")], ["a"], 0.5),
    (ROADS, [("S1", "a")], ["b"], 60),
    (ROADS, [("S1", "a")], ["b"], 59.999),
    (ROADS, [("S1", "a")], ["b"], True),
    (ROADS, [("S1", "a")], ["b"], "480"),
    (ROADS, [("S1", "nowhere")], []),
    (ROADS, [("S1", "a"), ("S2", "nowhere")], ["a"]),
    (ROADS, [("S1", "a"), ("S1", "d")], ["a", "d", "e"]),
    (ROADS, [("S1", "a"), ("S2", "a")], ["a", "b"]),
    (ROADS, [(None, "a"), (3, "d")], ["a", "d"]),
    (ROADS, [("S1",)], []),
    (ROADS, [("S1", "a", "extra")], []),
    (ROADS, [("S1", ["a"])], []),
    (TIE_ROADS, [("S1", "x"), ("S2", "y")], ["m", "p", "q", "x", "y"]),
    (TIE_ROADS, [("S2", "y"), ("S1", "x")], ["m", "p", "q", "x", "y"]),
    (TIE_ROADS, [("S1", "m")], ["x", "y"], 10),
    (FLOAT_ROADS, [("S1", "a")], ["a", "b", "c", "d", "e"], 7.5),
    (FLOAT_ROADS, [("S1", "a"), ("S2", "d")], ["e", "b"], 7.3),
    (FLOAT_ROADS, [("S1", "e")], ["a", "e"], 0.1),
    ([("a", "b", 0), ("b", "c", 0), ("c", "a", 0)], [("S1", "a")], ["a", "b", "c"]),
    ([("a", "a", 5), ("a", "b", 5)], [("S1", "a")], ["a", "b"]),
    ([("a", "b", 5), ("a", "b", 3), ("b", "a", 1, True)], [("S1", "a"), ("S2", "b")], ["a", "b"]),
    ([("a", "b", 5, False), ("b", "c", 5, 0), ("c", "d", 5, "no"), ("d", "e", 5, "")], [("S1", "e")],
     ["a", "b", "c", "d"]),
    ([("a", "b", 5, None), ("b", "c", 5, 1)], [("S1", "c")], ["a", "b"]),
    ([("a", "b", -1)], [], []),
    ([("a", "b", 5), ("b", "c", -0.5)], [("S1", "a")], []),
    ([("a", "b")], [], []),
    ([("a", "b", None)], [], []),
    ([("a", "b", "5")], [], []),
    ([["a", "b", 5], ["b", "c", 7]], [["S1", "a"]], ["c"]),
    (tuple(ROADS), (("S1", "a"),), ("c", "e")),
    ([(1, 2, 10), (2, 3, 10), (3, 1, 25)], [("S1", 1)], [3, 2, 1, 4, 4]),
    ([(1, 2, 10), (2, 3, 10)], [("S1", 1)], [3, 99, "x"], 5),
    ([(1, 2, 10), (2.0, 3, 10), (True, 5, 1)], [("S1", 1.0)], [2, 3, 5]),
    ([((0, 0), (0, 1), 30), ((0, 1), (1, 1), 30)], [("S1", (0, 0))], [(1, 1), (5, 5)], 45),
    ([("Zürich", "Genève", 300), ("Genève", "Lausanne", 60)], [("Ünïcødé", "Zürich")], ["Lausanne"], 400),
    ([("a", "b", 10**12), ("b", "c", 1)], [("S1", "a")], ["c"], 10**13),
    ([("a", "b", 1e308), ("b", "c", 1e308)], [("S1", "a")], ["c", "b"], 1e308),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(coverage_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(coverage_report, reference, ROADS, [("S1", "a")], ["c"], target_seconds=90)
    assert_same(coverage_report, reference, roads=ROADS, stations=[("S1", "b")], incidents=["e", "a"])


def _random_cases():
    rng = random.Random(112)
    for index in range(150):
        size = rng.randint(1, 40)
        nodes = [f"n{k}" for k in range(size)]
        floats = index % 3 == 0
        roads = []
        for _ in range(rng.randint(0, size * 2)):
            a, b = rng.choice(nodes), rng.choice(nodes)
            seconds = round(rng.uniform(0, 120), rng.choice([1, 2, 3])) if floats else rng.choice([0, rng.randint(1, 120)])
            roads.append((a, b, seconds, rng.random() < 0.2) if rng.random() < 0.5 else (a, b, seconds))
        graph_nodes = sorted({road[0] for road in roads} | {road[1] for road in roads})
        stations = []
        if graph_nodes:
            stations = [(f"S{k % 3}", rng.choice(graph_nodes)) for k in range(rng.randint(0, 4))]
        incidents = [rng.choice(nodes + ["ghost"]) for _ in range(rng.randint(0, 30))]
        target = rng.choice([30, 60, 120, 240, 480, 90.5])
        yield (roads, stations, incidents) if index % 4 == 0 else (roads, stations, incidents, target)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(coverage_report, reference, *case)


def test_large_grid() -> None:
    rng = random.Random(3)
    roads = []
    for x in range(35):
        for y in range(35):
            if x + 1 < 35 and rng.random() < 0.9:
                roads.append(((x, y), (x + 1, y), rng.randint(20, 90)))
            if y + 1 < 35 and rng.random() < 0.9:
                roads.append(((x, y), (x, y + 1), rng.randint(20, 90), rng.random() < 0.1))
    stations = [(f"STN-{k}", (rng.randrange(35), rng.randrange(35))) for k in range(5)]
    graph_nodes = {road[0] for road in roads} | {road[1] for road in roads}
    stations = [station for station in stations if station[1] in graph_nodes]
    incidents = [(rng.randrange(35), rng.randrange(35)) for _ in range(800)]
    assert_same(coverage_report, reference, roads, stations, incidents, 600)
