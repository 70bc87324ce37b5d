"""Strict equivalence tests for parse_srt (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from subtitles.srt import Cue, SrtError, format_srt, parse_srt, parse_timestamp
from strict_support import assert_same

TARGET = "subtitles/srt.py:parse_srt"


def reference(text):
    lines = text.lstrip("\ufeff").splitlines()
    cues = []
    i = 0
    n = len(lines)
    while i < n:
        head = lines[i].strip()
        i += 1
        if head == "":
            continue
        try:
            number = int(head)
        except ValueError:
            raise SrtError("number") from None
        if i == n:
            raise SrtError("timing missing")
        timing = lines[i]
        i += 1
        if "-->" not in timing:
            raise SrtError("arrow")
        left, right = timing.split("-->", 1)
        words = right.split()
        if not words:
            raise SrtError("end")
        start, end = parse_timestamp(left.strip()), parse_timestamp(words[0])
        if end < start:
            raise SrtError("order")
        text_lines = []
        while i < n and lines[i].strip() != "":
            text_lines.append(lines[i])
            i += 1
        cues.append(Cue(number, start, end, "\n".join(text_lines)))
    return cues


BLOCK = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"

CASES = [
    "",
    "\n",
    "\n\n\n",
    "   \n\t\n",
    "\ufeff",
    "\ufeff\n",
    BLOCK,
    BLOCK.rstrip("\n"),
    BLOCK + "\n\n\n",
    "\n\n" + BLOCK,
    BLOCK.replace("\n", "\r\n"),
    BLOCK.replace("\n", "\r"),
    "\ufeff" + BLOCK,
    "\ufeff\ufeff" + BLOCK,
    " \ufeff" + BLOCK,
    "1\n00:00:01,000 --> 00:00:02,000\n",
    "1\n00:00:01,000 --> 00:00:02,000",
    "1\n00:00:01.000 --> 00:00:02.000\nDots\n",
    "1\n00:00:01,000-->00:00:02,000\nTight\n",
    "1\n00:00:01,000   -->   00:00:02,000   X1:1 X2:2\nPositioned\n",
    "1\n00:00:01,000 --> 00:00:02,000 --> 00:00:03,000\nTwo arrows\n",
    "1\n00:00:02,000 --> 00:00:02,000\nZero length\n",
    "1\n00:00:03,000 --> 00:00:02,000\nBackwards\n",
    "1\n100:00:00,000 --> 100:00:01,000\nLong film\n",
    "1\n00:60:00,000 --> 00:61:00,000\nBad minutes\n",
    "1\n00:00:01,00 --> 00:00:02,000\nShort millis\n",
    "1\n00:00:01,000 -->\nNo end\n",
    "1\n00:00:01,000 -->   \nBlank end\n",
    "1\n00:00:01,000 -> 00:00:02,000\nBad arrow\n",
    "1\n",
    "1",
    "one\n00:00:01,000 --> 00:00:02,000\n",
    "1.5\n00:00:01,000 --> 00:00:02,000\n",
    "+7\n00:00:01,000 --> 00:00:02,000\nsigned\n",
    "-7\n00:00:01,000 --> 00:00:02,000\nnegative\n",
    "1_000\n00:00:01,000 --> 00:00:02,000\nunderscore\n",
    "\u0661\u0662\n00:00:01,000 --> 00:00:02,000\narabic digits\n",
    "  3  \n00:00:01,000 --> 00:00:02,000\npadded number\n",
    "1\n00:00:01,000 --> 00:00:02,000\n  indented text  \nsecond line\t\n\n",
    "1\n00:00:01,000 --> 00:00:02,000\nno blank line\n2\n00:00:03,000 --> 00:00:04,000\nnext\n",
    "1\n00:00:01,000 --> 00:00:02,000\nfirst\n \t \n2\n00:00:03,000 --> 00:00:04,000\nafter whitespace-only line\n",
    "1\n00:00:01,000 --> 00:00:02,000\n\n\n\n2\n00:00:03,000 --> 00:00:04,000\n\n",
    "1\n00:00:01,000 --> 00:00:02,000\nÜnïcödé — “quotes” 字幕 🎬\n",
    "1\n00:00:01,000 --> 00:00:02,000\nline\u2028separator\n",
    "1\n00:00:01,000 --> 00:00:02,000\nform\x0cfeed\n",
    "5\n00:00:01,000 --> 00:00:02,000\nout of order\n\n2\n00:00:00,500 --> 00:00:00,900\nearlier\n",
    "1\n00:00:01,000 --> 00:00:02,000\na\n\n1\n00:00:01,000 --> 00:00:02,000\na\n",
    "1\n00:00:01,000 --> 00:00:02,000\nok\n\ngarbage\n",
    "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n",
]


@pytest.mark.parametrize("text", CASES)
def test_cases(text) -> None:
    assert_same(parse_srt, reference, text)


def _random_documents():
    rng = random.Random(31337)
    pieces = ["", " ", "\t", "x", "Hi!", "<b>bold</b>", "ça va", "-->", "12", "00:00:01,000 --> 00:00:02,000"]
    for _ in range(120):
        blocks = []
        clock = rng.randint(0, 5000)
        for number in range(1, rng.randint(0, 8) + 1):
            end = clock + rng.randint(-50, 3000)
            stamp = f"{clock // 3600000:02d}:{clock // 60000 % 60:02d}:{clock // 1000 % 60:02d},{clock % 1000:03d}"
            stamp_end = f"{end // 3600000:02d}:{end // 60000 % 60:02d}:{end // 1000 % 60:02d},{end % 1000:03d}" if end >= 0 else "??"
            body = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
            blocks.append(f"{number}\n{stamp} --> {stamp_end}\n{body}")
            clock = end + rng.randint(0, 400)
        sep = rng.choice(["\n\n", "\n\n\n", "\r\n\r\n", "\n \n"])
        yield sep.join(blocks) + rng.choice(["", "\n", "\n\n", "\r\n"])


@pytest.mark.parametrize("text", list(_random_documents()))
def test_random_documents(text) -> None:
    assert_same(parse_srt, reference, text)


def test_long_track_round_trip() -> None:
    rng = random.Random(5)
    cues = []
    clock = 0
    for number in range(1, 3001):
        duration = rng.randint(1, 5000)
        text = "\n".join(rng.choice(["Run!", "Wait.", "No — wait…", "¿Qué?"]) for _ in range(rng.randint(1, 3)))
        cues.append(Cue(number, clock, clock + duration, text))
        clock += duration + rng.randint(0, 300)
    text = format_srt(cues)
    assert parse_srt(text) == cues
    assert_same(parse_srt, reference, text)


def test_error_types() -> None:
    with pytest.raises(SrtError, match="cue 4 has no timing line"):
        parse_srt("\n\n4\n")
    with pytest.raises(SrtError, match="cue 2 ends before it starts"):
        parse_srt("2\n00:00:05,000 --> 00:00:04,999\n")
    with pytest.raises(ValueError):
        parse_srt("x\n")
    with pytest.raises(AttributeError):
        parse_srt(None)


def test_returns_list_of_new_cues() -> None:
    result = parse_srt(BLOCK)
    assert type(result) is list and result == [Cue(1, 1000, 2000, "Hello")]
