"""The rewards catalogue: what each partner voucher costs in points and is worth."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Voucher:
    """A reward: its points price, its value to the member in pence, and how many one member
    may take per statement."""

    code: str
    partner: str
    points: int
    value: int
    limit: int = 1


def parse_catalogue(text: str) -> list[Voucher]:
    """Read "code,partner,points,value in pounds,limit" lines (limit optional), in file order.

    Blank lines and # comments are skipped. Raises ValueError for a malformed line, a duplicate
    code, a non-positive points price or a negative limit.
    """
    vouchers: list[Voucher] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) not in (4, 5):
            raise ValueError(f"line {number}: expected code,partner,points,value[,limit]")
        code, partner, points, value = parts[:4]
        limit = int(parts[4]) if len(parts) == 5 else 1
        if code in seen:
            raise ValueError(f"line {number}: duplicate voucher {code}")
        if int(points) <= 0 or limit < 0:
            raise ValueError(f"line {number}: bad points price or limit")
        seen.add(code)
        vouchers.append(Voucher(code, partner, int(points), round(float(value) * 100), limit))
    return vouchers
