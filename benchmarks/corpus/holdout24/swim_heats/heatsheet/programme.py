"""The printed meet programme."""

from __future__ import annotations

from heatsheet.entries import Entry, format_time


def programme_lines(title: str, heats: list[list[tuple[int, Entry]]]) -> list[str]:
    """The programme page of one event: a title, then each heat with its lanes."""
    lines = [title]
    for number, heat in enumerate(heats, start=1):
        lines.append(f"  Heat {number} of {len(heats)}")
        for lane, entry in heat:
            lines.append(f"    {lane:>2}  {entry.swimmer:<28}{entry.club:<24}{format_time(entry.seed_time):>8}")
    return lines
