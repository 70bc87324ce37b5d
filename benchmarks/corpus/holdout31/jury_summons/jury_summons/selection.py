"""Eligibility and the summons draw."""

from __future__ import annotations

import random
from datetime import date
from typing import Sequence


def eligible_pool(electors: Sequence[dict], service_records: Sequence[dict], excusals: Sequence[dict],
                  as_of: date, min_age: int = 18, max_age: int = 75, cooldown_days: int = 730) -> list[dict]:
    """The electors who may be summoned for a trial period starting ``as_of``, in roll order.

    Left out: anyone younger than ``min_age`` or older than ``max_age`` on ``as_of``; anyone who
    served within ``cooldown_days`` before ``as_of``; anyone excused or deferred until ``as_of``
    or later.
    """
    recently_served = []
    for record in service_records:
        if 0 <= (as_of - record["served_on"]).days < cooldown_days:
            recently_served.append(record["elector_no"])
    excused = [item["elector_no"] for item in excusals if item["until"] >= as_of]
    pool = []
    for elector in electors:
        born = elector["dob"]
        age = as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))
        if age < min_age or age > max_age:
            continue
        if elector["elector_no"] in recently_served:
            continue
        if elector["elector_no"] in excused:
            continue
        pool.append(elector)
    return pool


def draw_summons(pool: Sequence[dict], count: int, seed: int) -> list[dict]:
    """Draw ``count`` electors at random (reproducibly, for the audit trail), in draw order."""
    return random.Random(seed).sample(list(pool), min(count, len(pool)))


def summons_letters(drawn: Sequence[dict], court: str, start: date) -> list[str]:
    """The address lines for the mailing house: "elector_no|NAME|POSTCODE|court|date"."""
    return [f"{person['elector_no']}|{person['name']}|{person['postcode']}|{court}|{start.isoformat()}"
            for person in drawn]
