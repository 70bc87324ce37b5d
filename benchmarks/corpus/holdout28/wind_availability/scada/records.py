"""Ten-minute SCADA records and the per-turbine monthly log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

STATUS_RUNNING = 0
STATUS_WEATHER = 1
STATUS_FAULT = 2
STATUS_MAINTENANCE = 3
STATUS_GRID = 4

STATUS_NAMES = {STATUS_RUNNING: "running", STATUS_WEATHER: "weather", STATUS_FAULT: "fault",
                STATUS_MAINTENANCE: "maintenance", STATUS_GRID: "grid curtailment"}


@dataclass(frozen=True)
class TenMinuteRecord:
    """One 10-minute period: its start (minutes from the start of the month), mean wind speed (m/s),
    mean active power (kW) and the turbine's dominant status code during the period."""

    minute: int
    wind_speed: float
    power_kw: float
    status: int


class TurbineLog:
    """One turbine's SCADA records for a month."""

    def __init__(self, turbine: str, rated_kw: float, records: Iterable[TenMinuteRecord]) -> None:
        self.turbine = turbine
        self.rated_kw = rated_kw
        self._records = sorted(records, key=lambda record: record.minute)

    @property
    def records(self) -> list[TenMinuteRecord]:
        """The records in time order (a copy, so that a report cannot reorder the log)."""
        return list(self._records)

    def __len__(self) -> int:
        return len(self._records)


def parse_records(lines: Iterable[str]) -> list[TenMinuteRecord]:
    """Read the SCADA export lines "minute;wind_speed;power_kw;status", skipping blank lines and # comments."""
    records = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        minute, wind, power, status = line.split(";")
        records.append(TenMinuteRecord(int(minute), float(wind), float(power), int(status)))
    return records
