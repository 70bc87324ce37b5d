"""Monthly statements for registered account holders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from tollroad.holidays import is_off_peak_day
from tollroad.tariff import Passage, Tariff, passage_charge


@dataclass
class Statement:
    plate: str
    month: str  # "YYYY-MM"
    passages: int = 0
    off_peak: int = 0  # passages on weekends and bank holidays
    capped_days: int = 0  # days on which the daily cap was reached
    total: int = 0  # pence
    days: dict[str, int] = field(default_factory=dict)  # ISO day -> pence charged


def monthly_statements(passages: Iterable[Passage], tariff: Tariff) -> dict[tuple[str, str], Statement]:
    """One statement per vehicle and calendar month, keyed by (plate, month).

    Passages are charged in time order per vehicle; once a vehicle's charges for a day
    reach the daily cap of its class, further passages that day are free.
    """
    statements: dict[tuple[str, str], Statement] = {}
    for passage in sorted(passages, key=lambda item: (item.plate, item.timestamp)):
        month = passage.timestamp.strftime("%Y-%m")
        key = (passage.plate, month)
        statement = statements.get(key)
        if statement is None:
            statement = statements[key] = Statement(passage.plate, month)
        day = passage.timestamp.date().isoformat()
        charge = passage_charge(passage, tariff)
        spent = statement.days.get(day, 0)
        cap = tariff.daily_caps.get(passage.vehicle_class)
        if cap is not None and spent + charge >= cap:
            if spent < cap:
                statement.capped_days += 1
            charge = max(cap - spent, 0)
        statement.days[day] = spent + charge
        statement.passages += 1
        if is_off_peak_day(passage.timestamp.date()):
            statement.off_peak += 1
        statement.total += charge
    return statements
