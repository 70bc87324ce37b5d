"""Assign monitored emissions to the bands of the allocation table."""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from spectrum.bandplan import Band, checked_plan


def label_emissions(
    emissions: Sequence[Mapping[str, Any]],
    plan: Iterable[Band],
    licensed: Iterable[tuple[str, str]] = (),
) -> dict[str, Any]:
    """Band and findings for each emission the station recorded.

    Each emission has ``id``, ``freq_khz`` and ``callsign`` (or None if it could not be
    identified). An emission outside every band is unallocated; one in a band that needs a
    licence is unlicensed unless ``(callsign, service)`` is in ``licensed``. Returns the
    labels in emission order, the count per service (in band-plan order, unallocated last)
    and the findings.
    """
    bands = checked_plan(plan)
    licences = list(licensed)
    labels: list[tuple[Any, str]] = []
    counts = {band.service: 0 for band in bands}
    counts["unallocated"] = 0
    findings: list[tuple[Any, str]] = []
    for emission in emissions:
        frequency = emission["freq_khz"]
        found = None
        for band in bands:
            if band.start_khz <= frequency < band.stop_khz:
                found = band
                break
        if found is None:
            labels.append((emission["id"], "unallocated"))
            counts["unallocated"] += 1
            findings.append((emission["id"], "unallocated frequency"))
            continue
        labels.append((emission["id"], found.service))
        counts[found.service] += 1
        if found.licence_required and (emission["callsign"], found.service) not in licences:
            findings.append((emission["id"], "unlicensed " + found.service))
    return {"labels": labels, "counts": counts, "findings": findings}
