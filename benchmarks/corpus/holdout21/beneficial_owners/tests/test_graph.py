import pytest

from kycgraph.graph import OwnershipGraph
from kycgraph.registry import Holding, read_holdings

PEOPLE = {"P1": "Ada Lovelace", "P2": "Alan Turing", "P3": "Grace Hopper"}


def test_read_holdings() -> None:
    assert read_holdings(["owner,company,percent", " P1 , C1 ,40.5"]) == [Holding("P1", "C1", 40.5)]


def test_direct_and_indirect_stakes() -> None:
    graph = OwnershipGraph([Holding("P1", "HOLD", 60), Holding("P2", "HOLD", 40), Holding("HOLD", "OPCO", 50),
                            Holding("P3", "OPCO", 50)], PEOPLE)
    stakes = graph.effective_stakes("OPCO")
    assert stakes == pytest.approx({"P1": 0.3, "P2": 0.2, "P3": 0.5})


def test_stakes_add_up_over_several_chains() -> None:
    graph = OwnershipGraph([Holding("P1", "A", 100), Holding("P1", "B", 100), Holding("A", "C", 30), Holding("B", "C", 30)],
                           PEOPLE)
    assert graph.effective_stakes("C") == pytest.approx({"P1": 0.6})


def test_circular_and_invalid_structures() -> None:
    graph = OwnershipGraph([Holding("A", "B", 50), Holding("B", "A", 50)], PEOPLE)
    with pytest.raises(ValueError):
        graph.effective_stakes("A")
    with pytest.raises(ValueError):
        OwnershipGraph([Holding("P1", "A", 120)], PEOPLE).effective_stakes("A")


def test_ubo_report() -> None:
    graph = OwnershipGraph([Holding("P1", "HOLD", 60), Holding("P2", "HOLD", 40), Holding("HOLD", "OPCO", 50),
                            Holding("P3", "OPCO", 30)], PEOPLE)
    report = graph.ubo_report(["OPCO", "HOLD"])
    assert report[0] == {"company": "OPCO", "status": "ok", "owners": [("P1", "Ada Lovelace", 30.0), ("P3", "Grace Hopper", 30.0)],
                         "untraced_pct": 20.0}
    assert report[1]["owners"] == [("P1", "Ada Lovelace", 60.0), ("P2", "Alan Turing", 40.0)]


def test_ubo_report_errors_and_unknown_companies() -> None:
    graph = OwnershipGraph([Holding("A", "B", 50), Holding("B", "A", 50)], PEOPLE)
    assert graph.ubo_report(["A", "Z"]) == [
        {"company": "A", "status": "error", "owners": [], "untraced_pct": None},
        {"company": "Z", "status": "ok", "owners": [], "untraced_pct": 100.0}]


def test_threshold() -> None:
    graph = OwnershipGraph([Holding("P1", "A", 10), Holding("P2", "A", 90)], PEOPLE)
    assert [owner[0] for owner in graph.ubo_report(["A"], threshold=10)[0]["owners"]] == ["P2", "P1"]
    assert graph.ubo_report(["A"], threshold=95)[0]["owners"] == []
