"""Choosing the vouchers that make the most of a points balance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .catalogue import Voucher


@dataclass(frozen=True)
class Redemption:
    value: int
    points_used: int
    codes: tuple[str, ...]


def best_redemption(points: int, vouchers: Sequence[Voucher]) -> Redemption:
    """The most valuable set of vouchers a balance of ``points`` can buy.

    Each voucher may be taken up to its limit. Between equally valuable sets the one using fewer
    points wins; if that ties too, the set found first when every voucher is tried in catalogue
    order none, once, twice... times. Codes are listed in catalogue order, repeated per copy.
    Raises ValueError for a voucher whose points price is not positive.
    """
    for voucher in vouchers:
        if voucher.points <= 0:
            raise ValueError(f"voucher {voucher.code} has no points price")

    def best(index: int, remaining: int) -> tuple[int, int, tuple[str, ...]]:
        if index == len(vouchers):
            return 0, 0, ()
        voucher = vouchers[index]
        best_value, best_used, best_codes = best(index + 1, remaining)
        for count in range(1, voucher.limit + 1):
            cost = count * voucher.points
            if cost > remaining:
                break
            value, used, codes = best(index + 1, remaining - cost)
            value += count * voucher.value
            used += cost
            if value > best_value or (value == best_value and used < best_used):
                best_value, best_used, best_codes = value, used, (voucher.code,) * count + codes
        return best_value, best_used, best_codes

    value, used, codes = best(0, points)
    return Redemption(value, used, codes)
