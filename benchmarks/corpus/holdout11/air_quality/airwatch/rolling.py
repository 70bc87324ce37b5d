"""Rolling particulate-matter statistics from hourly monitor readings."""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

Reading = Optional[int]


def rolling_means(values: Sequence[Reading], window: int = 24, min_valid: int = 18) -> list[Optional[float]]:
    """Trailing `window`-hour mean ending at each hour, rounded to 0.1 µg/m³.

    Readings are whole µg/m³, or None for a missing hour. A mean needs a full window and
    at least `min_valid` valid readings in it; otherwise that hour gets None.
    """
    if window < 1 or min_valid < 1:
        raise ValueError("window and min_valid must be at least 1")
    means: list[Optional[float]] = []
    for end in range(len(values)):
        if end + 1 < window:
            means.append(None)
            continue
        valid = [value for value in values[end + 1 - window : end + 1] if value is not None]
        means.append(round(sum(valid) / len(valid), 1) if len(valid) >= min_valid else None)
    return means


def exceedance_report(
    series: Mapping[str, Sequence[Reading]], limit: float = 15.0, window: int = 24, min_valid: int = 18
) -> dict[str, dict]:
    """Per station: hours, hours with a valid rolling mean, the highest mean and the first
    hour it occurred (None when there is no valid mean), and how many hourly means exceed `limit`.
    """
    report = {}
    for station, values in series.items():
        means = rolling_means(values, window, min_valid)
        valid = [(mean, hour) for hour, mean in enumerate(means) if mean is not None]
        if valid:
            peak = max(mean for mean, _ in valid)
            peak_hour = next(hour for mean, hour in valid if mean == peak)
        else:
            peak, peak_hour = None, None
        report[station] = {
            "hours": len(values),
            "valid_hours": len(valid),
            "peak": peak,
            "peak_hour": peak_hour,
            "exceedances": sum(1 for mean, _ in valid if mean > limit),
        }
    return report
