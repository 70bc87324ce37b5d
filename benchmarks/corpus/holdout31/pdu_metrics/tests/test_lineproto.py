from datetime import datetime, timedelta, timezone

from pdu_metrics.capacity import over_contract, rack_peaks
from pdu_metrics.lineproto import _escape_key, to_line_protocol
from pdu_metrics.readings import Reading, parse_poller_csv

AT = datetime(2024, 11, 1, 0, 0, tzinfo=timezone.utc)


def reading(**changes) -> Reading:
    values = dict(site="LD5", rack="A01-01", pdu="A01-01-A", outlet=3, customer="Acme", at=AT,
                  watts=196.4, amps=0.854, kwh=4332.025)
    values.update(changes)
    return Reading(**values)


def test_single_line() -> None:
    assert to_line_protocol([reading()]) == (
        b"pdu_outlet,site=LD5,rack=A01-01,pdu=A01-01-A,outlet=3,customer=Acme "
        b"watts=196.4,amps=0.854,kwh=4332.025 1730419200000000000\n")


def test_escaping_and_empty_tags() -> None:
    line = to_line_protocol([reading(customer="Northwind, Ltd=A b")], measurement="pdu power")
    assert line.startswith(b"pdu\\ power,site=LD5,")
    assert b"customer=Northwind\\,\\ Ltd\\=A\\ b " in line
    assert b"customer" not in to_line_protocol([reading(customer="")])
    assert _escape_key("a\\b") == "a\\\\b"


def test_non_finite_readings_are_skipped() -> None:
    readings = [reading(watts=float("nan")), reading(kwh=float("inf")), reading()]
    assert to_line_protocol(readings).count(b"\n") == 1


def test_timestamps_in_nanoseconds() -> None:
    line = to_line_protocol([reading(at=AT + timedelta(microseconds=1))])
    assert line.endswith(b" 1730419200000001000\n")
    other_zone = AT.astimezone(timezone(timedelta(hours=2)))
    assert to_line_protocol([reading(at=other_zone)]) == to_line_protocol([reading()])


def test_utf8_tags() -> None:
    assert "customer=Zürich\\ AG".encode() in to_line_protocol([reading(customer="Zürich AG")])


def test_parse_poller_csv() -> None:
    text = "site,rack,pdu,outlet,customer,epoch,watts,amps,kwh\nLD5,A01-01,A01-01-A,3,Acme,1730419200,,0.854,4332.025\n"
    [item] = parse_poller_csv(text)
    assert item.at == AT and item.outlet == 3
    assert item.watts != item.watts  # NaN for a missing value


def test_capacity() -> None:
    readings = [reading(outlet=1, watts=2_000.0), reading(outlet=2, watts=2_600.0),
                reading(outlet=1, watts=1_000.0, at=AT + timedelta(minutes=5)),
                reading(rack="B01-01", watts=float("nan"))]
    peaks = rack_peaks(readings)
    assert peaks == {"A01-01": 4.6, "B01-01": 0.0}
    assert over_contract(peaks, {"A01-01": 5.0}) == ["A01-01"]
    assert over_contract(peaks, {"A01-01": 5.0}, margin=1.0) == []
