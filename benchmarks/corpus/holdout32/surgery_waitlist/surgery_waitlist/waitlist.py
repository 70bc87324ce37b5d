"""Referrals, theatre sessions and bookings."""

from __future__ import annotations

from dataclasses import dataclass

PRIORITIES = {1: "P1 (within 72 hours)", 2: "P2 (within 1 month)", 3: "P3 (within 3 months)",
              4: "P4 (over 3 months)"}


@dataclass(frozen=True)
class Referral:
    """A decision to operate: the day it was added to the list, the clinical priority (1 most
    urgent) and the theatre minutes the procedure needs."""

    id: str
    referred: int
    priority: int
    minutes: int
    procedure: str = ""


@dataclass(frozen=True)
class Session:
    """A theatre session on a day, with the operating minutes it offers."""

    day: int
    theatre: str
    minutes: int


@dataclass(frozen=True)
class Booking:
    referral: str
    priority: int
    referred: int
    day: int
    theatre: str

    @property
    def wait(self) -> int:
        return self.day - self.referred
