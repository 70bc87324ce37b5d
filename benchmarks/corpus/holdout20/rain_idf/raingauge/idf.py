"""Annual maximum depths per storm duration (the input to intensity-duration-frequency curves)."""

from __future__ import annotations


def max_window_total(bins: list[int], width: int) -> tuple[int, int | None]:
    """Largest total of ``width`` consecutive bins and where it starts (earliest on ties)."""
    best, best_start = -1, None
    for start in range(len(bins) - width + 1):
        total = sum(bins[start:start + width])
        if total > best:
            best, best_start = total, start
    return best, best_start


def annual_maxima(bins: list[int], durations: list[int], bin_minutes: int = 5,
                  bucket_mm: float = 0.2) -> dict[int, tuple[float, int] | None]:
    """For each duration in minutes: (maximum depth in mm, start minute of that storm window).

    ``bins`` holds tip counts per ``bin_minutes`` interval for one year. Durations must be
    whole multiples of the bin length; a duration longer than the record gives None.
    """
    result: dict[int, tuple[float, int] | None] = {}
    for duration in durations:
        if duration <= 0 or duration % bin_minutes:
            raise ValueError(f"duration {duration} is not a positive multiple of {bin_minutes} minutes")
        width = duration // bin_minutes
        if width > len(bins):
            result[duration] = None
            continue
        tips, start = max_window_total(bins, width)
        result[duration] = (round(tips * bucket_mm, 1), start * bin_minutes)
    return result
