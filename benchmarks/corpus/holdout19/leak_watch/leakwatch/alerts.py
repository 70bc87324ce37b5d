"""Turn suspicious days into leak alerts for the customer-contact team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from leakwatch.readings import Reading, day_gap, district_baseline


@dataclass
class LeakAlert:
    meter: str
    district: str
    first_day: str
    last_day: str
    days: int
    excess_litres: float  # consumption above the district mean over the run of suspicious days
    night_flow: bool  # True when every day of the run showed continuous night flow


def flag_leaks(readings: Sequence[Reading], sigma: float = 3.0, night_threshold: int = 30,
               min_days: int = 3) -> list[LeakAlert]:
    """Runs of at least ``min_days`` consecutive suspicious days per meter.

    A day is suspicious when the meter's consumption is more than ``sigma`` standard
    deviations above its district's mean for that day, or when its night flow reaches
    ``night_threshold`` litres. Alerts come out by meter, then by date.
    """
    alerts: list[LeakAlert] = []
    run: list[tuple[Reading, float]] = []

    def close_run() -> None:
        if len(run) >= min_days:
            first, last = run[0][0], run[-1][0]
            excess = 0.0
            for reading, mean in run:
                excess += reading.litres - mean
            alerts.append(LeakAlert(first.meter, first.district, first.day, last.day, len(run), round(excess, 1),
                                    all(reading.night_litres >= night_threshold for reading, _ in run)))
        run.clear()

    for reading in sorted(readings, key=lambda item: (item.meter, item.day)):
        mean, spread = district_baseline(readings, reading.district, reading.day)
        suspicious = reading.litres > mean + sigma * spread or reading.night_litres >= night_threshold
        if run:
            previous = run[-1][0]
            if previous.meter != reading.meter or day_gap(previous.day, reading.day) != 1 or not suspicious:
                close_run()
        if suspicious:
            run.append((reading, mean))
    close_run()
    return alerts
