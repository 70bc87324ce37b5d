"""Rate of rise (RoR) of the bean temperature, as drawn on the roast curve."""

from __future__ import annotations

from typing import Sequence


def rate_of_rise(readings: Sequence[int | None], window: int = 30, span: int = 60,
                 interval_s: float = 0.5) -> list[float | None]:
    """Rate of rise of the bean temperature in degrees Celsius per minute at every sample.

    ``readings`` are bean-temperature readings in tenths of a degree, one every ``interval_s``
    seconds, None where the probe dropped out. Each reading is first smoothed to the mean of the
    readings available among the last ``window`` samples (itself included); the rate of rise at
    sample i is the change of the smoothed temperature since sample i - ``span``, scaled to one
    minute and rounded to 1 decimal. It is None for the first ``span`` samples and wherever
    either smoothed value is missing (no reading in its window).

    Raises ``ValueError`` when ``window`` or ``span`` is below 1 or ``interval_s`` is not positive.
    """
    if window < 1 or span < 1:
        raise ValueError("window and span must be at least one sample")
    if interval_s <= 0:
        raise ValueError("the sampling interval must be positive")
    smoothed: list[float | None] = []
    for index in range(len(readings)):
        total = 0
        count = 0
        for position in range(max(0, index - window + 1), index + 1):
            value = readings[position]
            if value is not None:
                total += value
                count += 1
        smoothed.append(total / count / 10 if count else None)
    rates: list[float | None] = []
    for index, current in enumerate(smoothed):
        before = smoothed[index - span] if index >= span else None
        if current is None or before is None:
            rates.append(None)
        else:
            rates.append(round((current - before) * 60 / (span * interval_s), 1))
    return rates
