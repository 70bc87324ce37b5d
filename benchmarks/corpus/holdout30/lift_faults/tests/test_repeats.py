import pytest

from lift_faults.faultlog import merge_logs, parse_call_log
from lift_faults.repeats import repeat_callouts
from lift_faults.report import LiftFigures, lift_figures


def call(raised, lift="S/L1", code="DOOR"):
    return {"raised": raised, "site": "S", "lift": lift, "code": code, "notes": ""}


def test_repeat_within_window() -> None:
    events = [call("2024-03-01 08:00"), call("2024-03-02 20:00")]
    assert repeat_callouts(events) == [(1, 0, 36.0)]


def test_outside_window() -> None:
    events = [call("2024-03-01 08:00"), call("2024-03-05 08:00")]
    assert repeat_callouts(events) == []
    assert repeat_callouts(events, window_hours=96) == [(1, 0, 96.0)]


def test_unsorted_log_uses_latest_earlier_call() -> None:
    events = [call("2024-03-03 08:00"), call("2024-03-01 08:00"), call("2024-03-02 08:00")]
    assert repeat_callouts(events) == [(0, 2, 24.0), (2, 1, 24.0)]


def test_lifts_are_separate() -> None:
    events = [call("2024-03-01 08:00", "S/L1"), call("2024-03-01 09:00", "S/L2")]
    assert repeat_callouts(events) == []


def test_same_minute_calls() -> None:
    events = [call("2024-03-01 08:00"), call("2024-03-01 08:00")]
    assert repeat_callouts(events) == [(1, 0, 0.0)]


def test_errors() -> None:
    with pytest.raises(ValueError):
        repeat_callouts([call("01/03/2024 08:00")])
    with pytest.raises(ValueError):
        repeat_callouts([call("2024-03-01 08:00")], window_hours=-1)


def test_parse_call_log() -> None:
    calls = parse_call_log("# desk 1\n2024-03-01 08:00;TOWER;L1;trap;resident stuck; released 08:40\n")
    assert calls == [{"raised": "2024-03-01 08:00", "site": "TOWER", "lift": "TOWER/L1", "code": "TRAP",
                      "notes": "resident stuck; released 08:40"}]
    with pytest.raises(ValueError):
        parse_call_log("2024-03-01 08:00;TOWER;L1\n")
    with pytest.raises(ValueError):
        parse_call_log("2024-03-01 08:00;TOWER;L1;SMELL;odd\n")
    assert merge_logs(calls, calls) == calls + calls


def test_lift_figures() -> None:
    events = [call("2024-03-01 08:00", code="TRAP"), call("2024-03-02 08:00"), call("2024-03-20 08:00", "S/L2")]
    figures = lift_figures(events, repeat_callouts(events), "2024-03-01 00:00", "2024-03-31 00:00", lifts=["S/L3"])
    assert figures == [LiftFigures("S/L1", 2, 1, 1, 15.0), LiftFigures("S/L2", 1, 0, 0, 30.0),
                       LiftFigures("S/L3", 0, 0, 0, None)]
