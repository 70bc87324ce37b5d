"""Apparent attenuation and alcohol estimates per batch."""

from __future__ import annotations

from collections.abc import Iterable

from brewlog.readings import Reading, parse_time


def apparent_attenuation(original_gravity: float, gravity: float) -> float:
    """Apparent attenuation in percent: how much of the original extract the yeast has used."""
    if original_gravity <= 1.0:
        raise ValueError(f"original gravity must be above 1.000, not {original_gravity}")
    return round(100.0 * (original_gravity - gravity) / (original_gravity - 1.0), 1)


def alcohol_by_volume(original_gravity: float, gravity: float) -> float:
    """The homebrewers' standard ABV estimate, 131.25 × (OG − SG), in percent."""
    return round(131.25 * (original_gravity - gravity), 2)


def batch_status(readings: Iterable[Reading]) -> dict[str, tuple[float, float, float]]:
    """Per batch (sorted by name): latest gravity, apparent attenuation and ABV.

    The first reading of a batch in time order is taken as its original gravity.
    """
    by_batch: dict[str, list[Reading]] = {}
    for reading in readings:
        by_batch.setdefault(reading.batch, []).append(reading)
    status = {}
    for batch in sorted(by_batch):
        ordered = sorted(by_batch[batch], key=lambda reading: parse_time(reading.taken_at))
        original, latest = ordered[0].gravity, ordered[-1].gravity
        status[batch] = (latest, apparent_attenuation(original, latest), alcohol_by_volume(original, latest))
    return status
