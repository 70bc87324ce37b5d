"""The turbine supplier's warranted power curve."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PowerCurve:
    """Warranted power curve: (wind speed m/s, power kW) points in increasing wind speed."""

    points: tuple[tuple[float, float], ...]


def expected_power(curve: PowerCurve, wind_speed: float) -> float:
    """Power the turbine should produce at ``wind_speed``, interpolated linearly between curve points.

    Below the first point and above the last (cut-out) the expected power is 0.0.
    """
    points = curve.points
    if not points or wind_speed < points[0][0] or wind_speed > points[-1][0]:
        return 0.0
    for (low_speed, low_power), (high_speed, high_power) in zip(points, points[1:]):
        if low_speed <= wind_speed <= high_speed:
            if high_speed == low_speed:
                return float(high_power)
            share = (wind_speed - low_speed) / (high_speed - low_speed)
            return low_power + share * (high_power - low_power)
    return float(points[-1][1])
