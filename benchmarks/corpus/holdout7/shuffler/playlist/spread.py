"""Order a playlist so that the same artist rarely plays twice in a row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Track:
    """A track in the station's library."""

    title: str
    artist: str
    seconds: int


def spread_artists(tracks: Sequence[Track]) -> list[Track]:
    """Reorder `tracks` greedily so that an artist is not followed by themselves.

    At each step the artist with the most tracks still to play is chosen, skipping the
    artist who just played unless nobody else is left; ties go to the artist whose next
    track comes earliest in the original list. Each artist's tracks keep their original
    relative order.
    """
    remaining = list(tracks)
    ordered: list[Track] = []
    previous: str | None = None
    while remaining:
        artists: list[str] = []
        for track in remaining:
            if track.artist not in artists:
                artists.append(track.artist)
        choices = [artist for artist in artists if artist != previous] or artists
        best = max(choices, key=lambda artist: sum(1 for track in remaining if track.artist == artist))
        chosen = next(track for track in remaining if track.artist == best)
        remaining.remove(chosen)
        ordered.append(chosen)
        previous = best
    return ordered


def back_to_back(tracks: Sequence[Track]) -> int:
    """How many times an artist follows themselves."""
    return sum(1 for first, second in zip(tracks, tracks[1:]) if first.artist == second.artist)


def total_seconds(tracks: Sequence[Track]) -> int:
    """Running time of the playlist."""
    return sum(track.seconds for track in tracks)
