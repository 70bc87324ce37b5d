"""Recorded sales and the parcels being valued."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sale:
    sale_id: str
    latitude: float
    longitude: float
    price: int
    living_area: int
    bedrooms: int
    bathrooms: float
    year_built: int
    sold_on: str  # ISO date of the deed transfer
    property_type: str


@dataclass(frozen=True)
class Subject:
    parcel_id: str
    latitude: float
    longitude: float
    living_area: int
    bedrooms: int
    bathrooms: float
    year_built: int
    property_type: str
