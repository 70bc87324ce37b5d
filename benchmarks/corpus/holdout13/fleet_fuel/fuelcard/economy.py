"""Fuel consumption per vehicle, measured between full tanks."""

from __future__ import annotations

from typing import Any, Mapping, Sequence


def fuel_economy(transactions: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Full-to-full consumption for every vehicle that appears in the fuel-card transactions.

    Each transaction has ``vehicle``, ``time`` (ISO 8601 text), ``odometer`` (km),
    ``litres`` and ``full`` (whether the tank was filled to the top). Transactions are
    taken in time order (odometer breaks ties). The litres bought since the previous full
    tank are charged to the distance driven since then; a full tank whose odometer reading
    does not exceed the previous one is reported as an anomaly and restarts the count.

    Returns, per vehicle in sorted order: ``fills`` (transactions), ``distance_km`` and
    ``litres`` (rounded to 2 places) covered by full-to-full intervals, ``l_per_100km``
    (rounded to 2 places, None without a complete interval) and ``anomalies`` (their times).
    """
    report: dict[str, dict[str, Any]] = {}
    for vehicle in sorted({transaction["vehicle"] for transaction in transactions}):
        fills = sorted(
            (transaction for transaction in transactions if transaction["vehicle"] == vehicle),
            key=lambda transaction: (transaction["time"], transaction["odometer"]),
        )
        distance = 0
        litres = 0.0
        pending = 0.0
        last_full = None
        anomalies = []
        for fill in fills:
            pending += fill["litres"]
            if not fill["full"]:
                continue
            if last_full is not None:
                travelled = fill["odometer"] - last_full["odometer"]
                if travelled <= 0:
                    anomalies.append(fill["time"])
                else:
                    distance += travelled
                    litres += pending
            last_full = fill
            pending = 0.0
        report[vehicle] = {
            "fills": len(fills),
            "distance_km": distance,
            "litres": round(litres, 2),
            "l_per_100km": round(litres / distance * 100, 2) if distance else None,
            "anomalies": anomalies,
        }
    return report
