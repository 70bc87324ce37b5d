import pytest

from bedboard.dashboard import peak_occupancy, rejection_reasons
from bedboard.events import AdtEvent, Rejection
from bedboard.replay import replay

CAPACITY = {"Ward 1": 2, "ICU": 1}


def test_admit_transfer_discharge() -> None:
    events = [
        AdtEvent("admit", "P1", "Ward 1", 1),
        AdtEvent("admit", "P2", "ICU", 1),
        AdtEvent("transfer", "P2", "Ward 1", 2),
        AdtEvent("discharge", "P1"),
    ]
    census = replay(events, CAPACITY)
    assert census.occupancy == [{"Ward 1": 1, "ICU": 0}, {"Ward 1": 1, "ICU": 1}, {"Ward 1": 2, "ICU": 0},
                                {"Ward 1": 1, "ICU": 0}]
    assert census.rejected == []
    assert census.beds == {"Ward 1": {2: "P2"}, "ICU": {}}


def test_rejected_messages_leave_no_trace() -> None:
    events = [
        AdtEvent("admit", "P1", "Ward 1", 1),
        AdtEvent("transfer", "P1", "ICU", 2),
        AdtEvent("transfer", "P1", "Ward 1", 1),
        AdtEvent("admit", "P2", "Ward 1", 1),
        AdtEvent("discharge", "P9"),
        AdtEvent("admit", "P1", "ICU", 1),
        AdtEvent("admit", "P3", "Theatre", 1),
    ]
    census = replay(events, CAPACITY)
    assert census.rejected == [
        Rejection(1, "P1", "no such bed"),
        Rejection(2, "P1", "same bed"),
        Rejection(3, "P2", "bed occupied"),
        Rejection(4, "P9", "not admitted"),
        Rejection(5, "P1", "already admitted"),
        Rejection(6, "P3", "unknown ward"),
    ]
    assert census.beds == {"Ward 1": {1: "P1"}, "ICU": {}}
    assert rejection_reasons(census)["no such bed"] == 1


def test_unknown_message_type() -> None:
    with pytest.raises(ValueError):
        replay([AdtEvent("swap", "P1")], CAPACITY)


def test_peak_occupancy() -> None:
    census = replay([AdtEvent("admit", "P1", "Ward 1", 1), AdtEvent("admit", "P2", "Ward 1", 2),
                     AdtEvent("discharge", "P2")], CAPACITY)
    assert peak_occupancy(census, CAPACITY) == {"Ward 1": (2, 100.0), "ICU": (0, 0.0)}
