"""Bus returns from the day's blocks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BusReturn:
    bus_id: str
    arrive: float  # minutes after noon on the service day, when the bus is parked at the depot
    depart: float  # minutes after noon, next morning's pull-out
    energy_kwh: float  # energy left in the battery on arrival
    capacity_kwh: float  # usable battery capacity

    def needed_kwh(self, target: float) -> float:
        """Energy to add to reach ``target`` (a fraction of capacity); never negative."""
        return max(0.0, self.capacity_kwh * target - self.energy_kwh)
