"""Maximum quantities of flammable liquids a laboratory may store outside a flammables cabinet."""

from __future__ import annotations

from collections.abc import Mapping

# Litres per laboratory, by flammability category (1: flash point < 23 °C and boiling
# point <= 35 °C, 2: flash point < 23 °C, 3: flash point 23-60 °C).
DEFAULT_LIMITS: dict[str, float] = {"FL1": 10.0, "FL2": 50.0, "FL3": 250.0}


def lab_breaches(lab: Mapping[str, tuple[str, float]], limits: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """(hazard class, total litres) for each limited class the lab holds more of than allowed, sorted by class."""
    totals: dict[str, float] = {}
    for hazard_class, litres in lab.values():
        totals[hazard_class] = totals.get(hazard_class, 0) + litres
    return tuple(sorted((hazard_class, total) for hazard_class, total in totals.items()
                        if hazard_class in limits and total > limits[hazard_class]))
