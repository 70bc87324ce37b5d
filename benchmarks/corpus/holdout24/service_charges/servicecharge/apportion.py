"""Share each cost line among the tenants who pay into its schedule.

The leases apportion by net internal area; the RICS code asks for a statement in which
every penny of a cost line is accounted for, so shares are rounded with the largest
remainder method rather than to the nearest penny.
"""

from __future__ import annotations

from collections.abc import Sequence

from servicecharge.tenancy import CostLine, Tenant


def apportion(lines: Sequence[CostLine], tenants: Sequence[Tenant]) -> dict[str, dict[str, int]]:
    """The pence each unit pays towards each cost code.

    A line is shared among the tenants whose schedules include its schedule, in proportion
    to their area: each share is rounded down, then the pennies left over go one each to
    the shares with the largest remainders (on equal remainders, the unit sorting first).
    Shares of the same code add up, also for a unit listed twice. Every unit of
    ``tenants`` is in the result, in order, with its codes in the order of ``lines``.
    Raises ValueError for a line whose schedule no tenant pays into, or when those
    tenants' areas do not add up to more than zero.
    """
    result: dict[str, dict[str, int]] = {tenant.unit: {} for tenant in tenants}
    for line in lines:
        members = [tenant for tenant in tenants if line.schedule in tenant.schedules]
        if not members:
            raise ValueError(f"no tenant pays into schedule {line.schedule!r} (line {line.code})")
        shares = []
        for tenant in members:
            total_area = sum(other.area_sqft for other in tenants if line.schedule in other.schedules)
            if total_area <= 0:
                raise ValueError(f"schedule {line.schedule!r} has no floor area")
            pence, remainder = divmod(line.amount * tenant.area_sqft, total_area)
            shares.append([tenant.unit, pence, remainder])
        leftover = line.amount - sum(share[1] for share in shares)
        for share in sorted(shares, key=lambda share: (-share[2], share[0]))[:leftover]:
            share[1] += 1
        for unit, pence, _ in shares:
            result[unit][line.code] = result[unit].get(line.code, 0) + pence
    return result
