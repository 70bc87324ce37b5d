"""The port's vessel register and tariff."""

from __future__ import annotations

import re

_PLN = re.compile(r"^([A-Z]{1,3})\s*-?\s*0*(\d{1,4})$")


def normalise_pln(text: str) -> str:
    """Port letters and number as the register writes them: "pz 0123" and "PZ-123" -> "PZ 123".

    Raises ValueError for something that is not a port letters and number.
    """
    match = _PLN.match(text.strip().upper())
    if match is None:
        raise ValueError(f"not a port letters and number: {text!r}")
    return f"{match.group(1)} {int(match.group(2))}"


TARIFF = [
    # (vessel length up to, metres; pence per tonne landed; minimum charge per landing, pence)
    (10.0, 1150, 800),
    (15.0, 1325, 1500),
    (24.0, 1480, 3000),
    (float("inf"), 1620, 6000),
]


def dues_pence(length_m: float, weight_kg: float, tariff=TARIFF) -> int:
    """Dues for one landing: the rate for the vessel's length band on the tonnes landed,
    rounded to the penny, but never less than the band's minimum charge."""
    for up_to, rate, minimum in tariff:
        if length_m <= up_to:
            return max(minimum, round(weight_kg / 1000 * rate))
    raise ValueError(f"no tariff band for a {length_m} m vessel")
