"""Dewey Decimal call numbers as printed on spine labels, e.g. '641.5945 SMI 2015 v.2'."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Iterable, Optional


def parse_call_number(text: str) -> tuple[int, str, str, Optional[int], int]:
    """(class, decimal digits, cutter, year or None, volume) of a spine label."""
    parts = text.split()
    if not parts:
        raise ValueError("empty call number")
    whole, _, fraction = parts[0].partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"bad class number {parts[0]!r}")
    cutter = parts[1].upper() if len(parts) > 1 else ""
    year: Optional[int] = None
    volume = 0
    for extra in parts[2:]:
        if len(extra) == 4 and extra.isdigit():
            year = int(extra)
        elif extra.lower().startswith("v.") and extra[2:].isdigit():
            volume = int(extra[2:])
        else:
            raise ValueError(f"unrecognised part {extra!r} in {text!r}")
    return int(whole), fraction, cutter, year, volume


def compare_call_numbers(a: str, b: str) -> int:
    """Negative, zero or positive as `a` shelves before, with, or after `b`.

    Class numbers compare digit by digit after the point (641.5 < 641.52 < 641.6),
    cutters alphabetically ignoring case, undated before dated, then by volume.
    """
    left, right = parse_call_number(a), parse_call_number(b)
    for x, y in zip(left[:3], right[:3]):
        if x != y:
            return -1 if x < y else 1
    if left[3] != right[3]:
        if left[3] is None:
            return -1
        if right[3] is None:
            return 1
        return -1 if left[3] < right[3] else 1
    return (left[4] > right[4]) - (left[4] < right[4])


def shelf_order(call_numbers: Iterable[str]) -> list[str]:
    """The call numbers in the order the items belong on the shelf (equal labels keep their order)."""
    return sorted(call_numbers, key=cmp_to_key(compare_call_numbers))
