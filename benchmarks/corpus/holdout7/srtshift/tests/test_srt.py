import pytest

from subtitles.srt import Cue, SrtError, format_srt, parse_srt, shift

SAMPLE = """1
00:00:01,000 --> 00:00:02,500
Hello there.

2
00:00:03,000 --> 00:00:05,000 X1:10 X2:20
General Kenobi!
<i>You are a bold one.</i>
"""


def test_parse_sample() -> None:
    assert parse_srt(SAMPLE) == [
        Cue(1, 1000, 2500, "Hello there."),
        Cue(2, 3000, 5000, "General Kenobi!\n<i>You are a bold one.</i>"),
    ]


def test_crlf_and_bom() -> None:
    text = "\ufeff" + SAMPLE.replace("\n", "\r\n")
    assert parse_srt(text) == parse_srt(SAMPLE)


def test_round_trip_after_shift() -> None:
    cues = shift(parse_srt(SAMPLE), -1500)
    assert [c.start_ms for c in cues] == [1500]
    assert parse_srt(format_srt(cues)) == [Cue(1, 1500, 3500, "General Kenobi!\n<i>You are a bold one.</i>")]


def test_bad_timing_line() -> None:
    with pytest.raises(SrtError):
        parse_srt("1\n00:00:01 --> 00:00:02\nhi\n")


def test_missing_number() -> None:
    with pytest.raises(SrtError):
        parse_srt("hello\n00:00:01,000 --> 00:00:02,000\n")
