"""When each target on the list can be observed during a night."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterable

from skyplan.astro import Site, Target, altitude, julian_date, sidereal_degrees, sun_position


def visibility_windows(
    targets: Iterable[Target],
    site: Site,
    night_start: datetime,
    hours: float = 12.0,
    step_minutes: float = 5,
    min_altitude: float = 30.0,
    sun_limit: float = -12.0,
) -> dict[str, dict[str, Any]]:
    """The stretches of the night during which each target is observable.

    The night is sampled every `step_minutes` for `hours` from `night_start` (naive UTC).
    A sample is observable when the Sun is at or below `sun_limit` degrees (nautical
    twilight by default) and the target is at or above `min_altitude` degrees. Returns,
    per target name, ``windows`` as (first, last) observable sample times and
    ``peak_altitude``, the target's highest altitude at an observable sample rounded to
    0.1 degree (None if it is never observable).
    """
    samples = int(hours * 60 // step_minutes) + 1
    plan: dict[str, dict[str, Any]] = {}
    for target in targets:
        windows = []
        opened = None
        last = None
        peak = None
        for index in range(samples):
            moment = night_start + timedelta(minutes=index * step_minutes)
            jd = julian_date(moment)
            lst = sidereal_degrees(jd, site.longitude)
            sun_ra, sun_dec = sun_position(jd)
            dark = altitude(sun_ra, sun_dec, lst, site.latitude) <= sun_limit
            height = altitude(target.ra, target.dec, lst, site.latitude)
            if dark and height >= min_altitude:
                if opened is None:
                    opened = moment
                last = moment
                if peak is None or height > peak:
                    peak = height
            elif opened is not None:
                windows.append((opened, last))
                opened = None
        if opened is not None:
            windows.append((opened, last))
        plan[target.name] = {"windows": windows, "peak_altitude": round(peak, 1) if peak is not None else None}
    return plan
