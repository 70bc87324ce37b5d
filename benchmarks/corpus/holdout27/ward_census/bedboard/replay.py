"""Apply the ADT feed to the bed board, one message at a time."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from bedboard.events import AdtEvent, Census, Rejection


class _Rejected(Exception):
    """A message that cannot be applied to the current bed board."""


def _apply(board: dict[str, Any], event: AdtEvent, capacity: Mapping[str, int]) -> None:
    """Apply one message to ``board`` in place, raising ``_Rejected`` when it does not fit."""
    beds: dict[str, dict[int, str]] = board["beds"]
    where: dict[str, tuple[str, int]] = board["where"]
    if event.kind == "discharge":
        if event.patient not in where:
            raise _Rejected("not admitted")
        ward, bed = where.pop(event.patient)
        del beds[ward][bed]
        return
    if event.kind == "admit":
        if event.patient in where:
            raise _Rejected("already admitted")
    elif event.kind == "transfer":
        if event.patient not in where:
            raise _Rejected("not admitted")
        ward, bed = where.pop(event.patient)
        del beds[ward][bed]
        if (ward, bed) == (event.ward, event.bed):
            raise _Rejected("same bed")
    else:
        raise ValueError(f"unknown message type {event.kind!r}")
    if event.ward not in capacity:
        raise _Rejected("unknown ward")
    if not 1 <= event.bed <= capacity[event.ward]:
        raise _Rejected("no such bed")
    if event.bed in beds[event.ward]:
        raise _Rejected("bed occupied")
    beds[event.ward][event.bed] = event.patient
    where[event.patient] = (event.ward, event.bed)


def replay(events: Sequence[AdtEvent], capacity: Mapping[str, int]) -> Census:
    """Replay the feed from an empty hospital.

    Each message is applied to a working copy of the bed board, which replaces the board only
    when the whole message applies, so a rejected message leaves no trace. After every message
    (rejected or not) the number of occupied beds in each ward is recorded, wards in
    ``capacity`` order. The final bed board lists each ward's occupied beds in bed order.
    An unknown message type raises ``ValueError``.
    """
    board: dict[str, Any] = {"beds": {ward: {} for ward in capacity}, "where": {}}
    occupancy: list[dict[str, int]] = []
    rejected: list[Rejection] = []
    for index, event in enumerate(events):
        working = copy.deepcopy(board)
        try:
            _apply(working, event, capacity)
        except _Rejected as reason:
            rejected.append(Rejection(index, event.patient, str(reason)))
        else:
            board = working
        occupancy.append({ward: len(beds) for ward, beds in board["beds"].items()})
    final = {ward: dict(sorted(beds.items())) for ward, beds in board["beds"].items()}
    return Census(occupancy, rejected, final)
