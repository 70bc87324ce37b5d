"""Strict equivalence tests for normalise_results (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import deque

import pytest
from strict_support import assert_same
from unitgraph.graph import NoConversion, UnitGraph
from unitgraph.normalise import normalise_results

TARGET = "unitgraph/normalise.py:normalise_results"


def factor(graph, source, target):
    if source == target:
        return 1.0
    if source not in graph.edges:
        raise NoConversion(f"unknown unit {source!r}")
    seen = {source}
    queue = deque([(source, 1.0)])
    while queue:
        unit, so_far = queue.popleft()
        for neighbour, step in graph.edges[unit]:
            if neighbour in seen:
                continue
            value = so_far * step
            if neighbour == target:
                return value
            seen.add(neighbour)
            queue.append((neighbour, value))
    raise NoConversion(f"cannot convert {source!r} to {target!r}")


def reference(results, graph, reporting_units, digits=4):
    converted = []
    failed = []
    for result in results:
        target = reporting_units.get(result["analyte"])
        if target is None:
            converted.append(dict(result))
            continue
        try:
            multiplier = factor(graph, result["unit"], target)
        except NoConversion as error:
            failed.append((result["sample"], result["analyte"], str(error)))
            continue
        row = dict(result)
        row["value"] = round(result["value"] * multiplier, digits)
        row["unit"] = target
        converted.append(row)
    return {"results": converted, "failed": failed}


def graph_of(*edges):
    graph = UnitGraph()
    for source, target, scale in edges:
        graph.add(source, target, scale)
    return graph


def lab():
    return graph_of(("g/L", "mg/L", 1000), ("g/dL", "g/L", 10), ("mg/dL", "mg/L", 10), ("mmol/L", "umol/L", 1000),
                    ("meq/L", "mmol/L", 1), ("ug/L", "ng/mL", 1), ("mg/L", "ug/L", 1000))


def res(sample, analyte, value, unit, **extra):
    return {"sample": sample, "analyte": analyte, "value": value, "unit": unit, **extra}


REP = {"albumin": "g/L", "creatinine": "umol/L", "sodium": "mmol/L", "ferritin": "ug/L", "glucose": "mmol/L"}
BASIC = [res("S1", "albumin", 4.1, "g/dL"), res("S1", "creatinine", 0.9, "mmol/L"), res("S1", "sodium", 140, "meq/L"),
         res("S1", "ferritin", 85, "ng/mL"), res("S1", "glucose", 95, "mg/dL"), res("S1", "potassium", 4.2, "mmol/L")]

CASES = [
    ([], lab(), REP),
    ([], UnitGraph(), {}),
    (BASIC, lab(), REP),
    (BASIC, lab(), {}),
    (BASIC, UnitGraph(), REP),
    (list(reversed(BASIC)), lab(), REP),
    (tuple(BASIC), lab(), REP),
    (BASIC * 3, lab(), REP),
    (BASIC, lab(), REP, 0),
    (BASIC, lab(), REP, 1),
    (BASIC, lab(), REP, 10),
    (BASIC, lab(), REP, -1),
    (BASIC, lab(), REP, None),
    (BASIC, lab(), REP, 2.5),
    ([res("S", "sodium", 140, "mmol/L")], lab(), REP),
    ([res("S", "sodium", 140, "mmol/L")], lab(), REP, None),
    ([res("S", "sodium", 140, "nonsense")], lab(), REP),
    ([res("S", "sodium", 140, "nonsense"), res("S", "sodium", 141, "nonsense")], lab(), REP),
    ([res("S", "sodium", 140, "mmol/L")], lab(), {"sodium": "mmol/L"}),
    ([res("S", "sodium", 140, "mmol/L")], lab(), {"sodium": "nonsense"}),
    ([res("S", "sodium", 140, "nonsense")], lab(), {"sodium": "nonsense"}),
    ([res("S", "sodium", 140, "g/L")], lab(), {"sodium": "mmol/L"}),
    ([res("S", "sodium", 140, "g/L"), res("T", "sodium", 7, "g/L"), res("U", "sodium", 3, "mg/L")], lab(), {"sodium": "mmol/L"}),
    ([res("S", "albumin", 4.1, "g/dL")], lab(), {"albumin": ""}),
    ([res("S", "albumin", 4.1, "")], lab(), {"albumin": "g/L"}),
    ([res("S", "albumin", 4.1, "g/dL")], lab(), {"albumin": None}),
    ([res("S", None, 4.1, "g/dL")], lab(), {None: "g/L"}),
    ([res("S", "albumin", 0, "g/dL"), res("S", "albumin", -3.5, "g/dL"), res("S", "albumin", -0.0, "g/dL")], lab(), REP),
    ([res("S", "albumin", 1e-300, "g/dL"), res("S", "albumin", 1e300, "mg/L")], lab(), REP),
    ([res("S", "albumin", float("inf"), "g/dL")], lab(), REP),
    ([res("S", "albumin", True, "g/dL"), res("S", "albumin", True, "g/L")], lab(), REP),
    ([res("S", "albumin", 41, "g/L")], lab(), REP),
    ([res("S", "albumin", 41, "g/L")], lab(), REP, None),
    ([res("S", "albumin", 0.00004, "mg/L"), res("S", "albumin", 0.00005, "mg/L"), res("S", "albumin", 0.00015, "mg/L")], lab(), REP),
    ([res("S", "albumin", 2.675, "g/L"), res("S", "albumin", 2.675, "g/dL")], lab(), REP, 2),
    ([res("S", "albumin", "4.1", "g/dL")], lab(), REP),
    ([res("S", "albumin", "4.1", "g/L")], lab(), REP),
    ([res("S", "albumin", None, "g/dL")], lab(), REP),
    ([res("S", "potassium", None, "g/dL")], lab(), REP),
    ([res("S", "albumin", 4.1, "g/dL"), res("S", "albumin", None, "g/dL")], lab(), REP),
    ([{"analyte": "albumin", "value": 4, "unit": "bogus"}], lab(), REP),
    ([{"analyte": "albumin", "value": 4, "unit": "g/dL"}], lab(), REP),
    ([{"sample": "S", "value": 4, "unit": "g/dL"}], lab(), REP),
    ([{"sample": "S", "analyte": "albumin", "unit": "g/dL"}], lab(), REP),
    ([{"sample": "S", "analyte": "albumin", "value": 1}], lab(), REP),
    ([{"sample": "S", "analyte": "potassium", "value": 1}], lab(), REP),
    ([res("S", "albumin", 4.1, None)], lab(), REP),
    ([res("S", "albumin", 4.1, ["g/dL"])], lab(), REP),
    ([res("S", ["albumin"], 4.1, "g/dL")], lab(), REP),
    ([res("S", "albumin", 4.1, "g/dL", flag="H", comment="Prüfung")], lab(), REP),
    ([res(("S", 1), "albumin", 4.1, "kg/L")], lab(), REP),
    ([res("S", "x", 2, "a"), res("S", "x", 2, "d")], graph_of(("a", "b", 2), ("b", "c", 3), ("c", "d", 5), ("a", "d", 31)), {"x": "d"}),
    ([res("S", "x", 2, "a")], graph_of(("a", "b", 2), ("b", "d", 3), ("a", "c", 5), ("c", "d", 7)), {"x": "d"}),
    ([res("S", "x", 2, "a")], graph_of(("a", "c", 5), ("c", "d", 7), ("a", "b", 2), ("b", "d", 3)), {"x": "d"}),
    ([res("S", "x", 2, "d")], graph_of(("a", "b", 2), ("b", "d", 3), ("a", "c", 5), ("c", "d", 7)), {"x": "a"}),
    ([res("S", "x", 2, "a")], graph_of(("a", "b", 3), ("a", "b", 4)), {"x": "b"}),
    ([res("S", "x", 2, "b")], graph_of(("a", "b", 3), ("a", "b", 4)), {"x": "a"}),
    ([res("S", "x", 2, "a")], graph_of(("a", "a", 3)), {"x": "b"}),
    ([res("S", "x", 2, "a")], graph_of(("a", "b", -2.5)), {"x": "b"}),
    ([res("S", "x", 2, "b")], graph_of(("a", "b", 3)), {"x": "a"}),
    ([res("S", "x", 7, "b"), res("S", "x", 7, "b")], graph_of(("a", "b", 3)), {"x": "a"}, 12),
    ([res("S", "x", 7, "b")], graph_of(("a", "b", 0.1), ("b", "c", 0.2), ("c", "e", 0.3)), {"x": "e"}, 17),
    ([res("S", "x", 7, "é/µL")], graph_of(("é/µL", "é/L", 1e6)), {"x": "é/L"}),
    ([res("S", "x", 7, 1)], graph_of((1, 2, 10), (2, 3, 10)), {"x": 3}),
    ([res("S", "x", 7, 1.0), res("S", "x", 7, True)], graph_of((1, 2, 10)), {"x": 2}),
    ([res("S", "x", 7, "a")], graph_of(("a", "b", 2)), {"x": "b", "y": "a"}),
    ([res("S", "y", 7, "b")], graph_of(("a", "b", 2)), {"x": "b", "y": "a"}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(normalise_results, reference, *case)


def _random_cases():
    rng = random.Random(7373)
    prefixes = [("k", 1e3), ("", 1.0), ("d", 0.1), ("m", 1e-3), ("u", 1e-6)]
    volumes = [("L", 1.0), ("dL", 0.1), ("mL", 1e-3)]
    for index in range(130):
        graph = UnitGraph()
        for base in rng.sample(["g", "mol", "IU"], rng.randint(1, 3)):
            for (big, big_scale), (small, small_scale) in zip(prefixes, prefixes[1:]):
                for volume, _ in volumes:
                    if rng.random() < 0.85:
                        graph.add(f"{big}{base}/{volume}", f"{small}{base}/{volume}", big_scale / small_scale)
            for prefix, _ in prefixes:
                for (large, large_l), (little, little_l) in zip(volumes, volumes[1:]):
                    if rng.random() < 0.85:
                        graph.add(f"{prefix}{base}/{little}", f"{prefix}{base}/{large}", large_l / little_l)
        units = [f"{p}{b}/{v}" for p, _ in prefixes for b in ("g", "mol", "IU") for v, _ in volumes] + ["%", "ratio"]
        reporting = {analyte: rng.choice(units) for analyte in rng.sample(["alb", "na", "k", "fer", "tsh"], rng.randint(0, 5))}
        results = [res(f"S{n}", rng.choice(["alb", "na", "k", "fer", "tsh"]),
                       rng.choice([rng.randint(0, 500), round(rng.uniform(0, 500), rng.randint(0, 3))]), rng.choice(units))
                   for n in range(rng.randint(0, 25))]
        yield (results, graph, reporting) if index % 2 else (results, graph, reporting, rng.choice([0, 2, 6, None]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(normalise_results, reference, *case)


def test_large_batch() -> None:
    rng = random.Random(44)
    graph = UnitGraph()
    names = [f"u{n}" for n in range(60)]
    for n in range(1, 60):
        graph.add(names[rng.randrange(n)], names[n], rng.choice([10, 0.1, 2.5, 1000, 0.001]))
    for _ in range(20):
        graph.add(rng.choice(names), rng.choice(names), rng.choice([3, 0.5, 7]))
    reporting = {f"a{n}": rng.choice(names + ["orphan"]) for n in range(8)}
    results = [res(f"S{n}", f"a{rng.randrange(10)}", rng.uniform(0, 100), rng.choice(names + ["stray"])) for n in range(400)]
    assert_same(normalise_results, reference, results, graph, reporting)
