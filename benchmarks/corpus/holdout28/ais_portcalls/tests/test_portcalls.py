import pytest

from portcalls.areas import Harbour, harbour_at
from portcalls.calls import PortCall, detect_port_calls
from portcalls.reports import PositionReport, parse_reports

BASIN = Harbour("Basin", 51.0, 51.1, 4.0, 4.1)
ANCHORAGE = Harbour("Anchorage", 51.2, 51.4, 3.8, 4.0)


def report(mmsi, time, lat=51.05, lon=4.05, sog=0.0):
    return PositionReport(mmsi, f"2024-05-06T{time}:00Z", lat, lon, sog)


def test_harbour_at() -> None:
    assert harbour_at([BASIN, ANCHORAGE], 51.05, 4.05) is BASIN
    assert harbour_at([BASIN, ANCHORAGE], 51.3, 3.9) is ANCHORAGE
    assert harbour_at([BASIN, ANCHORAGE], 50.0, 4.05) is None


def test_parse_reports_skips_unavailable_speed() -> None:
    text = "mmsi,timestamp,lat,lon,sog\n244001,2024-05-06T10:00:00Z,51.05,4.05,0.1\n244001,2024-05-06T10:03:00Z,51.05,4.05,102.3\n"
    assert parse_reports(text) == [PositionReport(244001, "2024-05-06T10:00:00Z", 51.05, 4.05, 0.1)]


def test_one_call_from_unordered_reports() -> None:
    reports = [report(1, "10:40"), report(1, "10:00", sog=3.0), report(1, "10:20"), report(1, "09:50", lat=50.0)]
    assert detect_port_calls(reports, [BASIN]) == [PortCall(1, "Basin", "2024-05-06T10:00:00Z", "2024-05-06T10:40:00Z", 40, 3)]


def test_short_moving_and_gapped_visits() -> None:
    short = [report(2, "10:00"), report(2, "10:10")]
    moving = [report(3, "10:00", sog=4.0), report(3, "11:00", sog=2.0)]
    gapped = [report(4, "08:00"), report(4, "08:40"), report(4, "11:00"), report(4, "11:45")]
    calls = detect_port_calls(short + moving + gapped, [BASIN])
    assert [(call.mmsi, call.arrival[11:16], call.minutes) for call in calls] == [(4, "08:00", 40), (4, "11:00", 45)]


def test_calls_sorted_by_arrival_and_area_change_splits() -> None:
    reports = [report(9, "06:00", 51.3, 3.9), report(9, "07:00", 51.3, 3.9), report(9, "07:30"), report(9, "08:30"),
               report(5, "06:30"), report(5, "07:30")]
    calls = detect_port_calls(reports, [BASIN, ANCHORAGE])
    assert [(call.mmsi, call.harbour) for call in calls] == [(9, "Anchorage"), (5, "Basin"), (9, "Basin")]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        detect_port_calls([], [BASIN], min_stay_minutes=-1)
    with pytest.raises(ValueError):
        detect_port_calls([], [BASIN], max_gap_minutes=0)
    with pytest.raises(ValueError):
        detect_port_calls([PositionReport(1, "2024-05-06 10:00", 51.05, 4.05, 0.0)], [BASIN])
