import pytest

from faulttree.evaluate import top_event_probability
from faulttree.importance import rank_events
from faulttree.model import FaultTree, Gate, parse_tree

TREE = """
# cooling water to the reactor jacket
event PUMP_A 0.01
event PUMP_B 0.02
event POWER 0.001
event VALVE 0.005
gate PUMPS and PUMP_A PUMP_B
gate NO_FLOW or PUMPS VALVE POWER
gate TOP or NO_FLOW POWER
"""


def test_parse_tree() -> None:
    tree = parse_tree(TREE)
    assert tree.events["PUMP_A"] == 0.01
    assert tree.gates["PUMPS"] == Gate("PUMPS", "and", ("PUMP_A", "PUMP_B"))
    assert parse_tree("event A 0.1\nevent B 0.2\nevent C 0.3\ngate V 2of3 A B C\n").gates["V"].k == 2
    for bad in ["event A 1.5", "event A x", "gate V 2of4 A B C", "gate V xor A B", "event A 0.1\nevent A 0.2", "hello"]:
        with pytest.raises(ValueError):
            parse_tree(bad)


def test_and_or_gates() -> None:
    tree = parse_tree(TREE)
    assert top_event_probability(tree, "PUMPS") == pytest.approx(0.0002)
    no_flow = 1 - (1 - 0.0002) * (1 - 0.005) * (1 - 0.001)
    assert top_event_probability(tree, "NO_FLOW") == pytest.approx(no_flow)
    assert top_event_probability(tree, "PUMP_A") == 0.01


def test_vote_gate() -> None:
    tree = parse_tree("event A 0.1\nevent B 0.1\nevent C 0.1\ngate V 2of3 A B C\n")
    assert top_event_probability(tree, "V") == pytest.approx(3 * 0.01 * 0.9 + 0.001)


def test_overrides_and_errors() -> None:
    tree = parse_tree(TREE)
    assert top_event_probability(tree, "PUMPS", {"PUMP_A": 1.0}) == pytest.approx(0.02)
    assert top_event_probability(tree, "TOP", {"NO_FLOW": 0.0}) == pytest.approx(0.001)
    with pytest.raises(ValueError):
        top_event_probability(tree, "TOP", {"NOPE": 1.0})
    with pytest.raises(ValueError):
        top_event_probability(tree, "TOP", {"POWER": 2.0})
    with pytest.raises(ValueError):
        top_event_probability(tree, "MISSING")
    cyclic = FaultTree({"A": 0.1}, {"G": Gate("G", "or", ("A", "H")), "H": Gate("H", "and", ("G", "A"))})
    with pytest.raises(ValueError):
        top_event_probability(cyclic, "G")


def test_rank_events() -> None:
    ranked = rank_events(parse_tree(TREE), "TOP")
    assert [item.event for item in ranked][:2] == ["VALVE", "POWER"]
    assert ranked[0].birnbaum == pytest.approx(0.9978, abs=1e-4)
    assert ranked[-1].event == "PUMP_B"
