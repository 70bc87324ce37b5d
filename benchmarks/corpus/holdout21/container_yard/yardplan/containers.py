"""ISO 6346 container numbers."""

from __future__ import annotations

import string

_VALUES = {}
_value = 10
for _letter in string.ascii_uppercase:
    if _value % 11 == 0:
        _value += 1
    _VALUES[_letter] = _value
    _value += 1
for _digit in string.digits:
    _VALUES[_digit] = int(_digit)


def check_digit(prefix: str) -> int:
    """Check digit of the first ten characters (owner code, category, serial number)."""
    total = sum(_VALUES[char] * 2 ** position for position, char in enumerate(prefix.upper()))
    return total % 11 % 10


def container_number(owner: str, serial: int) -> str:
    """A full container number, e.g. container_number('MSK', 123456) == 'MSKU1234565'."""
    prefix = f"{owner.upper()}U{serial:06d}"
    return prefix + str(check_digit(prefix))


def is_valid(number: str) -> bool:
    return (len(number) == 11 and number[:4].isalpha() and number[4:].isdigit()
            and check_digit(number[:10]) == int(number[10]))
