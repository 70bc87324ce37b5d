"""Mean kinetic temperature (MKT) as defined in USP <1079.2>."""

from __future__ import annotations

import math
from typing import Sequence

GAS_CONSTANT = 8.3144598  # J / (mol K)
DEFAULT_DELTA_H = 83.144  # kJ / mol, the conventional activation energy


def mean_kinetic_temperature(temps_c: Sequence[float], delta_h: float = DEFAULT_DELTA_H) -> float:
    """MKT in °C of a series of equally spaced temperature readings in °C."""
    if not temps_c:
        raise ValueError("no temperature readings")
    ratio = delta_h * 1000 / GAS_CONSTANT
    total = 0.0
    for temp in temps_c:
        total += math.exp(-ratio / (temp + 273.15))
    return ratio / -math.log(total / len(temps_c)) - 273.15
