from datetime import datetime

import pytest

from brewlog.attenuation import alcohol_by_volume, apparent_attenuation, batch_status
from brewlog.readings import Reading, parse_export, parse_time
from brewlog.stalls import hours_between, stall_alerts


def hourly(batch, gravities, day=1):
    return [Reading(batch, f"2024-03-{day + hour // 24:02d} {hour % 24:02d}:00", g, 19.0) for hour, g in enumerate(gravities)]


def test_parse_export() -> None:
    text = "batch,taken_at,gravity,temperature\nFV1, 2024-03-01 08:00 ,1.050,18.5\n\nFV1,2024-03-01 09:00,1.049,18.7\n"
    assert parse_export(text) == [Reading("FV1", "2024-03-01 08:00", 1.05, 18.5), Reading("FV1", "2024-03-01 09:00", 1.049, 18.7)]
    with pytest.raises(ValueError):
        parse_export("header\nFV1,2024-03-01 08:00,1.050\n")
    with pytest.raises(ValueError):
        parse_export("header\nFV1,2024-03-01 08:00,heavy,18\n")


def test_times() -> None:
    assert parse_time(" 2024-03-01 08:15\n") == datetime(2024, 3, 1, 8, 15)
    assert hours_between("2024-03-01 08:00", "2024-03-02 10:30") == 26.5
    assert hours_between("2024-03-02 08:00", "2024-03-01 08:00") == -24.0


def test_attenuation() -> None:
    assert apparent_attenuation(1.050, 1.010) == 80.0
    assert alcohol_by_volume(1.050, 1.010) == 5.25
    with pytest.raises(ValueError):
        apparent_attenuation(1.0, 1.0)
    readings = hourly("B", [1.050, 1.040]) + hourly("A", [1.060, 1.030])
    assert batch_status(list(reversed(readings))) == {"A": (1.03, 50.0, 3.94), "B": (1.04, 20.0, 1.31)}


def test_stall_alerts() -> None:
    falling = [1.060 - 0.0005 * hour for hour in range(30)]
    assert stall_alerts(hourly("FV1", falling), window_hours=6) == []
    stuck = falling[:10] + [falling[9]] * 12 + [falling[9] - 0.001 * n for n in range(1, 10)]
    alerts = stall_alerts(hourly("FV1", stuck), window_hours=6)
    assert alerts == [("FV1", "2024-03-01 12:00", 0.0015)]


def test_stall_alert_rules() -> None:
    done = [1.010] * 40
    assert stall_alerts(hourly("FV2", done)) == []
    assert stall_alerts(hourly("FV2", done), terminal_gravity=1.005) == [("FV2", "2024-03-02 00:00", 0.0)]
    assert stall_alerts([]) == []
    with pytest.raises(ValueError):
        stall_alerts(hourly("FV2", done), window_hours=0)
