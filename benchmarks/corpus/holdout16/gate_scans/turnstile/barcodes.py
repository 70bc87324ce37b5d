"""Ticket barcodes: 12 digits, the last one a Luhn check digit."""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def readable(code: str) -> bool:
    return len(code) == 12 and luhn_valid(code)


def five_minute_slot(clock: str) -> str:
    """'HH:MM' start of the five-minute slot of an 'HH:MM:SS' scan time."""
    hours, minutes, seconds = clock.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60 and 0 <= int(seconds) < 60):
        raise ValueError(f"bad scan time {clock!r}")
    return f"{int(hours):02d}:{int(minutes) // 5 * 5:02d}"
