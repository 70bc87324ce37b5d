"""Strict equivalence tests for OwnershipGraph.ubo_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from kycgraph.graph import OwnershipGraph as PackageOwnershipGraph
from kycgraph.registry import Holding

TARGET = "kycgraph/graph.py:OwnershipGraph.ubo_report"


# --- verbatim copy of the original class -----------------------------------------------------

class OwnershipGraph:
    def __init__(self, holdings, people):
        self.holdings = list(holdings)
        self.people = dict(people)

    def shareholders(self, company):
        return [holding for holding in self.holdings if holding.company == company]

    def effective_stakes(self, company, path=()):
        if company in path:
            raise ValueError(f"circular ownership: {' > '.join(path + (company,))}")
        stakes = {}
        for holding in self.shareholders(company):
            if not 0 < holding.percent <= 100:
                raise ValueError(f"invalid percentage {holding.percent} for {holding.owner} in {company}")
            share = holding.percent / 100
            if holding.owner in self.people:
                stakes[holding.owner] = stakes.get(holding.owner, 0.0) + share
            else:
                for person, fraction in self.effective_stakes(holding.owner, path + (company,)).items():
                    stakes[person] = stakes.get(person, 0.0) + share * fraction
        return stakes

    def ubo_report(self, companies, threshold=25.0):
        report = []
        for company in companies:
            try:
                stakes = self.effective_stakes(company)
            except ValueError:
                report.append({"company": company, "status": "error", "owners": [], "untraced_pct": None})
                continue
            owners = [(person, self.people[person], round(fraction * 100, 4))
                      for person, fraction in stakes.items() if fraction * 100 >= threshold]
            owners.sort(key=lambda owner: (-owner[2], owner[0]))
            traced = sum(stakes.values()) * 100
            report.append({"company": company, "status": "ok", "owners": owners, "untraced_pct": round(100 - traced, 4)})
        return report


# --- harness: fresh graphs for candidate and reference ----------------------------------------

def run(cls, holdings, people, *calls, extra=None):
    """Build a graph with ``cls`` and run ubo_report once per call (``extra`` holdings are
    appended to graph.holdings after the first call); report results and the graph's data."""
    try:
        graph = cls(holdings, people)
    except Exception as error:  # noqa: BLE001
        return ("setup failed", type(error).__name__)
    report = []
    for number, args in enumerate(calls):
        if number == 1 and extra:
            graph.holdings.extend(extra)
        try:
            report.append(("ok", graph.ubo_report(*args)))
        except Exception as error:  # noqa: BLE001
            report.append(("raised", type(error).__name__))
    report.append((list(graph.holdings), dict(graph.people)))
    return report


def candidate(*args, **kwargs):
    return run(PackageOwnershipGraph, *args, **kwargs)


def reference(*args, **kwargs):
    return run(OwnershipGraph, *args, **kwargs)


H = Holding
PEOPLE = {"P1": "Ada Lovelace", "P2": "Alan Turing", "P3": "Grace Hopper", "P4": "Émilie du Châtelet", "P5": "李白"}
BASIC = [H("P1", "HOLD", 60), H("P2", "HOLD", 40), H("HOLD", "OPCO", 50), H("P3", "OPCO", 30)]
DIAMOND = [H("P1", "TOP", 70), H("P2", "TOP", 30), H("TOP", "L", 50), H("TOP", "R", 100), H("P3", "L", 50),
           H("L", "BOT", 40), H("R", "BOT", 35), H("P4", "BOT", 25)]
CYCLE = [H("A", "B", 50), H("B", "A", 50), H("P1", "A", 50), H("P2", "B", 50), H("B", "C", 100), H("P3", "D", 100)]
DEEP = [H("P1", "C0", 100)] + [H(f"C{n}", f"C{n + 1}", 90) for n in range(40)] + [H("P2", f"C{n}", 10) for n in range(1, 41)]

CASES = [
    ([], {}, ([],)),
    ([], {}, (["X"],)),
    ([], PEOPLE, (["P1"],)),
    (BASIC, PEOPLE, ([],)),
    (BASIC, PEOPLE, (["OPCO"],)),
    (BASIC, PEOPLE, (["OPCO", "HOLD"],)),
    (BASIC, PEOPLE, (("OPCO", "HOLD", "OPCO"),)),
    (BASIC, PEOPLE, (["OPCO"], 0)),
    (BASIC, PEOPLE, (["OPCO"], 30)),
    (BASIC, PEOPLE, (["OPCO"], 30.0001)),
    (BASIC, PEOPLE, (["OPCO"], 29.9999)),
    (BASIC, PEOPLE, (["OPCO"], -5)),
    (BASIC, PEOPLE, (["OPCO"], 100)),
    (BASIC, PEOPLE, (["OPCO"], float("inf"))),
    (BASIC, PEOPLE, (["OPCO"], float("-inf"))),
    (BASIC, PEOPLE, (["OPCO"], True)),
    (BASIC, PEOPLE, (["P1", "UNKNOWN", ""],)),
    (BASIC, PEOPLE, (["OPCO"],), (["HOLD"], 10), (["OPCO"], 50)),
    (tuple(BASIC), PEOPLE, (["OPCO"],)),
    (list(reversed(BASIC)), PEOPLE, (["OPCO"],)),
    (BASIC + BASIC, PEOPLE, (["OPCO", "HOLD"],)),
    (DIAMOND, PEOPLE, (["BOT", "L", "R", "TOP"],)),
    (DIAMOND, PEOPLE, (["BOT", "L", "R", "TOP"], 10)),
    (DIAMOND, PEOPLE, (["TOP", "R", "L", "BOT"], 0)),
    (DIAMOND + [H("BOT", "X", 100), H("BOT", "Y", 50), H("X", "Y", 50)], PEOPLE, (["Y", "X", "BOT"], 0)),
    (CYCLE, PEOPLE, (["A", "B", "C", "D"],)),
    (CYCLE, PEOPLE, (["D", "C", "B", "A"], 0)),
    (CYCLE, PEOPLE, (["C"],)),
    ([H("A", "A", 10), H("P1", "A", 90)], PEOPLE, (["A"],)),
    ([H("A", "B", 10), H("B", "C", 10), H("C", "A", 10), H("P1", "D", 50), H("A", "D", 50)], PEOPLE, (["D", "A", "B", "C"],)),
    ([H("P1", "A", 50), H("A", "B", 50), H("B", "E", 50), H("E", "B", 10), H("P2", "B", 40)], PEOPLE, (["A", "B", "E"],)),
    (DEEP, PEOPLE, (["C40", "C20", "C1", "C0"], 0)),
    ([H("P1", "A", 0)], PEOPLE, (["A"],)),
    ([H("P1", "A", -10)], PEOPLE, (["A"],)),
    ([H("P1", "A", 100.0001)], PEOPLE, (["A"],)),
    ([H("P1", "A", 100)], PEOPLE, (["A"],)),
    ([H("P1", "A", 1e-12)], PEOPLE, (["A"], 0)),
    ([H("P1", "A", float("nan"))], PEOPLE, (["A"],)),
    ([H("P1", "A", float("inf"))], PEOPLE, (["A"],)),
    ([H("P1", "A", True)], PEOPLE, (["A"], 0)),
    ([H("P1", "HOLD", 50), H("HOLD", "A", 50), H("HOLD", "B", 50), H("P2", "HOLD", 150)], PEOPLE, (["A", "B", "HOLD"],)),
    ([H("P1", "A", 60), H("P1", "A", 60)], PEOPLE, (["A"],)),
    ([H("P1", "A", 33.333333), H("P2", "A", 33.333333), H("P3", "A", 33.333334)], PEOPLE, (["A"], 33.3333)),
    ([H("P1", "A", 25), H("P2", "A", 25), H("P3", "A", 25), H("P4", "A", 25)], PEOPLE, (["A"],)),
    ([H("P5", "A", 25), H("P4", "A", 25), H("P1", "A", 25.00001), H("P3", "A", 24.99999)], PEOPLE, (["A"],)),
    ([H("P1", "A", 10), H("B", "A", 90), H("P2", "B", 100)], {**PEOPLE, "B": "A company registered as a person"}, (["A"],)),
    ([H("P1", "A", 10), H("X", "A", 90)], PEOPLE, (["A"], 0)),
    ([H("P1", "A", 10), H("X", "A", 90), H("X", "X", 50)], PEOPLE, (["A"], 0)),
    ([H("P1", 7, 10), H(7, 8, 90)], PEOPLE, ([8, 7],)),
    ([H("P1", ("A",), 10)], PEOPLE, ([("A",)],)),
    ([H("P1", "A", 60)], {"P1": None}, (["A"],)),
    # changes to the graph between calls
    (BASIC, PEOPLE, (["OPCO"],), (["OPCO"],), {"extra": [H("P4", "OPCO", 20)]}),
    (BASIC, PEOPLE, (["OPCO", "HOLD"],), (["OPCO", "HOLD"],), {"extra": [H("P4", "HOLD", 20), H("OPCO", "HOLD", 5)]}),
    (DIAMOND, PEOPLE, (["BOT"], 0), (["BOT"], 0), {"extra": [H("P5", "R", 10)]}),
    # invalid input
    (None, PEOPLE, (["A"],)),
    (BASIC, None, (["A"],)),
    (BASIC, PEOPLE, (None,)),
    (BASIC, PEOPLE, (["OPCO"], None)),
    (BASIC, PEOPLE, (["OPCO"], "25")),
    ([H("P1", "A", "50")], PEOPLE, (["A"],)),
    ([H("P1", "A", None)], PEOPLE, (["A"],)),
    ([H("P1", "A", 50), None], PEOPLE, (["A"],)),
    ([H("P1", "A", 50), H(None, "A", 20)], PEOPLE, (["A"],)),
    ([H("P1", "A", 50), H(["x"], "A", 20)], PEOPLE, (["A"],)),
    ([H(7, "A", 50)], PEOPLE, (["A"],)),
]


def _split(case):
    kwargs = case[-1] if isinstance(case[-1], dict) else {}
    args = case[:-1] if kwargs else case
    return args, kwargs


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    args, kwargs = _split(case)
    assert_same(candidate, reference, *args, **kwargs)


def test_direct_call_with_keywords() -> None:
    assert_same(lambda: PackageOwnershipGraph(DIAMOND, PEOPLE).ubo_report(threshold=5, companies=["BOT"]),
                lambda: OwnershipGraph(DIAMOND, PEOPLE).ubo_report(threshold=5, companies=["BOT"]))


def _random_cases():
    rng = random.Random(1989)
    for index in range(200):
        people = {f"P{n}": f"Person {n}" for n in range(rng.randint(1, 5))}
        companies = [f"C{n}" for n in range(rng.randint(1, 9))]
        holdings = []
        for position, company in enumerate(companies):
            owners = rng.sample(list(people) + companies[:position], min(position + len(people), rng.randint(0, 4)))
            if rng.random() < 0.07:
                owners.append(rng.choice(companies))  # may close a cycle
            for owner in owners:
                percent = rng.choice([round(rng.uniform(1, 60), 2), 25, 50, 100, 12.5, 33.3])
                if rng.random() < 0.02:
                    percent = rng.choice([0, -1, 150])
                holdings.append(Holding(owner, company, percent))
        rng.shuffle(holdings)
        queries = rng.sample(companies + ["NOPE"], rng.randint(0, len(companies) + 1))
        threshold = rng.choice([0, 10, 25, 25.0, 50])
        if index % 4 == 0:
            yield holdings, people, (queries, threshold), (list(reversed(queries)),)
        else:
            yield holdings, people, (queries, threshold)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_group_structure() -> None:
    rng = random.Random(77)
    people = {f"P{n}": f"Person {n}" for n in range(6)}
    holdings = []
    layer = []
    for n in range(3):
        holdings += [Holding(p, f"TOP{n}", 100 / 3) for p in rng.sample(sorted(people), 3)]
        layer.append(f"TOP{n}")
    customers = []
    for depth in range(5):
        next_layer = []
        for n in range(3):
            company = f"D{depth}N{n}"
            holdings += [Holding(owner, company, rng.choice([20, 30, 45.5])) for owner in rng.sample(layer, 2)]
            next_layer.append(company)
        layer = next_layer
        customers += layer
    holdings += [Holding(f"X{n}", f"Y{n}", 100) for n in range(300)]
    assert_same(candidate, reference, holdings, people, (customers, 5), (customers,))
