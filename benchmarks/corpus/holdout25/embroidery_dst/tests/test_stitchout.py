import pytest

from stitchout.design import Design, Stitch, extents, parse_design
from stitchout.dst import END_RECORD, HEADER_SIZE, encode_record, stitch_records, write_dst


def decode(record: bytes) -> tuple[int, int]:
    """Reference decoder, written from the format description."""
    b0, b1, b2 = record
    bit = lambda byte, mask: 1 if byte & mask else 0
    dx = (bit(b0, 0x01) - bit(b0, 0x02) + 9 * (bit(b0, 0x04) - bit(b0, 0x08)) + 3 * (bit(b1, 0x01) - bit(b1, 0x02))
          + 27 * (bit(b1, 0x04) - bit(b1, 0x08)) + 81 * (bit(b2, 0x04) - bit(b2, 0x08)))
    dy = (bit(b0, 0x80) - bit(b0, 0x40) + 9 * (bit(b0, 0x20) - bit(b0, 0x10)) + 3 * (bit(b1, 0x80) - bit(b1, 0x40))
          + 27 * (bit(b1, 0x20) - bit(b1, 0x10)) + 81 * (bit(b2, 0x20) - bit(b2, 0x10)))
    return dx, dy


def test_records_round_trip() -> None:
    for dx in range(-121, 122, 7):
        for dy in (-121, -40, -1, 0, 1, 13, 121):
            assert decode(encode_record(dx, dy)) == (dx, dy)
    assert encode_record(0, 0) == b"\x00\x00\x03"
    assert encode_record(0, 0, "color")[2] == 0xC3 and encode_record(1, 0, "jump")[2] == 0x83


def test_bad_records() -> None:
    with pytest.raises(ValueError):
        encode_record(122, 0)
    with pytest.raises(ValueError):
        encode_record(0, 0, "trim")


def test_long_moves_become_jumps() -> None:
    body = stitch_records([Stitch(300, -10), Stitch(301, -10)])
    assert len(body) == 3 * 5 and body.endswith(END_RECORD)
    assert [decode(body[i:i + 3]) for i in range(0, 9, 3)] == [(121, -10), (121, 0), (58, 0)]
    assert body[2] & 0xC0 == 0x80 and body[5] & 0xC0 == 0x80 and body[8] & 0xC0 == 0
    assert stitch_records([]) == END_RECORD


def test_parse_and_extents() -> None:
    design = parse_design("Logo", "0,0\n10,-5,jump\n\n-20,30,color\n")
    assert design.stitches == [Stitch(0, 0), Stitch(10, -5, "jump"), Stitch(-20, 30, "color")]
    assert extents(design.stitches) == (10, 20, 30, 5)
    with pytest.raises(ValueError):
        parse_design("Bad", "1.5,2")


def test_write_dst_header() -> None:
    data = write_dst(Design("Club badge", [Stitch(5, 5), Stitch(10, 5, "color"), Stitch(10, 10)]))
    assert len(data) == HEADER_SIZE + 4 * 3
    header = data[:HEADER_SIZE].decode("ascii")
    assert header.startswith("LA:Club badge      \rST:      4\rCO:  1\r+X:   10\r")
