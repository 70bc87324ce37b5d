"""The register of members as at given record dates."""

from __future__ import annotations

import copy

from sharereg.events import ShareEvent, apply_event


def registers_at(events: list[ShareEvent], record_dates: list[str]) -> dict[str, dict[str, dict[str, int]]]:
    """The register (holder -> share class -> shares) at the end of each record date.

    Events are applied in date order, events of the same date in the order given; every
    event is applied, also those after the last record date, so a bad event anywhere
    raises ValueError. A record date before the first event gets an empty register.
    """
    history: list[tuple[str, dict[str, dict[str, int]]]] = []
    register: dict[str, dict[str, int]] = {}
    for event in sorted(events, key=lambda event: event.date):
        apply_event(register, event)
        history.append((event.date, copy.deepcopy(register)))
    result: dict[str, dict[str, dict[str, int]]] = {}
    for record_date in record_dates:
        snapshot: dict[str, dict[str, int]] = {}
        for when, state in history:
            if when > record_date:
                break
            snapshot = state
        result[record_date] = snapshot
    return result
