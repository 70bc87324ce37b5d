"""Inclining-block electricity tariffs and the monthly bill run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


class TariffError(ValueError):
    """The tariff does not price some of the energy that was used."""


@dataclass(frozen=True)
class Tier:
    """One block of a tariff.

    `upto` is the cumulative kWh ceiling of the block (None for the open-ended last
    block) and `rate` the price per kWh in hundredths of a cent.
    """

    upto: int | None
    rate: int


def parse_tariff(text: str) -> list[Tier]:
    """Read lines like `upto 100: 1450` or `rest: 2210` (rates in hundredths of a cent)."""
    tiers = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        label, _, rate = line.partition(":")
        label = label.strip()
        upto = None if label == "rest" else int(label.removeprefix("upto").strip())
        tiers.append(Tier(upto, int(rate)))
    return tiers


def rate_for_unit(tiers: Sequence[Tier], unit: int) -> int:
    """Price of the `unit`-th kWh of the month (counting from 0)."""
    for tier in tiers:
        if tier.upto is None or unit < tier.upto:
            return tier.rate
    raise TariffError(f"no tier prices kWh number {unit + 1}")


def bill_accounts(
    readings: Iterable[tuple[str, int, int]], tiers: Sequence[Tier], standing_charge: int = 0
) -> dict[str, int]:
    """Bill every account for the month, in cents.

    `readings` holds (account, previous reading, current reading) rows in kWh; an
    account with several meters has several rows and is billed on the total. Energy
    is priced block by block, the amount is rounded half up to whole cents and the
    standing charge (cents) is added. Accounts appear in order of first reading.
    Raises ValueError when a reading goes backwards and TariffError when the tariff
    runs out before the account's consumption does.
    """
    usage: dict[str, int] = {}
    for account, previous, current in readings:
        if current < previous:
            raise ValueError(f"meter reading for {account} went backwards")
        usage[account] = usage.get(account, 0) + (current - previous)
    bills: dict[str, int] = {}
    for account, kwh in usage.items():
        energy = 0
        for unit in range(kwh):
            energy += rate_for_unit(tiers, unit)
        bills[account] = standing_charge + (energy + 50) // 100
    return bills
