"""What a session costs the driver."""

from __future__ import annotations

from chargepoint.meterlog import Session

ENERGY_PENCE_PER_KWH = 59


def session_charge(session: Session, pence_per_kwh: int = ENERGY_PENCE_PER_KWH) -> int:
    """Energy (rounded half up to the penny) plus the overstay fee, in pence."""
    energy = (max(session.energy_wh, 0) * pence_per_kwh + 500) // 1000
    return energy + session.idle_fee
