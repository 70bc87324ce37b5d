import pytest

from pilotage.dispatch import dispatch
from pilotage.report import jobs_per_pilot, waiting_summary
from pilotage.roster import Boarding, Pilot, PilotRequest

PILOTS = [Pilot("Hansen", 4), Pilot("Berg", 2), Pilot("Dahl", 2)]


def test_smallest_sufficient_pilot_first() -> None:
    requests = [PilotRequest("Nordic Star", 0, 120, 1, 90), PilotRequest("Atlantic Giant", 0, 60, 4, 150)]
    assert dispatch(requests, PILOTS) == [
        Boarding("Atlantic Giant", "Hansen", 0, 0, False),
        Boarding("Nordic Star", "Berg", 0, 0, False),
    ]


def test_waiting_for_a_pilot() -> None:
    requests = [PilotRequest("A", 0, 30, 1, 60), PilotRequest("B", 10, 40, 1, 60)]
    boardings = dispatch(requests, [Pilot("Solo", 3)])
    assert boardings == [Boarding("A", "Solo", 0, 0, False), Boarding("B", "Solo", 60, 50, True)]
    assert waiting_summary(boardings) == {"boardings": 2, "mean_wait": 25.0, "max_wait": 50, "late_percent": 50.0}


def test_tide_deadline_order() -> None:
    requests = [PilotRequest("Early", 0, 500, 1, 30), PilotRequest("Urgent", 5, 40, 1, 30),
                PilotRequest("Blocker", 0, 10, 1, 20)]
    boardings = dispatch(requests, [Pilot("Solo", 1)])
    assert [boarding.ship for boarding in boardings] == ["Blocker", "Urgent", "Early"]
    assert jobs_per_pilot(boardings) == {"Solo": 3}


def test_bad_rosters() -> None:
    with pytest.raises(ValueError):
        dispatch([PilotRequest("A", 0, 10, 1, 10)], [])
    with pytest.raises(ValueError):
        dispatch([PilotRequest("A", 0, 10, 5, 10)], PILOTS)
    with pytest.raises(ValueError):
        dispatch([], [Pilot("X", 1), Pilot("X", 2)])
    assert dispatch([], PILOTS) == []
