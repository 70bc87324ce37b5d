"""De-spiking noisy sensor streams with a rolling median."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def rolling_median(readings: Iterable[float], window: int) -> Iterator[float]:
    """Yield the median of every run of `window` consecutive readings.

    Nothing is yielded until `window` readings have arrived; after that one median per
    reading, so n readings give max(0, n - window + 1) medians. For an odd window the
    median is the middle reading itself (an int stays an int); for an even window it is
    (lower middle + upper middle) / 2. Readings are consumed lazily. Raises ValueError
    when `window` is below 1 (on the first next()) and when a reading is NaN (once it
    is reached, after the medians of the readings before it).
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    recent: list[float] = []
    for position, value in enumerate(readings):
        if value != value:
            raise ValueError(f"NaN reading at position {position}")
        recent.append(value)
        if len(recent) > window:
            recent = recent[1:]
        if len(recent) == window:
            ordered = sorted(recent)
            middle = window // 2
            if window % 2:
                yield ordered[middle]
            else:
                yield (ordered[middle - 1] + ordered[middle]) / 2
