from datetime import datetime

import pytest

from apiary.scales import Reading, hive_report, parse_reading

HEADER = "hive,taken,weight_kg,temp_c"


def test_parse_reading() -> None:
    assert parse_reading("H1, 2024-06-01T10:00 ,42.5,34.8") == Reading("H1", datetime(2024, 6, 1, 10), 42.5, 34.8)
    assert parse_reading("H1,2024-06-01T10:00,42.5,").temperature is None
    with pytest.raises(ValueError):
        parse_reading("H1,2024-06-01T10:00,42.5")


def test_daily_net_change() -> None:
    lines = [HEADER, "H1,2024-06-01T06:00,40.0,34", "H1,2024-06-01T20:00,41.25,35", "H1,2024-06-01T12:00,39.5,",
             "", "H1,2024-06-02T06:00,41.0,35"]
    report = hive_report(lines)
    assert report["H1"]["days"]["2024-06-01"] == {"net": 1.25, "min": 39.5, "max": 41.25, "readings": 3}
    assert report["H1"]["days"]["2024-06-02"]["net"] == 0.0
    assert report["H1"]["mean_temperature"] == 34.7


def test_swarm_detection() -> None:
    lines = [HEADER, "H2,2024-06-01T11:00,45.0,", "H2,2024-06-01T11:15,42.8,", "H2,2024-06-01T18:00,40.0,",
             "H2,2024-06-01T18:15,38.0,", "H2,2024-06-02T12:00,36.0,"]
    report = hive_report(lines)
    assert report["H2"]["swarms"] == ["2024-06-01T11:15"]
    assert hive_report(lines, swarm_drop=3.0)["H2"]["swarms"] == []


def test_hive_selection_and_order() -> None:
    lines = [HEADER, "B,2024-06-01T06:00,40,", "A,2024-06-01T06:00,30,"]
    assert list(hive_report(lines)) == ["A", "B"]
    assert list(hive_report(lines, ["B", "C"])) == ["B", "C"]
    assert hive_report(lines, ["C"])["C"] == {"days": {}, "swarms": [], "mean_temperature": None}


def test_empty_upload() -> None:
    assert hive_report([HEADER]) == {}
    assert hive_report([]) == {}
