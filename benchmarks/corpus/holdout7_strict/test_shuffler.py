"""Strict equivalence tests for spread_artists (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from playlist.spread import Track, spread_artists
from strict_support import assert_same

TARGET = "playlist/spread.py:spread_artists"


def reference(tracks):
    pending = list(enumerate(tracks))
    out = []
    last = None
    first_step = True
    while pending:
        counts = {}
        first_at = {}
        for position, (index, track) in enumerate(pending):
            counts[track.artist] = counts.get(track.artist, 0) + 1
            first_at.setdefault(track.artist, position)
        names = sorted(counts, key=lambda a: first_at[a])
        if first_step:
            pool = [a for a in names if a != None]  # noqa: E711 - the original starts with previous=None
        else:
            pool = [a for a in names if a != last]
        if not pool:
            pool = names
        top = max(counts[a] for a in pool)
        pick = next(a for a in pool if counts[a] == top)
        position = first_at[pick]
        out.append(pending.pop(position)[1])
        last = pick
        first_step = False
    return out


def T(title, artist, seconds=180):
    return Track(title, artist, seconds)


CASES = [
    [],
    (),
    [T("x", "A")],
    [T("x", "A"), T("y", "A"), T("z", "A")],
    [T("a1", "A"), T("b1", "B")],
    [T("b1", "B"), T("a1", "A"), T("a2", "A")],
    [T("a1", "A"), T("a2", "A"), T("a3", "A"), T("b1", "B")],
    [T("a1", "A"), T("b1", "B"), T("c1", "C"), T("b2", "B"), T("a2", "A")],
    [T("s", "A"), T("s", "A"), T("s", "A"), T("t", "B")],
    [T("same", "A", 1), T("same", "A", 1), T("other", "B", 1), T("same", "A", 1)],
    [T("1", "ABBA"), T("2", "abba"), T("3", "ABBA"), T("4", "Abba")],
    [T("1", "Sigur Rós"), T("2", "坂本龍一"), T("3", "Sigur Rós"), T("4", "Björk"), T("5", "坂本龍一")],
    [T("1", ""), T("2", ""), T("3", " ")],
    [T("1", None), T("2", "A"), T("3", None)],
    [T("1", None), T("2", None)],
    [T("1", "A"), T("2", None), T("3", None), T("4", "A")],
    [T(str(n), "ABCD"[n % 4]) for n in range(16)],
    [T(str(n), "AAAB"[n % 4]) for n in range(16)],
    [T(str(n), "A" if n < 10 else "BC"[n % 2]) for n in range(14)],
    tuple(T(str(n), f"art{n % 3}") for n in range(9)),
]


@pytest.mark.parametrize("tracks", CASES)
def test_cases(tracks) -> None:
    assert_same(spread_artists, reference, tracks)


def _random_playlists():
    rng = random.Random(45)
    for _ in range(150):
        artists = [f"a{n}" for n in range(rng.randint(1, 7))]
        weights = [rng.random() + 0.05 for _ in artists]
        yield [T(f"t{rng.randint(0, 5)}", rng.choices(artists, weights)[0], rng.choice([120, 180])) for _ in range(rng.randint(0, 30))]


@pytest.mark.parametrize("tracks", list(_random_playlists()))
def test_random_playlists(tracks) -> None:
    assert_same(spread_artists, reference, tracks)


def test_big_rotation() -> None:
    rng = random.Random(7)
    artists = [f"artist{n}" for n in range(25)]
    weights = [1 / (n + 1) for n in range(25)]
    tracks = [T(f"song{n}", rng.choices(artists, weights)[0], rng.randint(100, 400)) for n in range(400)]
    assert_same(spread_artists, reference, tracks)


def test_result_is_a_new_list_of_the_same_tracks() -> None:
    tracks = [T("a1", "A"), T("a2", "A"), T("b1", "B")]
    before = list(tracks)
    result = spread_artists(tracks)
    assert tracks == before
    assert type(result) is list and result is not tracks
    assert [id(t) for t in sorted(result, key=lambda t: t.title)] == [id(t) for t in tracks]


def test_missing_artist_attribute_raises() -> None:
    with pytest.raises(AttributeError):
        spread_artists([T("ok", "A"), ("not", "a", "track")])
