"""Replay barrier logs against a car park's bay-allocation policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Visit:
    """A car's stay, in minutes since the car park opened."""

    plate: str
    arrive: int
    leave: int


@dataclass
class Assignment:
    """Where an arriving car was sent; `bay` is None when the car was turned away."""

    plate: str
    arrive: int
    bay: int | None


class Garage:
    """A car park with bays numbered 1..bays, some of which may be reserved."""

    def __init__(self, bays: int, reserved: Iterable[int] = ()) -> None:
        self.bays = bays
        self.reserved = set(reserved)

    def capacity(self) -> int:
        """Number of bays open to the public."""
        return sum(1 for bay in range(1, self.bays + 1) if bay not in self.reserved)

    def simulate(self, visits: Sequence[Visit]) -> list[Assignment]:
        """Send each arriving car to the lowest-numbered free public bay.

        Visits are handled in order of arrival (equal arrival times in input order). A car
        frees its bay at its `leave` minute, so a car arriving that minute can take it; a car
        that finds no free bay is turned away. Raises ValueError, when that visit's turn
        comes, if a visit leaves before it arrives.
        """
        parked: list[tuple[Visit, int]] = []
        assignments: list[Assignment] = []
        for visit in sorted(visits, key=lambda v: v.arrive):
            if visit.leave < visit.arrive:
                raise ValueError(f"{visit.plate} leaves before it arrives")
            parked = [(other, bay) for other, bay in parked if other.leave > visit.arrive]
            taken = [bay for _, bay in parked]
            free = sorted(bay for bay in range(1, self.bays + 1) if bay not in taken and bay not in self.reserved)
            if free:
                parked.append((visit, free[0]))
                assignments.append(Assignment(visit.plate, visit.arrive, free[0]))
            else:
                assignments.append(Assignment(visit.plate, visit.arrive, None))
        return assignments


def turned_away(assignments: Sequence[Assignment]) -> list[str]:
    """Plates of the cars that could not be parked."""
    return [a.plate for a in assignments if a.bay is None]
