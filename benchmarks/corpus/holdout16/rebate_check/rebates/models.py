"""Model numbers as printed on rating plates, invoices and the certification list differ in
punctuation and case ("HP-12/A", "hp 12a"); they are compared in a normalised form."""

from __future__ import annotations

import re

_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def normalise_model(text: str) -> str:
    """Upper-case model number with everything but letters and digits removed."""
    return _NOT_ALNUM.sub("", text.upper())


def normalise_serial(text: str) -> str:
    return text.strip().upper()
