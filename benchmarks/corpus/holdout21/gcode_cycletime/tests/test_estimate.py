import math

import pytest

from cnctime.estimate import cycle_time
from cnctime.geometry import arc_length
from cnctime.program import clean_line, parse_block, parse_program


def test_clean_line_strips_comments() -> None:
    assert clean_line("g1 x10 (rough pass) y5 ; finish") == "G1 X10   Y5"


def test_parse_block_words() -> None:
    block = parse_block(3, "N10 G90 G1 X10.5 Y-2 F300 M8")
    assert block.g == (90.0, 1.0) and block.m == (8,)
    assert block.words == {"X": 10.5, "Y": -2.0, "F": 300.0}
    assert parse_block(4, "%") is None and parse_block(5, "/G0 X1") is None
    with pytest.raises(ValueError):
        parse_block(6, "G1 X1 ?")


def test_parse_program_skips_blank_lines() -> None:
    assert [block.number for block in parse_program("%\nG0 X1\n\n(COMMENT)\nX2\n")] == [2, 5]


def test_rapid_and_feed_moves() -> None:
    result = cycle_time("G21 G90\nG0 X150\nG1 X160 F600\n", rapid_mm_min=15000)
    assert result["rapid_s"] == 0.6
    assert result["feed_s"] == 1.0
    assert result["cut_length_mm"] == 10.0
    assert result["total_s"] == 1.6 and result["moves"] == 2


def test_inch_and_incremental_modes() -> None:
    result = cycle_time("G20 G91\nG1 X1 F10\nX1\n")
    assert result["cut_length_mm"] == 50.8
    assert result["feed_s"] == 12.0


def test_arc_length_quarter_circle() -> None:
    start, end = {"X": 10.0, "Y": 0.0, "Z": 0.0}, {"X": 0.0, "Y": 10.0, "Z": 0.0}
    assert arc_length(start, end, -10.0, 0.0, clockwise=False) == pytest.approx(5 * math.pi)
    assert arc_length(start, end, -10.0, 0.0, clockwise=True) == pytest.approx(15 * math.pi)


def test_tools_dwell_and_changes() -> None:
    result = cycle_time("T1 M6\nG1 X10 F600\nG4 P2.5\nT2 M6\nG1 X20\n", tool_change_s=5)
    assert result["per_tool"] == {1: 1.0, 2: 1.0}
    assert result["dwell_s"] == 2.5 and result["tool_change_s"] == 10
    assert result["total_s"] == 14.5


def test_feed_move_needs_feed_rate() -> None:
    with pytest.raises(ValueError):
        cycle_time("G1 X10\n")
    with pytest.raises(ValueError):
        cycle_time("X10\n")
