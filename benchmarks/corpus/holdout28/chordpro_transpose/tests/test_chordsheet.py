import pytest

from chordsheet.chords import transpose_chord, transpose_key, uses_flats
from chordsheet.directives import parse_directive, song_title
from chordsheet.transpose import transpose_sheet

SHEET = """{title: Morning Light}
{key: G}
[G]Morning has [D/F#]broken, [Em7]like the first [C]morning
[N.C.] Blackbird has [x2] spoken
{key: A}
[A]Praise for the [E]singing"""


def test_chords_and_keys() -> None:
    assert transpose_chord("D/F#", 2, False) == "E/G#"
    assert transpose_chord("Em7", -2, True) == "Dm7"
    assert transpose_chord("Bbsus4", 1, False) == "Bsus4"
    assert transpose_chord("N.C.", 2, False) is None
    assert transpose_key("G", -2) == "F"
    assert transpose_key("Em", 1) == "Fm"
    assert transpose_key("B", 2) == "Db"
    assert uses_flats("Bb") and not uses_flats("F#m")
    with pytest.raises(ValueError):
        transpose_key("H", 1)


def test_directives() -> None:
    assert parse_directive("{title: Morning Light}") == ("title", "Morning Light")
    assert parse_directive("  {k:Am}  ") == ("key", "Am")
    assert parse_directive("{soc}") == ("start_of_chorus", "")
    assert parse_directive("[G]Morning") is None
    assert song_title(SHEET) == "Morning Light"


def test_transpose_sheet_up_and_down() -> None:
    up = transpose_sheet(SHEET, 2).split("\n")
    assert up[1] == "{key: A}"
    assert up[2] == "[A]Morning has [E/G#]broken, [F#m7]like the first [D]morning"
    assert up[3] == "[N.C.] Blackbird has [x2] spoken"
    assert up[4:] == ["{key: B}", "[B]Praise for the [F#]singing"]
    down = transpose_sheet(SHEET, -2).split("\n")
    assert down[2] == "[F]Morning has [C/E]broken, [Dm7]like the first [Bb]morning"
    assert down[5] == "[G]Praise for the [D]singing"


def test_no_key_uses_sharps_and_keeps_line_endings() -> None:
    assert transpose_sheet("[C]Hello\r\n[F]world\n", 1) == "[C#]Hello\r\n[F#]world\n"
    assert transpose_sheet("", 5) == ""


def test_bad_key_directive() -> None:
    with pytest.raises(ValueError):
        transpose_sheet("{key: Gsus}\n[G]x", 1)
