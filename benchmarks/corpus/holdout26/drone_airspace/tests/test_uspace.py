import json

import pytest

from uspace.conflicts import find_conflicts, validate
from uspace.plan import conflict_counts, settle
from uspace.volumes import Reservation, load_requests


def volume(flight_id, operator="A", x=0.0, y=0.0, radius=100.0, floor=0.0, ceiling=100.0, start=600, end=630):
    return Reservation(flight_id, operator, x, y, radius, floor, ceiling, start, end)


def test_load_requests() -> None:
    text = json.dumps([{"flight_id": "F1", "operator": "A", "x": 1.5, "y": 2, "radius": 100, "floor": 0, "ceiling": 60,
                        "start": 600, "end": 630, "pilot": "ignored"}])
    assert load_requests(text) == [volume("F1", x=1.5, y=2, radius=100, floor=0, ceiling=60)]


def test_validate() -> None:
    validate(volume("ok"))
    for bad in [volume("t", start=630, end=630), volume("h", floor=100.0, ceiling=100.0), volume("r", radius=-1.0)]:
        with pytest.raises(ValueError):
            validate(bad)
    with pytest.raises(ValueError):
        find_conflicts([volume("ok"), volume("t", start=700, end=650)])


def test_conflicts_in_space_and_time() -> None:
    flights = [
        volume("F1", "A"),
        volume("F2", "B", x=240.0),                  # 240 < 100 + 100 + 50
        volume("F3", "C", x=260.0, start=630, end=640),  # after F1 ends, overlaps F2? no: F2 ends 630
        volume("F4", "A", x=10.0),                   # same operator as F1
        volume("F5", "D", y=100.0, floor=110.0, ceiling=200.0),  # 10 m above F1 and F4; too far from F2
        volume("F6", "E", x=-250.0),                 # 250 is not < 250
    ]
    assert find_conflicts(flights) == [("F1", "F2"), ("F1", "F5"), ("F2", "F4"), ("F4", "F5")]
    assert find_conflicts(flights, separation=51.0) == [("F1", "F2"), ("F1", "F5"), ("F1", "F6"), ("F2", "F4"), ("F4", "F5")]
    assert find_conflicts(flights, vertical_separation=5.0) == [("F1", "F2"), ("F2", "F4")]
    assert find_conflicts([]) == []


def test_settle_and_counts() -> None:
    conflicts = [("F1", "F2"), ("F1", "F3"), ("F2", "F3")]
    purposes = {"F1": "leisure", "F2": "medical", "F3": "medical"}
    assert settle(conflicts, purposes) == {"F1": ["F2", "F3"], "F3": ["F2"]}
    assert conflict_counts(conflicts) == [("F1", 2), ("F2", 2), ("F3", 2)]
