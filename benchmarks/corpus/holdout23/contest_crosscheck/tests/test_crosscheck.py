from datetime import datetime

import pytest

from qsocheck.cabrillo import QSO, band_of, parse_qso_line
from qsocheck.crosscheck import cross_check
from qsocheck.scoring import checked_scores


def test_parse_qso_line() -> None:
    start = datetime(2024, 2, 17, 0, 0)
    qso = parse_qso_line("QSO: 14025 CW 2024-02-17 0102 g4abc 599 14 DL1XYZ 599 28", start)
    assert qso == QSO("G4ABC", "DL1XYZ", "20m", "CW", 62, "599 14", "599 28")
    with pytest.raises(ValueError):
        parse_qso_line("QSO: 14025 CW 2024-02-17 0102 G4ABC 599 14", start)
    with pytest.raises(ValueError):
        band_of(10100)


def test_confirmed_and_bad_exchange() -> None:
    qsos = [QSO("G4ABC", "DL1XYZ", "20m", "CW", 10, "599 14", "599 28"),
            QSO("DL1XYZ", "G4ABC", "20m", "CW", 11, "599 28", "599 14"),
            QSO("G4ABC", "DL1XYZ", "40m", "CW", 50, "599 14", "599 27"),
            QSO("DL1XYZ", "G4ABC", "40m", "CW", 52, "599 28", "599 14")]
    result = cross_check(qsos)
    assert result["statuses"] == ["confirmed", "confirmed", "bad_exchange", "confirmed"]
    assert result["per_station"]["G4ABC"] == {"confirmed": 1, "bad_exchange": 1, "not_in_log": 0, "no_log": 0}


def test_not_in_log_and_no_log() -> None:
    qsos = [QSO("G4ABC", "DL1XYZ", "20m", "CW", 10, "599 14", "599 28"),
            QSO("DL1XYZ", "G4ABC", "20m", "CW", 20, "599 28", "599 14"),
            QSO("G4ABC", "F5AAA", "20m", "CW", 30, "599 14", "599 14")]
    assert cross_check(qsos)["statuses"] == ["not_in_log", "not_in_log", "no_log"]
    assert cross_check(qsos, tolerance=10)["statuses"] == ["confirmed", "confirmed", "no_log"]


def test_closest_candidate_wins() -> None:
    qsos = [QSO("A1", "B1", "20m", "CW", 10, "599 1", "599 2"),
            QSO("B1", "A1", "20m", "CW", 8, "599 X", "599 1"),
            QSO("B1", "A1", "20m", "CW", 11, "599 2", "599 1")]
    assert cross_check(qsos)["statuses"][0] == "confirmed"


def test_negative_tolerance() -> None:
    with pytest.raises(ValueError):
        cross_check([], tolerance=-1)
    assert cross_check([]) == {"statuses": [], "per_station": {}}


def test_checked_scores() -> None:
    qsos = [QSO("A1", "B1", "20m", "CW", 10, "599 1", "599 2"), QSO("A1", "C1", "40m", "PH", 12, "59 1", "59 3")]
    assert checked_scores(qsos, ["confirmed", "not_in_log"]) == {"A1": {"claimed": 5, "checked": 1}}
