"""Strict equivalence tests for cycle_time (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

import pytest
from strict_support import assert_same
from cnctime.estimate import cycle_time

TARGET = "cnctime/estimate.py:cycle_time"


# --- verbatim copy of the original implementation and its helpers -------------------------

COMMENT = re.compile(r"\([^)]*\)")
WORD = re.compile(r"([A-Z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")


@dataclass
class Block:
    number: int
    g: tuple = ()
    m: tuple = ()
    words: dict = field(default_factory=dict)


def clean_line(line):
    line = COMMENT.sub(" ", line)
    line = line.split(";", 1)[0]
    return line.strip().upper()


def parse_block(number, line):
    text = clean_line(line)
    if not text or text == "%" or text.startswith("/"):
        return None
    leftover = WORD.sub("", text).strip()
    if leftover:
        raise ValueError(f"line {number}: cannot parse {leftover!r}")
    g = []
    m = []
    words = {}
    for letter, value in WORD.findall(text):
        if letter == "G":
            g.append(float(value))
        elif letter == "M":
            m.append(int(float(value)))
        elif letter != "N":
            words[letter] = float(value)
    return Block(number, tuple(g), tuple(m), words)


def parse_program(program):
    blocks = []
    for number, line in enumerate(program.splitlines(), start=1):
        block = parse_block(number, line)
        if block is not None:
            blocks.append(block)
    return blocks


def linear_length(start, end):
    return math.sqrt((end["X"] - start["X"]) ** 2 + (end["Y"] - start["Y"]) ** 2 + (end["Z"] - start["Z"]) ** 2)


def arc_length(start, end, i, j, clockwise):
    radius = math.hypot(i, j)
    if radius == 0:
        raise ValueError("arc with zero radius")
    cx, cy = start["X"] + i, start["Y"] + j
    a0 = math.atan2(start["Y"] - cy, start["X"] - cx)
    a1 = math.atan2(end["Y"] - cy, end["X"] - cx)
    sweep = a0 - a1 if clockwise else a1 - a0
    if sweep <= 0:
        sweep += 2 * math.pi
    return math.hypot(radius * sweep, end["Z"] - start["Z"])


MOTION = (0.0, 1.0, 2.0, 3.0)
UNITS = (20.0, 21.0)
DISTANCE = (90.0, 91.0)


def modal_g(blocks, index, group):
    for j in range(index, -1, -1):
        for code in reversed(blocks[j].g):
            if code in group:
                return code
    return None


def modal_word(blocks, index, letter):
    for j in range(index, -1, -1):
        if letter in blocks[j].words:
            return blocks[j].words[letter]
    return None


def reference(program, rapid_mm_min=15000.0, tool_change_s=8.0):
    blocks = parse_program(program)
    position = {"X": 0.0, "Y": 0.0, "Z": 0.0}
    rapid_s = feed_s = dwell_s = cut_mm = 0.0
    tool_changes = 0
    moves = 0
    per_tool = {}
    for index, block in enumerate(blocks):
        scale = 25.4 if modal_g(blocks, index, UNITS) == 20.0 else 1.0
        incremental = modal_g(blocks, index, DISTANCE) == 91.0
        tool_word = modal_word(blocks, index, "T")
        tool = 0 if tool_word is None else int(tool_word)
        if 6 in block.m:
            tool_changes += 1
        if 4.0 in block.g:
            dwell_s += block.words.get("P", 0.0)
            continue
        target = dict(position)
        moved = False
        for axis in "XYZ":
            if axis in block.words:
                value = block.words[axis] * scale
                target[axis] = position[axis] + value if incremental else value
                moved = True
        if not moved:
            continue
        motion = modal_g(blocks, index, MOTION)
        if motion is None:
            raise ValueError(f"line {block.number}: axis words without a motion mode")
        if motion == 0.0:
            seconds = linear_length(position, target) / rapid_mm_min * 60
            rapid_s += seconds
        else:
            feed = modal_word(blocks, index, "F")
            if feed is None or feed <= 0:
                raise ValueError(f"line {block.number}: feed move without a feed rate")
            if motion == 1.0:
                length = linear_length(position, target)
            else:
                length = arc_length(position, target, block.words.get("I", 0.0) * scale,
                                    block.words.get("J", 0.0) * scale, clockwise=motion == 2.0)
            seconds = length / (feed * scale) * 60
            feed_s += seconds
            cut_mm += length
        per_tool[tool] = per_tool.get(tool, 0.0) + seconds
        moves += 1
        position = target
    changes_s = tool_changes * tool_change_s
    return {
        "blocks": len(blocks),
        "moves": moves,
        "rapid_s": round(rapid_s, 3),
        "feed_s": round(feed_s, 3),
        "dwell_s": round(dwell_s, 3),
        "tool_change_s": round(changes_s, 3),
        "total_s": round(rapid_s + feed_s + dwell_s + changes_s, 3),
        "cut_length_mm": round(cut_mm, 3),
        "per_tool": {tool: round(seconds, 3) for tool, seconds in sorted(per_tool.items())},
    }


# --- cases -------------------------------------------------------------------------------

BASIC = "%\nO1001 (TEST)\nG21 G90 G17\nT1 M6\nS8000 M3\nG0 X10 Y10\nZ5.\nG1 Z-1 F200\nX50\nY40\nG2 X60 Y50 I10 J0\nG3 X50 Y60 I0 J10\nG0 Z25.\nM30\n%\n"

CASES = [
    ("",),
    ("\n",),
    ("%\n%\n",),
    ("   \n\t\n",),
    (BASIC,),
    (BASIC.replace("\n", "\r\n"),),
    (BASIC.rstrip("\n"),),
    (BASIC.lower(),),
    (BASIC, 10000),
    (BASIC, 10000, 0),
    (BASIC, 15000, 12),
    (BASIC, 15000.0, 2.5),
    (BASIC, 1e9, 1e-3),
    (BASIC, 0),  # rapid at zero speed
    (BASIC, -100),
    ("G1 X10 F100\n", 0),
    ("M6\nM6\nT3 M6\n",),
    ("M6\nM6\nT3 M6\n", 15000, 7),
    ("T1 M6\nT2 M6\n", 15000, 0.1),
    ("G0 X100\n",),
    ("G0 X100 Y100 Z100\n",),
    ("G00 X100\nG01 X110 F600.\n",),
    ("G0X100\nG1X110F600\n",),
    ("G 0 X 100\nG 1 X 110 F 600\n",),
    ("G1 X10 F600\nX10\nX10\n",),
    ("G1 X0 F600\n",),
    ("G1 X10\n",),
    ("F600\nG1 X10\n",),
    ("G1 X10 F0\n",),
    ("G1 X10 F-5\n",),
    ("G1 X10 F600\nF0\nX20\n",),
    ("X10\n",),
    ("G4 P2\n",),
    ("G4\n",),
    ("G4 P1.5\nG4 P2\n",),
    ("G4 P1 X10\n",),
    ("G0 G4 P1 X10\nX20\n",),
    ("G1 F600\nG2 X10 Y0 I5 J0\n",),
    ("G1 F600\nG3 X10 Y0 I5 J0\n",),
    ("G1 F600\nG2 X0 Y0 I5 J0\n",),  # full circle
    ("G1 F600\nG3 X0 Y0 I5\n",),
    ("G1 F600\nG2 X10 Y0\n",),  # zero radius
    ("G1 F600\nG2 X10 Y0 I0 J0\n",),
    ("G1 F600\nG2 X10 Y0 Z-5 I5 J0\n",),  # helical
    ("G1 F600\nG2 X10 Y10 I5 J5\nG2 X0 Y0 I-5 J-5\n",),
    ("G20\nG1 X1 F10\n",),
    ("G20 G91\nG1 X1 F10\nX1\nG90\nX0\n",),
    ("G20\nG1 F10\nG2 X1 Y0 I0.5 J0\n",),
    ("G21 G20\nG1 X1 F10\n",),
    ("G20 G21\nG1 X1 F10\n",),
    ("G91\nG0 X10\nX10\nX10\nG90\nX0\n",),
    ("G90 G91\nG0 X10\nX10\n",),
    ("G91 G90\nG0 X10\nX10\n",),
    ("G0 G1 X10 F600\n",),
    ("G1 G0 X10 F600\n",),
    ("G17 X10\n",),
    ("G17 G0 X10\n",),
    ("G1 X10 F600 ; end comment\n",),
    ("G1 X10 F600 (comment) (another)\n",),
    ("G1 X10 F600 (unclosed comment\n",),
    ("G1 X10 F600 )\n",),
    ("(only a comment)\n",),
    ("; only a comment\n",),
    ("/G0 X100\nG0 X10\n",),
    (" /G0 X100\n",),
    ("G1 X10 F600\n%\nX20\n",),
    ("N10 G0 X10\nN20 X20\nN30 X30\n",),
    ("N10\n",),
    ("O1234\nG0 X10\n",),
    ("T5\nG1 X10 F600\n",),
    ("T5.7\nG1 X10 F600\n",),
    ("T-2\nG1 X10 F600\n",),
    ("G1 X10 F600\nT3\nX20\nT1\nX30\nT3\nX40\n",),
    ("M6\nG0 X10\n",),
    ("M06 M03 M08\nG0 X10\n",),
    ("M6.9\nG0 X10\n",),
    ("G1 X1e3 F600\n",),
    ("G1 X.5 F600\nX-.5\nX+1.\n",),
    ("G1 X10 F600 ?\n",),
    ("G1 X10 F600 #1=5\n",),
    ("G1 X10 F600 Ä\n",),
    ("G1 X10 F600\nG1 X",),
    ("g1 x10 f600\nx20\n",),
    ("G1\tX10\tF600\n",),
    ("G1 X10 F600\x0bX20\n",),
    ("G1 X10 F600\u2028X20\n",),
    ("G1 X10 F600\x1cX20\n",),
    ("G1 X10 Y10 Z10 X20 F600\n",),
    ("G1 X10 F600 F1200\n",),
    ("G1 X0.1 F600\nX0.2\nX0.30000000000000004\n",),
    ("G1 X0.0005 F600\n",),
    ("G0 X0.0001\n",),
    ("G4 P0.0004\n",),
    ("G4 P-3\n",),
    ("G28 X0\n",),
    ("G0 X10\nG28 X0\n",),
    # invalid argument types
    (None,),
    (b"G0 X10\n",),
    (["G0 X10"],),
    (BASIC, "15000"),
    (BASIC, None),
    (BASIC, 15000, None),
    (BASIC, 15000, "8"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cycle_time, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(cycle_time, reference, tool_change_s=3, program=BASIC, rapid_mm_min=9000)


def _random_program(rng: random.Random) -> str:
    lines = []
    if rng.random() < 0.8:
        lines.append(rng.choice(["G21 G90", "G20 G90", "G21 G91", "G90", "", "G17 G21"]))
    if rng.random() < 0.85:
        lines.append(f"F{rng.choice([100, 250, 600, 1200.5])}")
    if rng.random() < 0.85:
        lines.append(rng.choice(["G0", "G1", "G0 X1 Y1", "G1 X0 Y0 Z0"]))
    for _ in range(rng.choice([0, 1, 3, 8, 20, 60])):
        roll = rng.random()
        x, y, z = (round(rng.uniform(-50, 50), rng.choice([0, 1, 3])) for _ in range(3))
        if roll < 0.35:
            lines.append(f"{rng.choice(['', 'G1 ', 'G01 ', 'G0 '])}X{x} Y{y}")
        elif roll < 0.45:
            lines.append(f"Z{z}")
        elif roll < 0.55:
            i, j = round(rng.uniform(-10, 10), 2), round(rng.uniform(-10, 10), 2)
            lines.append(f"G{rng.choice([2, 3])} X{x} Y{y} I{i} J{j}" + (f" Z{z}" if rng.random() < 0.2 else ""))
            if rng.random() < 0.85:
                lines.append(rng.choice(["G1", "G0", "G01 X0"]))
        elif roll < 0.62:
            lines.append(f"F{rng.choice([50, 300, 900, 2000, 0.5])}")
        elif roll < 0.68:
            lines.append(f"T{rng.randint(1, 9)} M6")
        elif roll < 0.72:
            lines.append(rng.choice(["G90", "G91", "G20", "G21", "G91 G1", "G90 G0"]))
        elif roll < 0.76:
            lines.append(f"G4 P{rng.choice([0.1, 1, 2.5])}")
        elif roll < 0.8:
            lines.append(rng.choice(["(COMMENT)", "", "%", "/X999", "M8", "S9000 M3", "N100"]))
        elif roll < 0.81:
            lines.append(rng.choice(["G1 X5 F0", "G2 X1 Y1", "X1 ?", "T2"]))
        else:
            lines.append(f"X{x}")
    text = "\n".join(lines)
    return text + rng.choice(["\n", "", "\n\n", "\r\n"])


def _random_cases():
    rng = random.Random(31337)
    for index in range(200):
        program = _random_program(rng)
        if index % 4 == 0:
            yield (program, rng.choice([6000, 15000.0, 30000]), rng.choice([0, 4, 8.0, 12.5]))
        else:
            yield (program,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cycle_time, reference, *case)


def test_long_program() -> None:
    rng = random.Random(99)
    lines = ["%", "G21 G90 G17", "F800"]
    x = y = 0.0
    for n in range(1500):
        if n % 200 == 0:
            lines.append(f"T{n // 200 + 1} M6")
        x, y = x + rng.uniform(-3, 3), y + rng.uniform(-3, 3)
        if n % 17 == 0:
            lines.append(f"G2 X{x:.3f} Y{y:.3f} I{rng.uniform(1, 4):.3f} J{rng.uniform(1, 4):.3f}")
            lines.append("G1")
        elif n % 53 == 0:
            lines.append(f"F{rng.randrange(200, 2000, 50)}")
        else:
            lines.append(f"X{x:.3f} Y{y:.3f}")
    assert_same(cycle_time, reference, "\n".join(lines) + "\n")
