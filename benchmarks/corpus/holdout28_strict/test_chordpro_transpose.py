"""Strict equivalence tests for transpose_sheet (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from chordsheet.transpose import transpose_sheet

TARGET = "chordsheet/transpose.py:transpose_sheet"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_SHARP_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
_REF_FLAT_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]
_REF_MAJOR_KEYS = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
_REF_MINOR_KEYS = ["Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm", "Bm"]
_REF_FLAT_KEYS = frozenset({"F", "Bb", "Eb", "Ab", "Db", "Gb", "Dm", "Gm", "Cm", "Fm", "Bbm", "Ebm"})

_REF_PITCHES = {name: index for index, name in enumerate(_REF_SHARP_NAMES)}
_REF_PITCHES.update({name: index for index, name in enumerate(_REF_FLAT_NAMES)})
_REF_PITCHES.update({"Cb": 11, "Fb": 4, "E#": 5, "B#": 0})

_REF_CHORD = re.compile(r"^([A-G][#b]?)([^/]*)(?:/([A-G][#b]?))?$")
_REF_KEY = re.compile(r"^([A-G][#b]?)(m?)$")

_REF_DIRECTIVE = re.compile(r"^\s*\{\s*([A-Za-z_]+)\s*(?::\s*(.*?))?\s*\}\s*$")
_REF_ALIASES = {"t": "title", "st": "subtitle", "k": "key", "c": "comment", "soc": "start_of_chorus",
                "eoc": "end_of_chorus", "sov": "start_of_verse", "eov": "end_of_verse"}

_REF_BRACKETED = re.compile(r"\[([^\]]*)\]")


def _ref_pitch_class(note):
    return _REF_PITCHES[note]


def _ref_note_name(pitch, flats):
    return (_REF_FLAT_NAMES if flats else _REF_SHARP_NAMES)[pitch % 12]


def _ref_transpose_key(key, semitones):
    match = _REF_KEY.match(key.strip())
    if not match:
        raise ValueError(f"not a key: {key!r}")
    pitch = (_ref_pitch_class(match.group(1)) + semitones) % 12
    return (_REF_MINOR_KEYS if match.group(2) else _REF_MAJOR_KEYS)[pitch]


def _ref_uses_flats(key):
    return key in _REF_FLAT_KEYS


def _ref_transpose_chord(symbol, semitones, flats):
    match = _REF_CHORD.match(symbol)
    if not match:
        return None
    root, quality, bass = match.groups()
    moved = _ref_note_name(_ref_pitch_class(root) + semitones, flats) + quality
    if bass:
        moved += "/" + _ref_note_name(_ref_pitch_class(bass) + semitones, flats)
    return moved


def _ref_parse_directive(line):
    match = _REF_DIRECTIVE.match(line)
    if not match:
        return None
    name = match.group(1).lower()
    return _REF_ALIASES.get(name, name), match.group(2) or ""


def _ref_key_at(lines, index):
    key = None
    for line in lines[:index]:
        directive = _ref_parse_directive(line)
        if directive and directive[0] == "key":
            key = directive[1]
    return key


def reference(text, semitones):
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        directive = _ref_parse_directive(line)
        if directive and directive[0] == "key":
            out.append("{key: " + _ref_transpose_key(directive[1], semitones) + "}")
            continue
        if "[" not in line:
            out.append(line)
            continue
        key = _ref_key_at(lines, index)
        flats = key is not None and _ref_uses_flats(_ref_transpose_key(key, semitones))

        def move(match):
            moved = _ref_transpose_chord(match.group(1), semitones, flats)
            return match.group(0) if moved is None else "[" + moved + "]"

        out.append(_REF_BRACKETED.sub(move, line))
    return "\n".join(out)


# --- cases -------------------------------------------------------------------------------

SONG = """{title: Morning Light}
{artist: Band}
{key: G}

{comment: Verse 1}
[G]Morning has [D/F#]broken, [Em7]like the first [C]morning
[N.C.] Blackbird has [x2] spoken
{soc}
[Am7]Praise for the [Dsus4]singing [D]
{eoc}
{key: A}
[A]Praise for the [E]singing, [F#m]praise for the [D]morning
"""

TEXTS = [
    "",
    "\n",
    "\n\n\n",
    "just lyrics, no chords",
    "[C]",
    "[C]\n",
    "[C]Hello [G]world",
    "{key: C}\n[C]Hello [G]world",
    "{key: C}",
    "{key: C}\n",
    "{k: Bb}\n[Bb]Ho[Eb]sanna [F/A]high",
    "{K: Dm}\n[Dm]Low [Bb]and [C]slow [A7]",
    "{key:Em}\n[Em]a [C]b [G]c [D]d",
    "{ key : F# }\n[F#]a [C#/E#]b",
    "{key: G }\n[G]a",
    "{key: G}\r\n[G]a\r\n[D]b\r",
    "[G]a\r\n{key: Eb}\r\n[Eb]b\r\n",
    "{key: G} # not a directive\n[G]a",
    "  {key: D}  \n[D]a",
    "{key: Cb}\n[Cb]a [Fb]b",
    "{key: E#}\n[E#]a [B#m]b",
    "[G]before\n{key: F}\n[F]after\n{key: E}\n[E]later",
    "[A#]x [Bb]y [Gb]z [F#]w",
    "[Abm7b5]x [C#maj7]y [Dadd9]z [Esus2/G#]w",
    "[G/B]a [G/b]b [C/G/B]c [D/]d [/A]e",
    "[g]lower [H]german [Hm]minor [Do]solfege",
    "[]empty [ ]space [G ]trailing [ G]leading",
    "[[G]]double [G]]close [G unclosed",
    "text [G] with [x2] and [N.C.] and [Verse 1]",
    "{comment: Intro [G] [C] [D]}\n[G]a",
    "{c: Intro [G]}\n{key: C}\n{comment: Outro [C]}",
    "{title: Key of [G]}\n{key: G}",
    "[G]\u00c7a va [C]tr\u00e8s bien \u266f \u266d [D]\U0001f3b8",
    "[C\u266f]not ascii sharp [B\u266d]flat",
    "{key: C}\n" + "\n".join(f"[{c}]x" for c in ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]),
    "{key: Am}\n" + "\n".join(f"[{c}m]x [{c}7]y" for c in ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]),
    SONG,
    SONG.replace("{key: A}", "{key: Ab}"),
    SONG.replace("{key: G}", ""),
]

BAD_TEXTS = [
    "{key: H}\n[G]a",
    "{key: g}\n[G]a",
    "{key:}\n[G]a",
    "{key}\n[G]a",
    "{key: Gsus}\n[G]a",
    "{key: G major}",
    "[G]a\n{key: X}",
    "{key: C#m7}",
    "{key: Bbb}",
]

SHIFTS = [0, 1, 2, -1, -2, 5, 7, 11, 12, -12, 13, -13, 25, 6, -6, True, False]

CASES = [(text, shift) for text in TEXTS for shift in (0, 2, -3, 7, 12, -1)]
CASES += [(SONG, shift) for shift in SHIFTS]
CASES += [(text, 1) for text in BAD_TEXTS]
CASES += [
    ("no chords at all", 2.5),
    ("[C]x", 2.5),
    ("[C]x", 2.0),
    ("{key: C}", 2.0),
    ("{key: C}\n[C]x", -1.0),
    ("[N.C.]", 2.5),
    ("plain", None),
    ("[C]x", None),
    ("[N.C.] only", None),
    ("[C]x", "2"),
    (None, 1),
    (b"[C]x", 1),
    (["[C]x"], 1),
    ("[C]x", 10**20),
    ("{key: D}\n[D]x", -(10**20)),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(transpose_sheet, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(transpose_sheet, reference, text=SONG, semitones=3)
    assert_same(transpose_sheet, reference, SONG, semitones=-4)


FRAGMENTS = ["{key: G}", "{key: F}", "{k: Bbm}", "{key: C#m}", "{key: E}", "{soc}", "{eoc}", "{title: T}", "",
             "[G]a [C]b", "[Bb]c [F/A]d [Gm7]e", "[D/F#]f", "[N.C.]", "lyrics only", "[Em]g [Ab]h [C#m7b5]i",
             "{comment: [G] intro}", "[x2]", "  ", "[E]\u00e9t\u00e9 [B]", "[F#]\r"]


def _random_cases():
    rng = random.Random(28007)
    for _ in range(230):
        lines = [rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 14))]
        yield ("\n".join(lines) + rng.choice(["", "\n"]), rng.randint(-13, 13))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(transpose_sheet, reference, *case)


def test_full_song() -> None:
    """A realistic worship song with verses, choruses, a bridge and a final-chorus key change."""
    rng = random.Random(88)
    key_chords = {"G": ["G", "D/F#", "Em7", "C", "Am7", "Dsus4", "D"], "A": ["A", "E/G#", "F#m7", "D", "Bm7", "Esus4", "E"]}
    lines = ["{title: Great Is Thy Faithfulness (arr.)}", "{artist: Worship Team}", "{key: G}", "{tempo: 68}", ""]
    for section, key in [("Verse 1", "G"), ("Chorus", "G"), ("Verse 2", "G"), ("Chorus", "G"), ("Bridge", "G"), ("Chorus", "A")]:
        if key == "A":
            lines.append("{key: A}")
        lines.append(f"{{comment: {section}}}")
        for _ in range(8):
            lines.append(" ".join(f"[{rng.choice(key_chords[key])}]{word}" if i % 2 == 0 else word
                                  for i, word in enumerate(rng.sample("great is thy faithfulness morning by new mercies i see".split(), 6))))
        lines.append("")
    text = "\n".join(lines)
    for shift in (-5, -2, 3, 4):
        assert_same(transpose_sheet, reference, text, shift)
