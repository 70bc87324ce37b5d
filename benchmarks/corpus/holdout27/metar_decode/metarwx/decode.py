"""Decode METAR reports, group by group."""

from __future__ import annotations

import re
from collections.abc import Iterable

from metarwx.observation import PHENOMENA, Observation


def _temperature(group: str | None) -> int | None:
    """``M05`` is minus five degrees; an absent group is ``None``."""
    if not group:
        return None
    return -int(group[1:]) if group.startswith("M") else int(group)


def decode_report(text: str) -> Observation:
    """Decode one METAR (or SPECI) report; remarks after ``RMK`` are ignored.

    Raises ``ValueError`` when the report does not start with a station identifier and a
    ``ddhhmmZ`` issue time. Groups that are missing decode as ``None`` (or empty tuples).
    Present weather is listed in the order of :data:`PHENOMENA`, each group as written in
    the report (with its intensity or ``VC`` prefix), once. The ceiling is the lowest broken,
    overcast or vertical-visibility layer.
    """
    body = text.split(" RMK", 1)[0]
    header = re.match(r"^(?:METAR |SPECI )?(?:COR )?([A-Z]{4}) (\d{2})(\d{4})Z(?!\S)", body)
    if header is None:
        raise ValueError(f"not a METAR report: {text!r}")
    station, day, time = header.group(1), int(header.group(2)), header.group(3)

    direction = speed = gust = None
    wind = re.search(r"(?<!\S)(\d{3}|VRB)(\d{2,3})(?:G(\d{2,3}))?KT(?!\S)", body)
    if wind is not None:
        direction = None if wind.group(1) == "VRB" else int(wind.group(1))
        speed = int(wind.group(2))
        gust = int(wind.group(3)) if wind.group(3) else None

    visibility = None
    if re.search(r"(?<!\S)CAVOK(?!\S)", body):
        visibility = 10000
    else:
        found = re.search(r"(?<!\S)(\d{4})(?!\S)", body[header.end():])
        if found is not None:
            visibility = 10000 if found.group(1) == "9999" else int(found.group(1))

    weather = []
    for code in PHENOMENA:
        match = re.search(rf"(?<!\S)(?:[+-]|VC)?{code}(?!\S)", body)
        if match is not None:
            weather.append(match.group(0))

    clouds = tuple(
        (cover + (kind or ""), int(base) * 100)
        for cover, base, kind in re.findall(r"(?<!\S)(FEW|SCT|BKN|OVC|VV)(\d{3})(CB|TCU)?(?!\S)", body)
    )
    ceilings = [base for cover, base in clouds if cover[:3] in ("BKN", "OVC") or cover == "VV"]

    temperature = dewpoint = None
    temps = re.search(r"(?<!\S)(M?\d{2})/(M?\d{2})?(?!\S)", body)
    if temps is not None:
        temperature, dewpoint = _temperature(temps.group(1)), _temperature(temps.group(2))

    qnh = None
    pressure = re.search(r"(?<!\S)([QA])(\d{4})(?!\S)", body)
    if pressure is not None:
        value = int(pressure.group(2))
        qnh = value if pressure.group(1) == "Q" else round(value / 100 * 33.8639)

    return Observation(
        station, day, time, direction, speed, gust, visibility, tuple(weather), clouds,
        min(ceilings) if ceilings else None, temperature, dewpoint, qnh,
    )


def decode_reports(lines: Iterable[str]) -> list[Observation]:
    """Decode every non-blank line of an archive, in order; surrounding whitespace is ignored."""
    return [decode_report(line.strip()) for line in lines if line.strip()]
