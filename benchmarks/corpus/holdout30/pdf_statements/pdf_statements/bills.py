"""Quarterly water bills: meter readings, tariff and the resulting charges."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tariff:
    """Standing charge per quarter and the volumetric bands: up to ``band_m3`` cubic metres at
    ``first_rate_cents`` per m3, the rest at ``second_rate_cents``; sewerage is charged on
    ``sewer_share_percent`` of the water used."""

    standing_cents: int = 2350
    band_m3: int = 40
    first_rate_cents: int = 187
    second_rate_cents: int = 241
    sewer_rate_cents: int = 162
    sewer_share_percent: int = 95


@dataclass
class Bill:
    """One customer's bill for the quarter, with its charge lines in cents."""

    account: str
    name: str
    address: list[str]
    period: str
    previous_reading: int
    current_reading: int
    lines: list[tuple[str, int]] = field(default_factory=list)

    @property
    def used_m3(self) -> int:
        return self.current_reading - self.previous_reading

    @property
    def total_cents(self) -> int:
        return sum(amount for _, amount in self.lines)


def make_bill(account: str, name: str, address: list[str], period: str, previous: int, current: int,
              tariff: Tariff = Tariff()) -> Bill:
    """Price a quarter's consumption. Raises ``ValueError`` when the current reading is below the
    previous one (a meter exchange must be billed by hand)."""
    if current < previous:
        raise ValueError(f"{account}: current reading {current} below previous {previous}")
    bill = Bill(account, name, list(address), period, previous, current)
    used = current - previous
    first = min(used, tariff.band_m3)
    bill.lines.append(("Standing charge", tariff.standing_cents))
    bill.lines.append((f"Water, first {first} m3", first * tariff.first_rate_cents))
    if used > tariff.band_m3:
        bill.lines.append((f"Water, next {used - tariff.band_m3} m3", (used - tariff.band_m3) * tariff.second_rate_cents))
    sewer_m3 = used * tariff.sewer_share_percent / 100
    bill.lines.append((f"Sewerage, {sewer_m3:.1f} m3", round(sewer_m3 * tariff.sewer_rate_cents)))
    return bill
