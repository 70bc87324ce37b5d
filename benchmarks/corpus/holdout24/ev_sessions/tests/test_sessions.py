from datetime import datetime

import pytest

from chargepoint.meterlog import Session, summarise_sessions
from chargepoint.report import busiest_days, charger_totals
from chargepoint.tariff import session_charge

LOG = """\
2024-03-04 08:00:10,CP-1,1,START,1000
2024-03-04 08:30:10,CP-1,1,METER,4500
2024-03-04 09:00:10,CP-1,1,METER,8000
2024-03-04 09:30:10,CP-1,1,METER,8000
2024-03-04 10:45:40,CP-1,1,STOP,8000
"""


def test_session_with_overstay() -> None:
    [session] = summarise_sessions(LOG.splitlines(keepends=True))
    assert session == Session("CP-1", 1, "2024-03-04", datetime(2024, 3, 4, 8, 0, 10), datetime(2024, 3, 4, 10, 45, 40),
                              7000, 75, 450)


def test_energy_resuming_resets_idle_time() -> None:
    lines = ["2024-03-04 08:00:00,CP-1,2,START,0", "2024-03-04 08:10:00,CP-1,2,METER,0",
             "2024-03-04 09:10:00,CP-1,2,METER,500", "2024-03-04 09:12:30,CP-1,2,METER,500",
             "2024-03-04 09:20:00,CP-1,2,STOP,500"]
    [session] = summarise_sessions(lines)
    assert (session.energy_wh, session.idle_minutes, session.idle_fee) == (500, 7, 0)


def test_interleaved_connectors_and_orphans() -> None:
    lines = ["# export 2024-03", "", "2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:01:00,CP-1,2,START,100",
             "2024-03-04 08:02:00,CP-1,3,STOP,5", "2024-03-04 08:05:00,CP-1,2,STOP,900",
             "2024-03-04 08:09:00,CP-1,1,STOP,300", "2024-03-04 08:10:00,CP-2,1,START,7"]
    sessions = summarise_sessions(lines)
    assert [(s.connector, s.energy_wh) for s in sessions] == [(2, 800), (1, 300)]


def test_bad_lines() -> None:
    with pytest.raises(ValueError):
        summarise_sessions(["2024-03-04 08:00:00,CP-1,1,START"])
    with pytest.raises(ValueError):
        summarise_sessions(["2024-03-04 08:00:00,CP-1,1,PAUSE,10"])
    with pytest.raises(ValueError):
        summarise_sessions(["04/03/2024 08:00,CP-1,1,START,10"])


def test_reports() -> None:
    sessions = summarise_sessions(LOG.splitlines())
    assert session_charge(sessions[0]) == 413 + 450
    assert charger_totals(sessions) == {"CP-1": {"sessions": 1, "energy_wh": 7000, "plugged_minutes": 165,
                                                 "idle_fees": 450, "takings": 863}}
    assert busiest_days(sessions) == [("2024-03-04", 1)]
