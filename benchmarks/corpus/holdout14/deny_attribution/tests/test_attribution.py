import pytest

from fwtriage.attribution import attribute_denies, network_for
from fwtriage.logparse import parse_deny

PLAN = [("servers", "10.1.0.0/16"), ("office", "10.0.0.0/8"), ("guest-wifi", "192.168.50.0/24")]


def test_parse_deny_line() -> None:
    assert parse_deny("2024-05-01T10:00:00 DENY TCP 10.1.2.3:51515 -> 8.8.8.8:53") == {
        "time": "2024-05-01T10:00:00", "proto": "tcp", "src": "10.1.2.3", "sport": 51515, "dst": "8.8.8.8", "dport": 53}


def test_parse_ignores_other_lines() -> None:
    assert parse_deny("2024-05-01T10:00:00 ALLOW TCP 10.1.2.3:51515 -> 8.8.8.8:53") is None
    assert parse_deny("") is None


def test_first_matching_subnet_wins() -> None:
    assert network_for("10.1.9.9", PLAN) == "servers"
    assert network_for("10.2.9.9", PLAN) == "office"
    assert network_for("172.16.0.1", PLAN) is None


def test_report_groups_by_network() -> None:
    lines = [
        "t1 DENY TCP 10.1.0.5:1000 -> 1.1.1.1:445",
        "t2 DENY UDP 10.1.0.6:1000 -> 1.1.1.1:53",
        "t3 DENY TCP 10.1.0.5:1001 -> 1.1.1.1:445",
        "t0 DENY TCP 203.0.113.9:999 -> 10.1.0.5:22",
    ]
    report = attribute_denies(lines, PLAN)
    assert list(report) == ["external", "servers"]
    assert report["servers"] == {"events": 3, "sources": ["10.1.0.5", "10.1.0.6"], "first": "t1", "last": "t3",
                                 "top_ports": [(445, 2), (53, 1)]}
    assert report["external"]["top_ports"] == [(22, 1)]


def test_top_limits_ports() -> None:
    lines = [f"t DENY TCP 10.9.0.1:1 -> 1.1.1.1:{port}" for port in (80, 443, 22, 25, 80)]
    assert attribute_denies(lines, PLAN, top=2)["office"]["top_ports"] == [(80, 2), (22, 1)]


def test_empty_log() -> None:
    assert attribute_denies([], PLAN) == {}


def test_bad_address_raises() -> None:
    with pytest.raises(ValueError):
        attribute_denies(["t DENY TCP 10.999.0.1:1 -> 1.1.1.1:80"], PLAN)


def test_ipv6_sources() -> None:
    plan = [("v6-lab", "2001:db8::/32")] + PLAN
    report = attribute_denies(["t DENY TCP 2001:db8::7:1 -> 1.1.1.1:80"], plan)
    assert report["v6-lab"]["sources"] == ["2001:db8::7"]
