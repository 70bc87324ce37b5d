"""Spreading a container's freight, insurance and duty over its lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from landed_cost.shipment import ShipmentLine


@dataclass(frozen=True)
class LandedLine:
    """A line's goods value and its shares of freight, insurance and duty, all in cents, with
    the total landed cost and the landed cost per unit (rounded half up to the cent)."""

    sku: str
    quantity: int
    goods_cents: int
    freight_cents: int
    insurance_cents: int
    duty_cents: int
    landed_cents: int
    unit_landed_cents: int


def allocate_landed_costs(lines: Sequence[ShipmentLine], freight_cents: int,
                          insurance_cents: int) -> list[LandedLine]:
    """Allocate the container's freight and insurance over its lines and add the duty.

    Freight is shared in proportion to each line's weight (quantity x unit weight) and insurance
    in proportion to its goods value (quantity x unit cost), in whole cents by the largest
    remainder method: each line first gets the whole cents of its exact share, then the cents
    left over go one each to the lines with the largest remainders, earlier lines first on ties.
    Duty is the line's per-mille rate of its customs value (goods + freight + insurance),
    rounded half up to the cent. Returns one landed line per input line, in the same order.

    Raises ``ValueError`` for a negative charge, a line whose quantity is not positive or whose
    cost, weight or duty rate is negative, and when there is freight (insurance) to share but
    the lines weigh (are worth) nothing.
    """
    if freight_cents < 0 or insurance_cents < 0:
        raise ValueError("freight and insurance cannot be negative")
    exact: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for line in lines:
        if line.quantity <= 0:
            raise ValueError(f"{line.sku}: quantity must be positive")
        if line.unit_cost_cents < 0 or line.unit_weight_g < 0 or line.duty_per_mille < 0:
            raise ValueError(f"{line.sku}: negative cost, weight or duty rate")
        total_weight = sum(item.quantity * item.unit_weight_g for item in lines)
        total_value = sum(item.quantity * item.unit_cost_cents for item in lines)
        if freight_cents and not total_weight:
            raise ValueError("there is freight to share but the container weighs nothing")
        if insurance_cents and not total_value:
            raise ValueError("there is insurance to share but the goods are worth nothing")
        freight = divmod(freight_cents * line.quantity * line.unit_weight_g, total_weight) if total_weight else (0, 0)
        insurance = divmod(insurance_cents * line.quantity * line.unit_cost_cents, total_value) if total_value else (0, 0)
        exact.append((freight, insurance))

    freight_shares = [freight[0] for freight, _ in exact]
    insurance_shares = [insurance[0] for _, insurance in exact]
    by_freight = sorted(range(len(exact)), key=lambda index: (-exact[index][0][1], index))
    by_insurance = sorted(range(len(exact)), key=lambda index: (-exact[index][1][1], index))
    for index in by_freight[:freight_cents - sum(freight_shares)]:
        freight_shares[index] += 1
    for index in by_insurance[:insurance_cents - sum(insurance_shares)]:
        insurance_shares[index] += 1

    landed: list[LandedLine] = []
    for line, freight, insurance in zip(lines, freight_shares, insurance_shares):
        goods = line.quantity * line.unit_cost_cents
        duty = ((goods + freight + insurance) * line.duty_per_mille + 500) // 1000
        total = goods + freight + insurance + duty
        landed.append(LandedLine(line.sku, line.quantity, goods, freight, insurance, duty, total,
                                 (2 * total + line.quantity) // (2 * line.quantity)))
    return landed
