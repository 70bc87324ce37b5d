"""ISBN validation and normalisation for catalogue uploads."""

from __future__ import annotations

from typing import Iterable

SEPARATORS = "- \t"


def isbn10_is_valid(digits: str) -> bool:
    """Check the ISBN-10 check character (0-9 or X) of a 10-character string."""
    if len(digits) != 10 or not digits[:9].isdigit() or digits[9] not in "0123456789X":
        return False
    total = sum((10 - position) * int(char) for position, char in enumerate(digits[:9]))
    total += 10 if digits[9] == "X" else int(digits[9])
    return total % 11 == 0


def isbn13_check_digit(first12: str) -> str:
    """The check digit that completes a 12-digit ISBN-13 prefix."""
    total = sum(int(char) * (3 if position % 2 else 1) for position, char in enumerate(first12))
    return str((10 - total % 10) % 10)


def normalize_isbn(raw: str) -> str | None:
    """The ISBN-13 form of `raw`, or None if it is not a valid ISBN-10 or ISBN-13.

    Hyphens, spaces and tabs are ignored, a lower-case x check character is accepted
    and an optional "ISBN" / "ISBN-13:" style prefix is removed.
    """
    text = raw.strip().upper()
    for prefix in ("ISBN-13:", "ISBN-10:", "ISBN:", "ISBN"):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    digits = "".join(char for char in text if char not in SEPARATORS)
    if len(digits) == 10:
        if not isbn10_is_valid(digits):
            return None
        first12 = "978" + digits[:9]
        return first12 + isbn13_check_digit(first12)
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        if isbn13_check_digit(digits[:12]) != digits[12]:
            return None
        return digits
    return None


def clean_isbns(raw_values: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split an upload's ISBN column into valid and rejected values.

    Returns (unique ISBN-13s in order of first appearance, rejected raw values in
    input order, duplicates included).
    """
    cleaned: list[str] = []
    rejected: list[str] = []
    for raw in raw_values:
        isbn = normalize_isbn(raw)
        if isbn is None:
            rejected.append(raw)
        elif isbn not in cleaned:
            cleaned.append(isbn)
    return cleaned, rejected
