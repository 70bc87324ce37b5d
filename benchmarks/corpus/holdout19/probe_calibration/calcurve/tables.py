"""Calibration certificates: piecewise-linear tables from raw counts to water content."""

from __future__ import annotations


class CalibrationError(ValueError):
    """A calibration certificate that cannot be used."""


def parse_table(text: str) -> list[tuple[float, float]]:
    """'raw:vwc; raw:vwc; ...' -> points sorted by raw count.

    Certificates come from the lab as one line per probe; blank entries and a
    trailing semicolon are tolerated. At least two points are required.
    """
    points = []
    for entry in text.split(";"):
        entry = entry.strip()
        if not entry:
            continue
        raw, _, value = entry.partition(":")
        try:
            points.append((float(raw), float(value)))
        except ValueError:
            raise CalibrationError(f"bad calibration point {entry!r}") from None
    if len(points) < 2:
        raise CalibrationError("a calibration table needs at least two points")
    points.sort()
    return points


def interpolate(points: list[tuple[float, float]], raw: float) -> tuple[float, bool]:
    """Water content for a raw count, and whether the count lay outside the calibrated range.

    Outside the range the nearest end value is used rather than extrapolating.
    """
    if raw < points[0][0]:
        return points[0][1], True
    if raw > points[-1][0]:
        return points[-1][1], True
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= raw <= x1:
            if x1 == x0:
                return y0, False
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0), False
    raise AssertionError("unreachable")
