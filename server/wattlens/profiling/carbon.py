"""CO2e from energy and a grid carbon intensity, chosen by region.

The offline table is CodeCarbon's per-country energy mix (vendored in
profiling/data/, MIT; see its README).  An optional live source (a URL, e.g.
a company proxy to Electricity Maps) is asked with a short timeout and never
breaks a profile: on any failure the table answers, and the source text says so.
"""

from __future__ import annotations

import json
import math
import os
import urllib.parse
import urllib.request
from functools import lru_cache
from importlib import resources
from typing import Any

WORLD_AVERAGE_G_PER_KWH = 475.0
"""World-average grid intensity in gCO2e/kWh, CodeCarbon's default when the region is unknown (IEA 2019)."""

JOULES_PER_KWH = 3.6e6

LIVE_URL_ENV = "WATTLENS_GRID_INTENSITY_URL"
"""Environment variable naming a live intensity source; `{region}` in it is replaced by the region."""

LIVE_TIMEOUT_S = 1.0
"""The longest a profile waits for the live source before using the offline table."""

_LIVE_KEYS = ("carbonIntensity", "carbon_intensity", "g_per_kwh", "intensity")


def co2e_grams(joules: float, grid_g_per_kwh: float = WORLD_AVERAGE_G_PER_KWH) -> float:
    """Grams of CO2-equivalent emitted for `joules` of electricity at the given grid intensity."""
    return joules / JOULES_PER_KWH * grid_g_per_kwh


@lru_cache(maxsize=1)
def country_intensities() -> dict[str, tuple[str, float, int | None]]:
    """ISO 3166 alpha-3 code → (country name, gCO2e/kWh, data year), from CodeCarbon's global_energy_mix.json."""
    try:
        data = json.loads(_data_text("global_energy_mix.json"))
    except (OSError, ValueError):  # an install without package data: every region falls back to the world average
        return {}
    table: dict[str, tuple[str, float, int | None]] = {}
    for code, row in data.items():
        intensity = row.get("carbon_intensity")
        if isinstance(intensity, int | float) and intensity > 0:
            table[code.upper()] = (str(row.get("country_name", code)), float(intensity), row.get("year"))
    return table


def lookup_region(region: str) -> tuple[str, str, float, int | None] | None:
    """(code, name, g/kWh, year) for an ISO 3166 alpha-3 code or a country name, any case; None if unknown."""
    wanted = region.strip().casefold()
    table = country_intensities()
    if wanted.upper() in table:
        code = wanted.upper()
        return (code, *table[code])
    for code, (name, intensity, year) in table.items():
        if name.casefold() == wanted:
            return code, name, intensity, year
    return None


def grid_intensity_for(
    region: str | None = None,
    override: float | None = None,
    live_url: str | None = None,
    timeout_s: float = LIVE_TIMEOUT_S,
) -> tuple[float, str]:
    """Grid intensity in gCO2e/kWh and where it comes from, in words.

    Precedence: a positive `override` (the user's own figure), then the live
    source (`live_url`, else the `WATTLENS_GRID_INTENSITY_URL` environment
    variable) when a region is given, then CodeCarbon's per-country table, then
    the world average.  Never raises and never waits longer than `timeout_s`.
    """
    if override is not None and math.isfinite(override) and override > 0:
        return float(override), f"set by you: {override:g} gCO2e/kWh"
    if region is None or not region.strip():
        return WORLD_AVERAGE_G_PER_KWH, _world_average_text("no region set")
    url = live_url if live_url is not None else os.environ.get(LIVE_URL_ENV)
    failure = ""
    if url:
        try:
            value = fetch_live_intensity(url, region, min(timeout_s, LIVE_TIMEOUT_S))
            return value, f"live: {value:g} gCO2e/kWh for {region.strip()} from {_host(url)}"
        except Exception as err:  # any failure of an optional source falls back
            failure = f"live source {_host(url)} failed ({type(err).__name__}: {err}); "
    found = lookup_region(region)
    if found is None:
        return WORLD_AVERAGE_G_PER_KWH, failure + _world_average_text(
            f"unknown region {region.strip()!r} (use an ISO 3166 alpha-3 code such as FRA, DEU, USA, or a country name)"
        )
    code, name, intensity, year = found
    when = f" ({year})" if year else ""
    return intensity, (
        f"{failure}{name} ({code}) {intensity:g} gCO2e/kWh{when}, CodeCarbon's global_energy_mix.json (offline)"
    )


def fetch_live_intensity(url: str, region: str, timeout_s: float = LIVE_TIMEOUT_S) -> float:
    """Ask a live source for the intensity (gCO2e/kWh); raises on any failure.

    The answer is either a bare JSON number or an object with one of
    `carbonIntensity` (Electricity Maps), `carbon_intensity`, `g_per_kwh`,
    `intensity`.  Only http(s) URLs are asked.
    """
    filled = url.replace("{region}", urllib.parse.quote(region.strip()))
    if urllib.parse.urlsplit(filled).scheme not in ("http", "https"):
        raise ValueError("only http(s) URLs are supported")
    request = urllib.request.Request(filled, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout_s) as response:  # scheme checked above
        payload: Any = json.loads(response.read(65536))
    value = payload if isinstance(payload, int | float) else _first_number(payload)
    if value is None or not math.isfinite(value) or value <= 0:
        raise ValueError(f"no positive intensity in the answer (looked for {', '.join(_LIVE_KEYS)})")
    return float(value)


def _first_number(payload: Any) -> float | None:
    if not isinstance(payload, dict):
        return None
    for key in _LIVE_KEYS:
        value = payload.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _world_average_text(why: str) -> str:
    return f"{why}: world average {WORLD_AVERAGE_G_PER_KWH:g} gCO2e/kWh (CodeCarbon's default, IEA 2019)"


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _data_text(name: str) -> str:
    return resources.files("wattlens.profiling").joinpath("data").joinpath(name).read_text(encoding="utf-8")
