"""The dive summary shown in the members' online logbook."""

from __future__ import annotations

from dataclasses import dataclass

from divelog.profile import Sample, parse_sample

SAFETY_STOP_TOP_M = 3.0
SAFETY_STOP_BOTTOM_M = 6.0


@dataclass(frozen=True)
class DiveSummary:
    """Duration, maximum and average depth, ascent-rate violations (episodes, fastest ascent in
    m/min), whether a safety stop was made, and the lowest water temperature."""

    samples: int
    duration_s: int
    max_depth_m: float
    average_depth_m: float
    ascent_violations: int
    fastest_ascent_m_min: float
    safety_stop: bool
    min_temp_c: float | None


def summarise_dive(text: str, ascent_limit_m_min: float = 10.0, safety_stop_s: int = 180) -> DiveSummary:
    """Summarise one dive from the computer's CSV download.

    Blank lines, "#" comments and a header row starting with "time" are skipped; every other
    line is a "time_s,depth_m,temp_c" sample, and times must strictly increase. The average depth
    is time-weighted (trapezoids between samples). An ascent violation is a run of consecutive
    sample intervals in which the diver ascended faster than ``ascent_limit_m_min``. The safety
    stop counts as made when, after first reaching the maximum depth, the diver stayed between
    3 and 6 m for at least ``safety_stop_s`` seconds without a break (measured between samples
    in that band). Depths and rates are rounded to 1 decimal.

    Raises ``ValueError`` for a malformed line, a negative depth, a time that does not increase,
    or a download with fewer than two samples.
    """
    samples: list[Sample] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line.lower().startswith("time"):
            continue
        sample = parse_sample(line, number)
        if samples and sample.time_s <= samples[-1].time_s:
            raise ValueError(f"line {number}: time {sample.time_s} does not increase")
        samples = samples + [sample]
    if len(samples) < 2:
        raise ValueError("a dive needs at least two samples")

    duration = samples[-1].time_s - samples[0].time_s
    deepest = max(range(len(samples)), key=lambda index: samples[index].depth_m)
    area = 0.0
    violations = 0
    fastest = 0.0
    ascending_fast = False
    stop_start: int | None = None
    longest_stop = 0
    for index in range(1, len(samples)):
        before, after = samples[index - 1], samples[index]
        interval = after.time_s - before.time_s
        area += interval * (before.depth_m + after.depth_m) / 2
        rate = (before.depth_m - after.depth_m) * 60 / interval
        fastest = max(fastest, rate)
        if rate > ascent_limit_m_min:
            violations += 0 if ascending_fast else 1
            ascending_fast = True
        else:
            ascending_fast = False
        if index > deepest and SAFETY_STOP_TOP_M <= after.depth_m <= SAFETY_STOP_BOTTOM_M:
            if stop_start is None:
                stop_start = after.time_s
            longest_stop = max(longest_stop, after.time_s - stop_start)
        else:
            stop_start = None
    temperatures = [sample.temp_c for sample in samples if sample.temp_c is not None]
    return DiveSummary(len(samples), duration, round(samples[deepest].depth_m, 1), round(area / duration, 1), violations,
                       round(fastest, 1), longest_stop >= safety_stop_s, min(temperatures) if temperatures else None)
