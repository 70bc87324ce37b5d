"""Placings from chip-timing mat reads."""

from __future__ import annotations

from typing import Iterable, Mapping


def format_duration(seconds: float) -> str:
    """'H:MM:SS' (tenths kept when the time has them)."""
    whole = int(seconds)
    tenths = round((seconds - whole) * 10)
    text = f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{text}.{tenths}" if tenths else text


def rank_results(entrants: Mapping[int, tuple[str, str]], reads: Iterable[tuple[int, float, float | None]]) -> list[dict]:
    """Result rows for every finisher, fastest first.

    `entrants` maps bib -> (name, category); `reads` holds (bib, start mat, finish mat)
    in seconds since the gun, with finish None for a runner who did not finish. A later
    read for the same bib replaces an earlier one. Runners on equal net time share a
    place (1, 2, 2, 4); rows on equal time are ordered by bib. Raises KeyError for a bib
    that is not entered.
    """
    latest: dict[int, tuple[float, float | None]] = {}
    for bib, start, finish in reads:
        if bib not in entrants:
            raise KeyError(f"read for unknown bib {bib}")
        latest[bib] = (start, finish)
    finishers = []
    for bib, (start, finish) in latest.items():
        if finish is None:
            continue
        name, category = entrants[bib]
        finishers.append({"bib": bib, "name": name, "category": category, "net": finish - start})
    for runner in finishers:
        runner["place"] = 1 + sum(1 for other in finishers if other["net"] < runner["net"])
        runner["category_place"] = 1 + sum(
            1 for other in finishers if other["category"] == runner["category"] and other["net"] < runner["net"]
        )
        runner["time"] = format_duration(runner["net"])
    finishers.sort(key=lambda runner: (runner["place"], runner["bib"]))
    return finishers
