"""Monthly availability figures for the operations-and-maintenance contract."""

from __future__ import annotations

from dataclasses import dataclass

from scada.powercurve import PowerCurve, expected_power
from scada.records import (STATUS_FAULT, STATUS_GRID, STATUS_MAINTENANCE, STATUS_RUNNING, STATUS_WEATHER,
                           TurbineLog)


@dataclass(frozen=True)
class AvailabilityReport:
    """A turbine's month: periods, missing periods, availabilities (percent) and energies (MWh)."""

    turbine: str
    periods: int
    missing: int
    time_availability: float
    produced_mwh: float
    lost_mwh: float
    energy_availability: float
    fault_stops: int


def monthly_availability(log: TurbineLog, curve: PowerCurve, month_minutes: int = 43200) -> AvailabilityReport:
    """Time- and energy-based availability of one turbine over a month of ``month_minutes`` minutes.

    Time-based availability is the share of the month's 10-minute periods in which the turbine
    was running, leaving out the periods excused by the contract (weather and grid curtailment);
    periods without a record count as unavailable. Energy-based availability is the energy
    produced over the energy produced plus the energy lost in fault and maintenance periods,
    estimated from the warranted power curve less any power still produced. Negative power
    (the turbine's own consumption) counts as zero. ``fault_stops`` counts runs of consecutive
    fault records. Percentages are rounded to 2 decimals and energies to 3; a month with nothing
    to count is 100.0 % available.

    Raises ``ValueError`` when the month is not a positive whole number of 10-minute periods,
    and for a record outside the month, a second record for the same period or an unknown status.
    """
    if month_minutes <= 0 or month_minutes % 10:
        raise ValueError(f"a month of {month_minutes} minutes is not a whole number of periods")
    periods = month_minutes // 10
    available = excused = seen = fault_stops = 0
    produced_kwh = lost_kwh = 0.0
    for i in range(len(log.records)):
        record = log.records[i]
        if not 0 <= record.minute < month_minutes:
            raise ValueError(f"{log.turbine}: record at minute {record.minute} is outside the month")
        if i and log.records[i - 1].minute == record.minute:
            raise ValueError(f"{log.turbine}: two records for minute {record.minute}")
        seen += 1
        power = max(record.power_kw, 0.0)
        produced_kwh += power / 6
        if record.status == STATUS_RUNNING:
            available += 1
        elif record.status in (STATUS_WEATHER, STATUS_GRID):
            excused += 1
        elif record.status in (STATUS_FAULT, STATUS_MAINTENANCE):
            lost_kwh += max(expected_power(curve, record.wind_speed) - power, 0.0) / 6
            if record.status == STATUS_FAULT and (i == 0 or log.records[i - 1].status != STATUS_FAULT):
                fault_stops += 1
        else:
            raise ValueError(f"{log.turbine}: unknown status {record.status!r} at minute {record.minute}")
    counted = periods - excused
    time_availability = round(100 * available / counted, 2) if counted else 100.0
    possible_kwh = produced_kwh + lost_kwh
    energy_availability = round(100 * produced_kwh / possible_kwh, 2) if possible_kwh else 100.0
    return AvailabilityReport(log.turbine, periods, periods - seen, time_availability, round(produced_kwh / 1000, 3),
                              round(lost_kwh / 1000, 3), energy_availability, fault_stops)
