"""Units, their leases' service-charge schedules and the cost lines of a budget."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tenant:
    """A let unit: its net internal area and the cost schedules its lease makes it pay into."""

    unit: str
    name: str
    area_sqft: int
    schedules: tuple[str, ...]


@dataclass(frozen=True)
class CostLine:
    """One line of the service-charge budget or accounts, in pence, charged to one schedule."""

    code: str
    description: str
    schedule: str
    amount: int
