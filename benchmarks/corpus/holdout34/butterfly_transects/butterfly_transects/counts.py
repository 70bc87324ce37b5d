"""Checking the season's transect counts against the checklist."""

from __future__ import annotations

from typing import Mapping, Sequence

from .checklist import Species


def review_counts(visits: Sequence[Mapping], checklist: Sequence[Species]) -> dict[str, list]:
    """Sort the keyed-in section counts into accepted records, unrecognised names and first
    records.

    A count's species name matches a checklist species by its vernacular name, scientific
    name or any alias, ignoring case and surrounding spaces (when a name fits more than one
    species, the first in checklist order wins). Counts below 1 are nil returns and are
    skipped. Returns {"accepted": [record, ...], "unrecognised": [name, ...] (lower-cased, in
    first-seen order), "first_records": [(transect, vernacular, date), ...]}, where a first
    record is the first accepted count of a species on a transect in input order.
    """
    names = []
    canonical = []
    for species in checklist:
        for name in (species.vernacular, species.scientific) + species.aliases:
            names.append(name.strip().lower())
            canonical.append(species.vernacular)
    accepted = []
    unrecognised = []
    seen = []
    first_records = []
    for visit in visits:
        if visit["count"] < 1:
            continue
        name = visit["species"].strip().lower()
        if name not in names:
            if name not in unrecognised:
                unrecognised.append(name)
            continue
        vernacular = canonical[names.index(name)]
        key = (visit["transect"], vernacular)
        if key not in seen:
            seen.append(key)
            first_records.append((visit["transect"], vernacular, visit["date"]))
        accepted.append({"transect": visit["transect"], "section": visit["section"], "date": visit["date"],
                         "species": vernacular, "count": visit["count"]})
    return {"accepted": accepted, "unrecognised": unrecognised, "first_records": first_records}
