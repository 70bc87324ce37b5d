"""Numbering-continuity findings per invoice series."""

from __future__ import annotations

from typing import Iterable, Mapping

from .ledger import split_number


def series_findings(invoices: Iterable[Mapping]) -> dict[str, dict]:
    """Continuity findings per invoice series, series in first-seen order.

    Every ledger row counts as a used number, voided ones included (a voided invoice must
    still be in the ledger). For each series: ``first`` and ``last`` number, ``issued`` (rows),
    ``gaps`` (numbers between first and last that never appear, ascending), ``duplicates``
    (numbers used more than once, ascending) and ``backdated`` (numbers, ascending, first
    issued on an earlier date than the number just below them; ISO dates compare as strings).
    """
    numbers_by_series: dict[str, list[int]] = {}
    dates_by_series: dict[str, list[str]] = {}
    for invoice in invoices:
        series, number = split_number(invoice["number"])
        numbers_by_series.setdefault(series, []).append(number)
        dates_by_series.setdefault(series, []).append(invoice["issued"])

    findings: dict[str, dict] = {}
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
        issued_on: dict[int, str] = {}
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
