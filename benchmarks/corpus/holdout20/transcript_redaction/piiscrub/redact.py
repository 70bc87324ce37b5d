"""Redact customer names, e-mail addresses and card numbers from transcript lines."""

from __future__ import annotations

import re
from typing import Iterable

from piiscrub.patterns import CARD, EMAIL, luhn_valid


def name_pattern(name: str) -> str:
    """Regex source for a customer's name as whole words, with any run of whitespace between the parts."""
    parts = [re.escape(part) for part in name.split()]
    return r"\b" + r"\s+".join(parts) + r"\b"


def _mask_card(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group())
    if luhn_valid(digits):
        return "[CARD ****" + digits[-4:] + "]"
    return match.group()


def redact_transcript(lines: Iterable[str], customer_names: list[str],
                      placeholder: str = "[NAME]") -> tuple[list[str], dict[str, int]]:
    """Redacted copies of the lines and how many items of each kind were masked.

    E-mail addresses go first, then card numbers that pass the Luhn check, then the
    customer names in the order given (case-insensitive, whole words).
    """
    redacted = []
    counts = {"email": 0, "card": 0, "name": 0}
    for line in lines:
        text, found = EMAIL.subn("[EMAIL]", line)
        counts["email"] += found
        masked = CARD.sub(_mask_card, text)
        counts["card"] += masked.count("[CARD ****") - text.count("[CARD ****")
        text = masked
        for name in customer_names:
            text, found = re.subn(name_pattern(name), placeholder, text, flags=re.IGNORECASE)
            counts["name"] += found
        redacted.append(text)
    return redacted, counts
