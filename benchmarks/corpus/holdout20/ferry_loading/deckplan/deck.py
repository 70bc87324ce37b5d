"""Lanes of the vehicle deck and the loading plan."""

from __future__ import annotations

from dataclasses import dataclass, field

from deckplan.vehicles import Vehicle

GAP_CM = 30  # clearance the loading crew leaves between vehicles in a lane


@dataclass
class Lane:
    number: int
    length_cm: int
    max_height_cm: int
    open_deck: bool = False  # hazardous cargo only on the open (weather) deck
    vehicles: list[Vehicle] = field(default_factory=list)

    def used_cm(self) -> int:
        return sum(vehicle.length_cm + GAP_CM for vehicle in self.vehicles)

    def free_cm(self) -> int:
        return self.length_cm - self.used_cm()

    def weight_kg(self) -> int:
        return sum(vehicle.weight_kg for vehicle in self.vehicles)

    def fits(self, vehicle: Vehicle, lane_weight_limit_kg: int) -> bool:
        if vehicle.hazardous and not self.open_deck:
            return False
        if vehicle.height_cm > self.max_height_cm:
            return False
        if vehicle.length_cm + GAP_CM > self.free_cm():
            return False
        return self.weight_kg() + vehicle.weight_kg <= lane_weight_limit_kg


class DeckPlan:
    def __init__(self, lanes: list[Lane], deck_weight_limit_kg: int, lane_weight_limit_kg: int) -> None:
        self.lanes = lanes
        self.deck_weight_limit_kg = deck_weight_limit_kg
        self.lane_weight_limit_kg = lane_weight_limit_kg

    def total_weight_kg(self) -> int:
        return sum(lane.weight_kg() for lane in self.lanes)

    def load(self, vehicles: list[Vehicle]) -> list[str]:
        """Put the vehicles, in check-in order, into lanes; return the registrations left on the quay.

        Each vehicle goes to the lane with the most free length among those it fits in
        (the lane listed first on ties), which keeps the deck evenly loaded. A vehicle that
        would take the deck over its weight limit is left behind.
        """
        shut_out = []
        for vehicle in vehicles:
            if self.total_weight_kg() + vehicle.weight_kg > self.deck_weight_limit_kg:
                shut_out.append(vehicle.registration)
                continue
            best = None
            for lane in self.lanes:
                if not lane.fits(vehicle, self.lane_weight_limit_kg):
                    continue
                if best is None or lane.free_cm() > best.free_cm():
                    best = lane
            if best is None:
                shut_out.append(vehicle.registration)
            else:
                best.vehicles.append(vehicle)
        return shut_out

    def lane_report(self) -> list[tuple[int, int, int, int]]:
        """(lane number, vehicles, free cm, weight kg) per lane."""
        return [(lane.number, len(lane.vehicles), lane.free_cm(), lane.weight_kg()) for lane in self.lanes]
