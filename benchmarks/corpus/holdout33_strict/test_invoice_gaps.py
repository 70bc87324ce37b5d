"""Strict equivalence tests for series_findings (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from seqaudit.continuity import series_findings

TARGET = "seqaudit/continuity.py:series_findings"


# --- verbatim copy of the original implementation ---------------------------------------------

_NUMBER = re.compile(r"^(?P<series>.*?)(?P<number>\d+)$")


def split_number(invoice_number):
    match = _NUMBER.match(invoice_number.strip())
    if match is None:
        raise ValueError(f"invoice number {invoice_number!r} does not end in a sequence number")
    return match["series"].upper(), int(match["number"])


def reference(invoices):
    numbers_by_series = {}
    dates_by_series = {}
    for invoice in invoices:
        series, number = split_number(invoice["number"])
        numbers_by_series.setdefault(series, []).append(number)
        dates_by_series.setdefault(series, []).append(invoice["issued"])

    findings = {}
    for series, numbers in numbers_by_series.items():
        dates = dates_by_series[series]
        first, last = min(numbers), max(numbers)
        gaps = []
        for expected in range(first, last + 1):
            if expected not in numbers:
                gaps.append(expected)
        duplicates = []
        for number in numbers:
            if numbers.count(number) > 1 and number not in duplicates:
                duplicates.append(number)
        issued_on = {}
        for position, number in enumerate(numbers):
            issued_on.setdefault(number, dates[position])
        backdated = []
        for number in sorted(issued_on):
            if number - 1 in issued_on and issued_on[number] < issued_on[number - 1]:
                backdated.append(number)
        findings[series] = {
            "first": first,
            "last": last,
            "issued": len(numbers),
            "gaps": gaps,
            "duplicates": sorted(duplicates),
            "backdated": backdated,
        }
    return findings


# --- cases -------------------------------------------------------------------------------


def inv(number, issued="2024-03-01", **extra):
    return {"number": number, "issued": issued, **extra}


CASES = [
    [],
    (),
    [inv("INV-1")],
    [inv("INV-1"), inv("INV-1")],
    [inv("INV-1"), inv("INV-1"), inv("INV-1")],
    [inv("INV-3"), inv("INV-1")],
    [inv("INV-5"), inv("INV-4"), inv("INV-3"), inv("INV-2"), inv("INV-1")],
    [inv("INV-1"), inv("INV-100")],
    [inv("INV-0"), inv("INV-00"), inv("INV-000")],
    [inv("INV-007"), inv("INV-7"), inv("inv-8")],
    [inv(" INV-1 "), inv("INV-2\n"), inv("\tinv-3")],
    [inv("1"), inv("2"), inv("4")],
    [inv("2024"), inv("INV2024"), inv("INV-2024")],
    [inv("INV-2024-1"), inv("INV-2023-1"), inv("INV-2024-3")],
    [inv("A1", "2024-01-05"), inv("A2", "2024-01-04"), inv("A3", "2024-01-06"), inv("A5", "2024-01-01")],
    [inv("A2", "2024-01-04"), inv("A1", "2024-01-05"), inv("A2", "2024-01-09")],
    [inv("A1", "2024-01-05"), inv("A1", "2024-01-01"), inv("A2", "2024-01-03")],
    [inv("A1", "2024-01-05"), inv("A2", "2024-01-05")],
    [inv("A1", "2024-1-5"), inv("A2", "2024-01-05")],
    [inv("A1", ""), inv("A2", "2024-01-05"), inv("A3", "")],
    [inv("A1", None), inv("A3", None)],
    [inv("A1", None), inv("A2", None)],
    [inv("A1", None), inv("A2", "2024-01-01")],
    [inv("A1", 5), inv("A2", 3), inv("A3", 9)],
    [inv("A1", 1.5), inv("A2", float("nan")), inv("A3", 0.5)],
    [inv("A1", (2024, 1, 2)), inv("A2", (2024, 1, 1))],
    [inv("INV-1", status="void", net=12.5), inv("INV-2", customer="ACME")],
    [inv("INV-A")],
    [inv("INV-1"), inv("INV-")],
    [inv("")],
    [inv("   ")],
    [inv(17)],
    [inv(None)],
    [inv("INV-1"), {"issued": "2024-01-01"}],
    [{"number": "INV-1"}],
    [inv("INV-1"), {"number": "INV-2"}],
    [inv("INV-1"), None],
    [inv("١٢٣"), inv("١٢٤")],
    [inv("INV-²"), inv("INV-3")],
    [inv("ÅB-1"), inv("åb-2"), inv("Straße-1"), inv("STRASSE-3")],
    [inv("X-999999999999"), inv("X-1000000000001")],
    [inv("A-1"), inv("B-1"), inv("A-3"), inv("B-2"), inv("C-10"), inv("A-2")],
    [inv("A-5")] * 6,
    [inv(f"S-{n}") for n in (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(series_findings, reference, case)


def test_keyword_argument() -> None:
    assert_same(series_findings, reference, invoices=[inv("INV-1"), inv("INV-3")])


def _random_cases():
    rng = random.Random(33011)
    prefixes = ["INV-", "inv-", "CN-", "", "EXP/24/", "POS-07-"]
    for _ in range(260):
        rows = []
        for _ in range(rng.choice([0, 1, 2, 5, 20, 60])):
            prefix = rng.choice(prefixes[: rng.randint(1, len(prefixes))])
            number = rng.randint(0, rng.choice([3, 12, 40]))
            width = rng.choice([0, 3, 6])
            day = f"2024-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
            rows.append(inv(f"{prefix}{number:0{width}d}" if width else f"{prefix}{number}", day))
            if rng.random() < 0.1:
                rows.append(dict(rows[-1]))
        if rows and rng.random() < 0.05:
            rows.insert(rng.randrange(len(rows)), inv(rng.choice(["INV-", "bad", "INV-x1"])))
        yield rows


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(series_findings, reference, case)
