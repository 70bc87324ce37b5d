"""Strict equivalence tests for error_summary (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from logtools.errors import error_summary
from strict_support import assert_same

TARGET = "logtools/errors.py:error_summary"


def reference(lines):
    counts = {}
    services = []
    for line in lines:
        pattern = re.compile(r"^(\S+) ([A-Z]+) ([\w.-]+): (.*)$")
        match = pattern.match(line)
        if match is None or match.group(2) != "ERROR":
            continue
        service = match.group(3)
        if service not in services:
            services.append(service)
        counts[service] = counts.get(service, 0) + 1
    report = ""
    for service in sorted(services, key=lambda s: (-counts[s], s)):
        report = report + f"{service}: {counts[service]}\n"
    return report


T = "2024-05-01T10:00:00"
CASES = [
    [],
    [""],
    ["garbage", "ERROR x: y"],
    [f"{T} ERROR a: m"],
    [f"{T} ERROR a: m\n"],
    [f"{T} ERROR a: m\nmore"],
    [f"{T} ERROR b: 1", f"{T} ERROR a: 2", f"{T} ERROR b: 3", f"{T} ERROR a: 4"],
    [f"{T} error a: m", f"{T} ERRORS a: m", f"{T} WARN a: m", f"{T}  ERROR a: m"],
    [f"{T} ERROR a:m", f"{T} ERROR a: ", f"{T} ERROR a.b-c: x", f"{T} ERROR a b: x"],
    [f"{T} ERROR café: m", f"{T} ERROR ünï: m", f"{T} ERROR 名前: m"],
    [f"{T} ERROR a: x: y: z", f"{T}\tERROR a: m"],
]


def _random():
    rng = random.Random(17)
    for _ in range(40):
        yield [
            f"{T} {rng.choice(['ERROR', 'INFO', 'ERROR'])} {rng.choice(['a', 'b', 'c.d', 'e-f'])}: "
            f"{rng.choice(['ok', 'x: y', ''])}{rng.choice(['', chr(10)])}"
            for _ in range(rng.randrange(0, 30))
        ]


@pytest.mark.parametrize("lines", CASES + list(_random()))
def test_same_as_reference(lines) -> None:
    assert_same(error_summary, reference, lines)
