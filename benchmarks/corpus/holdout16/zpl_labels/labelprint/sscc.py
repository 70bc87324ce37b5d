"""GS1 Serial Shipping Container Codes (SSCC-18)."""

from __future__ import annotations


def gs1_check_digit(digits: str) -> int:
    """The GS1 mod-10 check digit for a string of digits (weights 3,1,3,... from the right)."""
    if not digits or not digits.isdigit():
        raise ValueError(f"not a digit string: {digits!r}")
    total = 0
    for position, char in enumerate(reversed(digits)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def sscc(company_prefix: str, serial: int, extension: int = 0) -> str:
    """The 18-digit SSCC for a carton: extension digit, company prefix, serial, check digit."""
    if not 0 <= extension <= 9:
        raise ValueError("extension digit must be 0-9")
    serial_width = 16 - len(company_prefix)
    if serial_width < 1 or serial < 0 or serial >= 10 ** serial_width:
        raise ValueError("serial does not fit after the company prefix")
    body = f"{extension}{company_prefix}{serial:0{serial_width}d}"
    return body + str(gs1_check_digit(body))
