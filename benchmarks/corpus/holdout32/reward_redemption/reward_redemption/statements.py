"""The redemption suggestion printed on each member's points statement."""

from __future__ import annotations

from typing import Mapping, Sequence

from .catalogue import Voucher
from .redeem import best_redemption


def statement_lines(members: Sequence[Mapping], vouchers: Sequence[Voucher], minimum: int = 500) -> list[dict]:
    """One suggestion per member ({"member", "points"}): the vouchers to choose, their value in
    pounds and the points left over. Members below ``minimum`` points get no suggestion."""
    by_code = {voucher.code: voucher for voucher in vouchers}
    lines = []
    for member in members:
        balance = member["points"]
        if balance < minimum:
            lines.append({"member": member["member"], "suggestion": [], "value": 0.0, "points_left": balance})
            continue
        redemption = best_redemption(balance, vouchers)
        counts: dict[str, int] = {}
        for code in redemption.codes:
            counts[code] = counts.get(code, 0) + 1
        suggestion = [f"{count} x {by_code[code].partner}" for code, count in counts.items()]
        lines.append({"member": member["member"], "suggestion": suggestion, "value": redemption.value / 100,
                      "points_left": balance - redemption.points_used})
    return lines
