import pytest

from session_checkins.attendance import session_attendance, sponsor_summary
from session_checkins.registrations import parse_bookings
from session_checkins.scans import Scan, merge_uploads, parse_scanner_upload


def test_basic_attendance() -> None:
    bookings = {"S1": ["A", "B", "C"]}
    report = session_attendance(bookings, [("S1", "A"), ("S1", "D"), ("S1", "A")])
    item = report["S1"]
    assert item.booked == 3 and item.attended == 2
    assert item.walk_ins == ["D"]
    assert item.no_shows == ["B", "C"]
    assert item.no_show_rate == 0.667


def test_session_without_scans() -> None:
    report = session_attendance({"S1": ["A"], "S2": []}, [])
    assert report["S1"].no_shows == ["A"] and report["S1"].no_show_rate == 1.0
    assert report["S2"].no_show_rate == 0.0 and report["S2"].attended == 0


def test_scans_for_unbooked_sessions_are_ignored() -> None:
    report = session_attendance({"S1": ["A"]}, [("S9", "A"), ("S1", "A")])
    assert list(report) == ["S1"]
    assert report["S1"].no_shows == []


def test_scans_at_other_sessions_do_not_count() -> None:
    report = session_attendance({"S1": ["A"], "S2": ["A"]}, [("S2", "A")])
    assert report["S1"].no_shows == ["A"]
    assert report["S2"].attended == 1


def test_parse_bookings() -> None:
    text = "session_id,badge_id\nK1, b001\nK1,B002\nW3,b001\n"
    assert parse_bookings(text) == {"K1": ["B001", "B002"], "W3": ["B001"]}
    with pytest.raises(ValueError):
        parse_bookings("K1\n")
    with pytest.raises(ValueError):
        parse_bookings("K1, \n")


def test_parse_and_merge_uploads() -> None:
    first = parse_scanner_upload("# door 1\nD1|K1|b001|30\nD1|K1|b002|90\n")
    second = parse_scanner_upload("D2|K1|b003|60\n")
    assert first[0] == Scan("D1", "K1", "B001", 30)
    assert merge_uploads([first, second]) == [("K1", "B001"), ("K1", "B003"), ("K1", "B002")]
    with pytest.raises(ValueError):
        parse_scanner_upload("D1|K1|b001\n")
    with pytest.raises(ValueError):
        parse_scanner_upload("D1|K1|b001|soon\n")


def test_sponsor_summary() -> None:
    report = session_attendance({"S1": ["A", "B"], "S2": ["C"]}, [("S1", "A"), ("S2", "C"), ("S2", "X")])
    lines = sponsor_summary(report, top=1)
    assert lines[0] == "S2: 2 attended, 1 walk-ins, 0.0% no-shows"
    assert lines[-1] == "overall no-show rate 33.3%"
