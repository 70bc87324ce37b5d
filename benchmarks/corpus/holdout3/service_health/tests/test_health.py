import pytest

from logstats.health import health_report, parse_line

LOG = """\
# gateway log
2024-05-02T10:15:03Z checkout ERROR 503 /v1/cart 1240ms
2024-05-02T10:15:04Z checkout INFO 200 /v1/cart 80ms

2024-05-02T10:15:05Z search info 200 /v1/q 1500ms
2024-05-02T10:15:06Z search WARN 502 /v1/q 20ms
"""


def test_parse_line() -> None:
    r = parse_line("2024-05-02T10:15:03Z checkout error 503 /v1/cart 1240ms")
    assert (r.service, r.level, r.status, r.latency_ms) == ("checkout", "ERROR", 503, 1240)


def test_malformed() -> None:
    with pytest.raises(ValueError):
        parse_line("garbage")


def test_report() -> None:
    report = health_report(LOG.splitlines())
    assert report["checkout"] == {"requests": 2, "errors": 1, "error_rate": 0.5, "slow": 1}
    assert report["search"] == {"requests": 2, "errors": 1, "error_rate": 0.5, "slow": 1}


def test_requested_services_only() -> None:
    report = health_report(LOG.splitlines(), services=["search", "billing"])
    assert list(report) == ["search", "billing"]
    assert report["billing"]["error_rate"] == 0.0


def test_slow_threshold() -> None:
    assert health_report(LOG.splitlines(), slow_ms=50)["checkout"]["slow"] == 2
