"""Ride files as exported from the head units: one sample line per recorded second."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One recorded second: elapsed time, power in watts and heart rate (None when the strap dropped out)."""

    second: int
    watts: int
    heart_rate: int | None = None


def parse_ride(text: str) -> list[Sample]:
    """Samples from ``second,watts,heart_rate`` lines after a header line; an empty heart rate is None.

    Raises ValueError for a line that is not three comma-separated fields of whole numbers.
    """
    samples: list[Sample] = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip():
            continue
        fields = line.split(",")
        try:
            second, watts, heart_rate = fields
            samples.append(Sample(int(second), int(watts), int(heart_rate) if heart_rate.strip() else None))
        except ValueError:
            raise ValueError(f"line {number}: cannot read {line!r}") from None
    return samples


def one_hertz_watts(samples: list[Sample]) -> list[int]:
    """Power for every second from the first sample to the last; seconds the unit did not record count as 0 W.

    Samples are taken in time order; a repeated second keeps the later sample.
    """
    if not samples:
        return []
    start = min(sample.second for sample in samples)
    end = max(sample.second for sample in samples)
    watts = [0] * (end - start + 1)
    for sample in sorted(samples, key=lambda sample: sample.second):
        watts[sample.second - start] = sample.watts
    return watts
