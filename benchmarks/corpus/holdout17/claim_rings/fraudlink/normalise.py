"""Normalised contact and payment identifiers, so trivially disguised repeats still match."""

from __future__ import annotations

import re
from typing import Any, Callable

ADDRESS_WORDS = {"street": "st", "road": "rd", "avenue": "ave", "lane": "ln", "drive": "dr", "court": "ct",
                 "flat": "apt", "apartment": "apt", "close": "cl", "crescent": "cres", "north": "n", "south": "s"}
_NOT_WORD = re.compile(r"[^\w\s]")


def normalise_phone(value: str) -> str | None:
    """The last ten digits of a phone number, or None when it has fewer than seven."""
    digits = "".join(character for character in value if character.isdigit())
    if len(digits) < 7:
        return None
    return digits[-10:]


def normalise_email(value: str) -> str | None:
    """Lower-cased address without +tags; dots in Gmail local parts are ignored."""
    text = value.strip().lower()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return None
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def normalise_address(value: str) -> str | None:
    """Case-folded words with punctuation dropped and common abbreviations applied."""
    words = _NOT_WORD.sub(" ", value.casefold()).split()
    return " ".join(ADDRESS_WORDS.get(word, word) for word in words) or None


def normalise_account(value: str) -> str | None:
    """Bank account or IBAN without spaces, upper case."""
    return "".join(value.split()).upper() or None


FIELDS: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    ("phone", normalise_phone),
    ("email", normalise_email),
    ("address", normalise_address),
    ("bank_account", normalise_account),
)


def claim_identifiers(claim: dict[str, Any]) -> list[tuple[str, str]]:
    """The distinct (field, normalised value) identifiers of one claim, in field order."""
    identifiers: list[tuple[str, str]] = []
    for field, normaliser in FIELDS:
        value = claim.get(field)
        if not value:
            continue
        key = normaliser(value)
        if key is not None and (field, key) not in identifiers:
            identifiers.append((field, key))
    return identifiers
