import pytest

from biobank.records import Sample, Scan, parse_rack_csv, positions
from biobank.reconcile import find_sample, reconcile
from biobank.report import audit_lines

MANIFEST = [Sample("BB1", "S", "B1", "A1"), Sample("BB2", "S", "B1", "A2"), Sample("BB3", "S", "B2", "A1"),
            Sample("BB4", "S", "B1", "A3"), Sample("BB3", "T", "B9", "H12")]


def test_positions_and_csv() -> None:
    assert positions()[:3] == ["A1", "A2", "A3"] and positions()[-1] == "H12" and len(positions()) == 96
    assert parse_rack_csv("B1", "Position, Barcode\nA1,BB1\n\nA2,NO READ\n") == [Scan("B1", "A1", "BB1"),
                                                                                Scan("B1", "A2", "NO READ")]
    with pytest.raises(ValueError):
        parse_rack_csv("B1", "A1,BB1")
    with pytest.raises(ValueError):
        parse_rack_csv("B1", "Position,Barcode\nA1,BB1,extra")


def test_find_sample_first_registration_wins() -> None:
    assert find_sample(MANIFEST, "BB3").box == "B2"
    assert find_sample(MANIFEST, "BB9") is None


def test_reconcile_box() -> None:
    scans = [Scan("B1", "A1", "bb1 "), Scan("B1", "A2", "BB3"), Scan("B1", "A3", "NO TUBE"), Scan("B1", "A4", "XX7")]
    assert reconcile(scans, MANIFEST) == {"B1": {"matched": ["A1"], "misplaced": [("A2", "BB3", "B2", "A1")],
                                                 "unexpected": [("A4", "XX7")], "unread": ["A3"],
                                                 "missing": [("A2", "BB2"), ("A3", "BB4")]}}


def test_tube_found_in_another_scanned_box_is_not_missing() -> None:
    scans = [Scan("B2", "A1", "BB2")]
    report = reconcile(scans, MANIFEST)
    assert report["B2"]["misplaced"] == [("A1", "BB2", "B1", "A2")]
    assert report["B2"]["missing"] == [("A1", "BB3"), ]
    assert list(report) == ["B2"]


def test_audit_lines() -> None:
    report = reconcile([Scan("B1", "A1", "BB1"), Scan("B1", "A2", "BB2"), Scan("B1", "A3", "BB4")], MANIFEST)
    assert audit_lines(report) == ["1 boxes: 3 matched, 0 misplaced, 0 unexpected, 0 unread, 0 missing"]
    assert reconcile([], MANIFEST) == {}
