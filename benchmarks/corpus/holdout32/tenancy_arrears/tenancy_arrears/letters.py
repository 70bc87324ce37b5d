"""Choosing the arrears letter each tenancy gets this month."""

from __future__ import annotations

from decimal import Decimal
from typing import Mapping


def letter_stage(entry: Mapping, weekly_rent: Decimal) -> str | None:
    """The letter to send for one tenancy's ageing entry, or None.

    "final notice" once more than eight weeks' rent is owed or anything is over 90 days old,
    "second reminder" for more than four weeks' rent or anything over 60 days, "reminder" for
    more than one week's rent; small balances get no letter.
    """
    arrears = entry["arrears"]
    if arrears > 8 * weekly_rent or entry["over 90"] > 0:
        return "final notice"
    if arrears > 4 * weekly_rent or entry["61-90"] > 0:
        return "second reminder"
    if arrears > weekly_rent:
        return "reminder"
    return None


def letter_run(report: Mapping[str, Mapping], rents: Mapping[str, Decimal]) -> dict[str, list[str]]:
    """Tenancies per letter stage, in report order; tenancies without a rent are skipped."""
    run: dict[str, list[str]] = {"reminder": [], "second reminder": [], "final notice": []}
    for tenancy, entry in report.items():
        if tenancy not in rents:
            continue
        stage = letter_stage(entry, rents[tenancy])
        if stage is not None:
            run[stage].append(tenancy)
    return run
