"""The decoded form of one METAR report."""

from __future__ import annotations

from dataclasses import dataclass

#: Present-weather groups the dashboard reports, in the order it lists them.
PHENOMENA: tuple[str, ...] = (
    "TSRA", "TSGR", "TSSN", "TS", "SHRA", "SHSN", "SHGR", "SHGS", "FZRA", "FZDZ", "FZFG",
    "RA", "DZ", "SN", "RASN", "SNRA", "SG", "GR", "GS", "PL", "IC",
    "BR", "FG", "MIFG", "BCFG", "PRFG", "HZ", "FU", "DU", "SA", "VA",
    "BLSN", "DRSN", "SQ", "FC", "SS", "DS", "PO", "UP",
)


@dataclass(frozen=True)
class Observation:
    """One decoded report.

    Wind direction is in degrees true (``None`` when variable), speeds and gusts in knots,
    visibility in metres (10000 for ``9999`` and ``CAVOK``), cloud bases and the ceiling in
    feet, temperatures in whole degrees Celsius and the QNH in hectopascals.
    """

    station: str
    day: int
    time: str
    wind_direction: int | None
    wind_speed: int | None
    gust: int | None
    visibility_m: int | None
    weather: tuple[str, ...]
    clouds: tuple[tuple[str, int], ...]
    ceiling_ft: int | None
    temperature: int | None
    dewpoint: int | None
    qnh_hpa: int | None
