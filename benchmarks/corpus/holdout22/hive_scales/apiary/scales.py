"""Reports from the hive scales' CSV uploads (header ``hive,taken,weight_kg,temp_c``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Reading:
    hive: str
    taken: datetime
    weight: float  # kg, whole hive
    temperature: float | None  # brood-box temperature, °C; blank when the probe is missing


def parse_reading(line: str) -> Reading:
    hive, taken, weight, temperature = (field.strip() for field in line.split(","))
    return Reading(hive, datetime.fromisoformat(taken), float(weight), float(temperature) if temperature else None)


def hive_report(lines: list[str], hives: list[str] | None = None, swarm_drop: float = 1.0) -> dict[str, dict[str, object]]:
    """Per hive (the given hives in that order, else every hive in the upload, sorted):

    * ``days``: per calendar day, the net weight change from the day's first to its last
      reading (kg, 2 decimals), the day's minimum and maximum weight and the number of readings;
    * ``swarms``: times (ISO, minutes) of readings taken between 10:00 and 16:00 that weigh
      at least ``swarm_drop`` kg less than the hive's previous reading up to 30 minutes before;
    * ``mean_temperature``: mean brood temperature (1 decimal), None without any.

    The first line is the header; blank lines are skipped. Readings are taken in time order
    (upload order for equal times).
    """
    body = [line for line in lines[1:] if line.strip()]
    hive_ids = hives or sorted({line.split(",")[0].strip() for line in body})
    report: dict[str, dict[str, object]] = {}
    for hive in hive_ids:
        readings = [parse_reading(line) for line in body if parse_reading(line).hive == hive]
        readings.sort(key=lambda reading: reading.taken)
        days: dict[str, dict[str, float]] = {}
        for reading in readings:
            day = days.setdefault(reading.taken.date().isoformat(),
                                  {"first": reading.weight, "min": reading.weight, "max": reading.weight, "readings": 0})
            day["last"] = reading.weight
            day["min"] = min(day["min"], reading.weight)
            day["max"] = max(day["max"], reading.weight)
            day["readings"] += 1
        swarms = []
        for previous, current in zip(readings, readings[1:]):
            if current.taken - previous.taken <= timedelta(minutes=30) and 10 <= current.taken.hour < 16 \
                    and previous.weight - current.weight >= swarm_drop:
                swarms.append(current.taken.isoformat(timespec="minutes"))
        temperatures = [reading.temperature for reading in readings if reading.temperature is not None]
        report[hive] = {
            "days": {date: {"net": round(day["last"] - day["first"], 2), "min": day["min"], "max": day["max"],
                            "readings": day["readings"]} for date, day in days.items()},
            "swarms": swarms,
            "mean_temperature": round(sum(temperatures) / len(temperatures), 1) if temperatures else None,
        }
    return report
