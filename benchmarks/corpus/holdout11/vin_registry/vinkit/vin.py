"""Vehicle identification numbers (ISO 3779, North-American check digit)."""

from __future__ import annotations

from typing import Iterable

WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
LETTER_GROUPS = ("AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")


def transliterate(ch: str) -> int:
    """The numeric value of one VIN character (I, O and Q are never used)."""
    table = {}
    for value, letters in enumerate(LETTER_GROUPS, start=1):
        for letter in letters:
            table[letter] = value
    if ch.isdigit():
        return int(ch)
    if ch not in table:
        raise ValueError(f"invalid VIN character {ch!r}")
    return table[ch]


def check_digit(vin: str) -> str:
    """The check digit ('0'-'9' or 'X') that belongs in position 9 of `vin`."""
    total = sum(transliterate(ch) * weight for ch, weight in zip(vin, WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def normalise(raw: str) -> str:
    """Upper-case, without surrounding whitespace, inner spaces or dashes."""
    return raw.strip().upper().replace("-", "").replace(" ", "")


def audit_listings(raw_vins: Iterable[str]) -> dict[str, list]:
    """Sort uploaded VINs into valid ones, invalid ones and repeated ones.

    `valid` holds each good VIN once (normalised, first-seen order); `invalid` holds
    (raw value, reason) pairs with reason "length", "character" or "check digit";
    `duplicates` holds the normalised VIN each time a valid one is seen again.
    """
    valid: list[str] = []
    invalid: list[tuple[str, str]] = []
    duplicates: list[str] = []
    for raw in raw_vins:
        vin = normalise(raw)
        if len(vin) != 17:
            invalid.append((raw, "length"))
            continue
        try:
            expected = check_digit(vin)
        except ValueError:
            invalid.append((raw, "character"))
            continue
        if vin[8] != expected:
            invalid.append((raw, "check digit"))
            continue
        if vin in valid:
            duplicates.append(vin)
            continue
        valid.append(vin)
    return {"valid": valid, "invalid": invalid, "duplicates": duplicates}
