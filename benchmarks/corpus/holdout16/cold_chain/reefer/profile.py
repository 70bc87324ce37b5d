"""Per-shipment temperature profile shown on the QA release screen."""

from __future__ import annotations

from typing import Any, Sequence

from reefer.kinetics import DEFAULT_DELTA_H, mean_kinetic_temperature


def shipment_profile(readings: Sequence[tuple[str, float | None]], low: float = 2.0, high: float = 8.0,
                     mkt_limit: float = 8.0, delta_h: float = DEFAULT_DELTA_H) -> dict[str, Any]:
    """Running MKT after every logger reading, temperature excursions and the release verdict.

    ``readings`` are ``(timestamp, temperature °C)`` pairs in logger order; a ``None``
    temperature is a logger gap and is skipped by the MKT. Each point is
    ``(timestamp, temperature, running MKT rounded to 0.01 or None, status)``. An excursion
    is a run of consecutive out-of-range readings of one kind: ``(first, last, kind, count)``.
    """
    if low > high:
        raise ValueError("low limit above high limit")
    temps: list[float] = []
    points: list[tuple[str, float | None, float | None, str]] = []
    excursions: list[tuple[str, str, str, int]] = []
    open_excursion: list[Any] | None = None
    mkt: float | None = None
    for timestamp, temp in readings:
        if temp is None:
            points.append((timestamp, None, None if mkt is None else round(mkt, 2), "GAP"))
            continue
        temps.append(temp)
        mkt = mean_kinetic_temperature(temps, delta_h)
        status = "LOW" if temp < low else "HIGH" if temp > high else "OK"
        if status == "OK":
            if open_excursion is not None:
                excursions.append(tuple(open_excursion))
                open_excursion = None
        elif open_excursion is not None and open_excursion[2] == status:
            open_excursion[1] = timestamp
            open_excursion[3] += 1
        else:
            if open_excursion is not None:
                excursions.append(tuple(open_excursion))
            open_excursion = [timestamp, timestamp, status, 1]
        points.append((timestamp, temp, round(mkt, 2), status))
    if open_excursion is not None:
        excursions.append(tuple(open_excursion))
    if mkt is None:
        verdict = "NO DATA"
    elif mkt > mkt_limit or any(kind == "HIGH" and count >= 3 for _, _, kind, count in excursions):
        verdict = "QUARANTINE"
    else:
        verdict = "RELEASE"
    return {"points": points, "excursions": excursions, "final_mkt": mkt, "verdict": verdict}
