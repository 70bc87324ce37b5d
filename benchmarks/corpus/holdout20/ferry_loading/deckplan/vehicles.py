"""Booked vehicles as they arrive at the check-in booths."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORY_DIMENSIONS = {
    # category: (length cm, height cm, weight kg) used when the booking has no measurements
    "car": (450, 150, 1500),
    "van": (600, 260, 3000),
    "motorhome": (750, 320, 4500),
    "lorry": (1650, 400, 38000),
    "motorcycle": (220, 130, 250),
}


@dataclass
class Vehicle:
    registration: str
    length_cm: int
    height_cm: int
    weight_kg: int
    hazardous: bool = False


def from_booking(registration: str, category: str, length_cm: int | None = None,
                 hazardous: bool = False) -> Vehicle:
    length, height, weight = CATEGORY_DIMENSIONS[category]
    return Vehicle(registration.upper().replace(" ", ""), length_cm or length, height, weight, hazardous)
