"""Strict equivalence tests for health_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from logstats.health import health_report, parse_line
from strict_support import assert_same

TARGET = "logstats/health.py:health_report"


def reference(lines, services=None, slow_ms=1000):
    requests = [parse_line(line) for line in lines if line.strip() and not line.startswith("#")]
    if services is None:
        services = sorted({r.service for r in requests})
    report = {}
    for name in services:
        total = len([r for r in requests if r.service == name])
        errors = len([r for r in requests if r.service == name and (r.level == "ERROR" or r.status >= 500)])
        slow = len([r for r in requests if r.service == name and r.latency_ms > slow_ms])
        report[name] = {
            "requests": total,
            "errors": errors,
            "error_rate": errors / total if total else 0.0,
            "slow": slow,
        }
    return report


def line(service="cart", level="INFO", status=200, latency=80, ts="2024-05-02T10:15:03Z", path="/v1/x"):
    return f"{ts} {service} {level} {status} {path} {latency}ms"


CASES = [
    [],
    [""],
    ["   ", "\n", "\t"],
    ["# only a comment"],
    ["#", "# x y z", line()],
    [line()],
    [line() + "\n", line(level="ERROR") + "\r\n"],
    [line(level="error"), line(level="Error"), line(level="ERR"), line(level="FATAL", status=499)],
    [line(status=499), line(status=500), line(status=501), line(status=600), line(status=0)],
    [line(latency=999), line(latency=1000), line(latency=1001), line(latency=0)],
    [line(service="b"), line(service="a"), line(service="B"), line(service="a", level="ERROR")],
    [line(service="zürich-api"), line(service="ZÜRICH-API", level="ERROR"), line(service="ß")],
    [line(service="x", status=503), line(service="x", level="ERROR", status=503)],
    ["a\tb  c d\te 5ms"],
    [line(latency="-5"), line(latency="007")],
    [line(status="+200")],
    [line(), "garbage"],
    [line(), "  # indented comment"],
    [line(latency="12.5")],
    [line() + " extra"],
    [line().replace("ms", "s")],
    [line(status="OK")],
    [line(), None],
]


@pytest.mark.parametrize("lines", CASES)
def test_same_as_reference(lines) -> None:
    assert_same(health_report, reference, lines)


SERVICES = [None, [], ["cart"], ["nope"], ["cart", "cart"], ["b", "a", "nope", "a"], ("a", "x"), ["", "CART"], [None, 5]]


@pytest.mark.parametrize("services", SERVICES)
@pytest.mark.parametrize("lines", [CASES[0], CASES[5], CASES[7], CASES[9], CASES[10], CASES[12]])
def test_services(lines, services) -> None:
    assert_same(health_report, reference, lines, services)
    assert_same(health_report, reference, lines, services=services)


@pytest.mark.parametrize("slow_ms", [0, -1, 999, 1000, 1000.5, 10 ** 9, None, "1000"])
@pytest.mark.parametrize("services", [None, ["nope"], ["cart", "nope"]])
@pytest.mark.parametrize("lines", [CASES[0], CASES[9], CASES[8]])
def test_slow_ms(lines, services, slow_ms) -> None:
    assert_same(health_report, reference, lines, services, slow_ms)
    assert_same(health_report, reference, lines, slow_ms=slow_ms)


@pytest.mark.parametrize("seed", range(25))
def test_random_logs(seed) -> None:
    rng = random.Random(seed)
    names = [f"svc{n}" for n in range(rng.randrange(1, 9))]
    lines = []
    for _ in range(rng.randrange(0, 120)):
        roll = rng.random()
        if roll < 0.05:
            lines.append(rng.choice(["", "# note", "   "]))
        else:
            lines.append(line(rng.choice(names), rng.choice(["INFO", "ERROR", "warn", "error"]),
                              rng.choice([200, 200, 404, 500, 503]), rng.randrange(0, 3000)))
    services = None if seed % 3 else rng.sample(names + ["ghost"], rng.randrange(0, len(names) + 1))
    assert_same(health_report, reference, lines, services, rng.choice([1000, 250, 2999]))


def test_large_log() -> None:
    rng = random.Random(77)
    names = [f"svc-{n}" for n in range(40)]
    lines = [line(rng.choice(names), rng.choice(["INFO", "ERROR"]), rng.choice([200, 502]), rng.randrange(2000))
             for _ in range(3000)]
    assert_same(health_report, reference, lines)


def test_lines_iterated_once() -> None:
    report = health_report(iter([line("a"), line("a", level="ERROR"), "", line("b")]))
    assert report == {"a": {"requests": 2, "errors": 1, "error_rate": 0.5, "slow": 0},
                      "b": {"requests": 1, "errors": 0, "error_rate": 0.0, "slow": 0}}


def test_error_rate_is_a_float() -> None:
    assert type(health_report([line()])["cart"]["error_rate"]) is float
    assert type(health_report([line()], services=["x"])["x"]["error_rate"]) is float
