"""Chord symbols and keys, and moving them by a number of semitones."""

from __future__ import annotations

import re

SHARP_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
FLAT_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]
MAJOR_KEYS = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
MINOR_KEYS = ["Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm", "Bm"]
FLAT_KEYS = frozenset({"F", "Bb", "Eb", "Ab", "Db", "Gb", "Dm", "Gm", "Cm", "Fm", "Bbm", "Ebm"})

_PITCHES = {name: index for index, name in enumerate(SHARP_NAMES)}
_PITCHES.update({name: index for index, name in enumerate(FLAT_NAMES)})
_PITCHES.update({"Cb": 11, "Fb": 4, "E#": 5, "B#": 0})

_CHORD = re.compile(r"^([A-G][#b]?)([^/]*)(?:/([A-G][#b]?))?$")
_KEY = re.compile(r"^([A-G][#b]?)(m?)$")


def pitch_class(note: str) -> int:
    """Pitch class 0-11 of a note name such as "C#", "Eb" or "B"."""
    return _PITCHES[note]


def note_name(pitch: int, flats: bool) -> str:
    """Name of a pitch class, spelt with flats or with sharps."""
    return (FLAT_NAMES if flats else SHARP_NAMES)[pitch % 12]


def transpose_key(key: str, semitones: int) -> str:
    """A key ("G", "Bb", "F#m") moved by ``semitones``, in its usual spelling ("Db" major, "C#m").

    Raises ``ValueError`` when ``key`` does not name a major or minor key.
    """
    match = _KEY.match(key.strip())
    if not match:
        raise ValueError(f"not a key: {key!r}")
    pitch = (pitch_class(match.group(1)) + semitones) % 12
    return (MINOR_KEYS if match.group(2) else MAJOR_KEYS)[pitch]


def uses_flats(key: str) -> bool:
    """Whether chords in ``key`` are spelt with flats."""
    return key in FLAT_KEYS


def transpose_chord(symbol: str, semitones: int, flats: bool) -> str | None:
    """A chord symbol ("G", "Em7", "D/F#", "Bbsus4") moved by ``semitones``, or None if it is not a chord."""
    match = _CHORD.match(symbol)
    if not match:
        return None
    root, quality, bass = match.groups()
    moved = note_name(pitch_class(root) + semitones, flats) + quality
    if bass:
        moved += "/" + note_name(pitch_class(bass) + semitones, flats)
    return moved
