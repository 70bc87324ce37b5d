import struct

import pytest

from ivrprompt.clips import Clip, Pause, Say, clamp16, db_to_gain, spell_amount
from ivrprompt.wav import render_prompt, wav_header

LIBRARY = {"hello": Clip("hello", [0, 1000, -1000, 32767]), "beep": Clip("beep", [20000, -20000])}


def pcm(wav: bytes) -> list[int]:
    return [value for (value,) in struct.iter_unpack("<h", wav[44:])]


def test_header_fields() -> None:
    header = wav_header(10, 8000)
    assert len(header) == 44
    assert header[:4] == b"RIFF" and header[8:12] == b"WAVE"
    assert struct.unpack("<I", header[4:8])[0] == 56
    assert struct.unpack("<I", header[24:28])[0] == 8000
    assert struct.unpack("<I", header[40:44])[0] == 20


def test_empty_prompt_is_just_a_header() -> None:
    assert render_prompt([], LIBRARY) == wav_header(0, 8000)


def test_clip_and_pause() -> None:
    wav = render_prompt([Say("hello"), Pause(1)], LIBRARY)
    assert pcm(wav) == [0, 1000, -1000, 32767] + [0] * 8


def test_gain_saturates() -> None:
    assert pcm(render_prompt([Say("beep", 6.0)], LIBRARY)) == [32767, -32768]
    assert pcm(render_prompt([Say("hello", -6.0)], LIBRARY)) == [0, 501, -501, 16422]


def test_sample_rate_changes_pause_length() -> None:
    wav = render_prompt([Pause(10)], LIBRARY, sample_rate=16000)
    assert len(wav) == 44 + 320
    assert struct.unpack("<I", wav[24:28])[0] == 16000


def test_unknown_clip() -> None:
    with pytest.raises(KeyError):
        render_prompt([Say("goodbye")], LIBRARY)


def test_helpers() -> None:
    assert clamp16(40000) == 32767 and clamp16(-40000) == -32768 and clamp16(5) == 5
    assert db_to_gain(0.0) == 1.0
    assert spell_amount(105, 20) == ["one", "hundred", "and", "five", "pounds", "and", "twenty", "pence"]
    assert spell_amount(1, 1) == ["one", "pound", "and", "one", "penny"]
    assert spell_amount(2050, 0) == ["two", "thousand", "and", "fifty", "pounds"]
