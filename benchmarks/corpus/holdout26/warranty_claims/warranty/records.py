"""Product registrations and the repair claims that service agents submit against them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Registration:
    """A product registered by its owner: serial number, model code and purchase date."""

    serial: str
    model: str
    purchased: date
    postcode: str = ""


@dataclass(frozen=True)
class Claim:
    """A repair claim from a service agent: what was repaired, when the fault was reported, and the amount claimed."""

    claim_id: str
    serial: str
    reported: date
    fault_code: str
    amount: float


@dataclass(frozen=True)
class Decision:
    """The outcome for one claim: ``approved``, ``capped``, ``expired``, ``unregistered`` or ``unknown model``."""

    claim_id: str
    outcome: str
    payable: float
    model: str | None = None
