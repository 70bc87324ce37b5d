from datetime import datetime

import pytest

from oooi_times.feed import oooi_lines
from oooi_times.hours import airframe_hours, monthly_block_hours
from oooi_times.times import FlightTimes, flight_times

FEED = """tail,flight,date,event,time
N417QX,QX2234,2024-03-05,OUT,2322
N417QX,QX2234,2024-03-05,OFF,2335
N417QX,QX2234,2024-03-05,ON,0048
N417QX,QX2234,2024-03-05,IN,0055
N417QX,QX2234,2024-03-05,IN,0059
N402QX,QX2101,2024-03-05,OUT,0610
N402QX,QX2101,2024-03-05,OFF,0622
"""


def test_flight_times() -> None:
    flights = flight_times(FEED.splitlines())
    assert flights == [
        FlightTimes("N402QX", "QX2101", "2024-03-05", datetime(2024, 3, 5, 6, 10), None, None, "incomplete"),
        FlightTimes("N417QX", "QX2234", "2024-03-05", datetime(2024, 3, 5, 23, 22), 93, 73, "ok"),
    ]


def test_out_of_sequence() -> None:
    lines = ["N1,F1,2024-03-05,OUT,1000", "N1,F1,2024-03-05,OFF,1015", "N1,F1,2024-03-05,ON,1010",
             "N1,F1,2024-03-05,IN,1020"]
    assert flight_times(lines)[0].status == "out of sequence"


def test_bad_lines() -> None:
    with pytest.raises(ValueError):
        flight_times(["N1,F1,2024-03-05,OUT"])
    with pytest.raises(ValueError):
        flight_times(["N1,F1,2024-03-05,LANDED,1000"])
    with pytest.raises(ValueError):
        flight_times(["N1,F1,2024-03-05,OUT,2561"])


def test_hours() -> None:
    flights = flight_times(FEED.splitlines())
    assert airframe_hours(flights) == {"N417QX": (73, 1)}
    assert monthly_block_hours(flights) == {"2024-03": 1.6}


def test_feed_filter() -> None:
    dump = "QU DDLXCXA .ORDQXXA 052322 N417QX QX2234 2024-03-05 OUT 2322\nQU DDLXCXA .ORDQXXA 052323 N417QX FREETEXT HELLO\n"
    assert oooi_lines(dump) == ["N417QX,QX2234,2024-03-05,OUT,2322"]
