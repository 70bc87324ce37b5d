"""The bytes-grown-in-place recipe: a bytes value grown and patched in a loop becomes a bytearray while
the loop runs and bytes after it; the rewrite answers like the original (overlaps, gaps, positions past
the end or negative, pieces of other types), and the shapes it must leave alone are left alone."""

from __future__ import annotations

import random

import pytest

from tests.unit.recipe_outcomes import outcome, rewrite
from wattlens.optimize.bytes_buffers import grow_bytes_in_place

PATCHED = '''
def f(records, fill):
    image = b""
    filler = bytes([fill])
    for offset, payload in records:
        if offset > len(image):
            image += filler * (offset - len(image))
        image = image[:offset] + payload + image[offset + len(payload):]
    return image, type(image).__name__
'''

FRAMED = '''
def f(chunks):
    out = b"\\x00"
    sizes = []
    for chunk in chunks:
        out = out + len(chunk).to_bytes(2, "big") + chunk
        sizes.append(len(out))
        if out[0]:
            break
    return out, sizes
'''


def test_a_patched_image_is_built_in_a_bytearray_and_answers_alike() -> None:
    new = rewrite(grow_bytes_in_place, PATCHED)
    assert new is not None
    assert "    image_grown = type(image) is bytes\n    if image_grown:\n        image = bytearray(image)\n" in new
    assert "image[offset:offset + len(payload)] = payload" in new
    for seed in range(80):
        rng = random.Random(seed)
        records = [(rng.randrange(-3, 40), bytes(rng.randrange(256) for _ in range(rng.randrange(6))))
                   for _ in range(rng.randrange(12))]
        if rng.random() < 0.2:  # pieces of other kinds: a bytearray, a memoryview, a str, a float position
            at = rng.randrange(len(records) + 1)
            odd = rng.choice([bytearray(b"ab"), memoryview(b"cd"), "text", 2.0])
            records.insert(at, (3, odd) if not isinstance(odd, float) else (odd, b"xy"))
        args = (records, rng.choice([0, 255, 300]))
        assert outcome(new, *args) == outcome(PATCHED, *args), args


def test_pieces_read_while_growing_are_added_as_before() -> None:
    new = rewrite(grow_bytes_in_place, FRAMED)
    assert new is not None and "out = bytearray(out)" in new
    for chunks in ([], [b"ab", b"", b"c" * 300], [b"x", "y"], [bytearray(b"zz"), b"q"], [b"a", 7]):
        assert outcome(new, chunks) == outcome(FRAMED, chunks), chunks
    starts_set = FRAMED.replace('out = b"\\\\x00"', 'out = b"\\\\x01"')
    assert outcome(rewrite(grow_bytes_in_place, starts_set) or "", [b"ab", b"c"]) \
        == outcome(starts_set, [b"ab", b"c"])


@pytest.mark.parametrize(("change", "why"), [
    (("    return image", "        keep = image\n    return image"), "the value kept elsewhere in the loop"),
    (('    image = b""\n', '    image = ""\n'), "a str start"),
    (("image[offset + len(payload):]", "image[offset + len(records.pop()):]"), "a position with an effect"),
    (("    for offset", "    try:\n        pass\n    except Exception:\n        pass\n    for offset"),
     "(a try before the loop is fine)"),
    (("        image = image[:offset]", "        image = image[:offset] + image"), "the piece reads the value"),
    (("        if offset > len(image):\n            image += filler * (offset - len(image))\n", ""),
     "(a splice alone qualifies)"),
])
def test_shapes_it_must_leave_alone(change: tuple[str, str], why: str) -> None:
    source = PATCHED.replace(*change)
    assert source != PATCHED, why
    rewritten = rewrite(grow_bytes_in_place, source)
    assert (rewritten is not None) is why.startswith("("), why


PACKED = '''
import struct


def f(header, rows):
    data = header.ljust(8, b"\\0") + struct.pack("<I", len(rows))
    for row in rows:
        data += struct.pack("<2f", *row) if row else row
    return data
'''


def test_bytes_grown_from_a_built_start_are_grown_in_place() -> None:
    """A start that is not a literal (holdout29/stl_export) is made a bytearray only where it holds bytes."""
    new = rewrite(grow_bytes_in_place, PACKED.split("\n\n\n", 1)[1])
    assert new is not None and "    if data_grown:\n        data = bytearray(data)\n" in new
    prelude = "import struct\n"
    for header, rows in [(b"ab", [(1, 2), (3.5, -1)]), (b"", []), (b"x", [(1, 2), b"raw", bytearray(b"yz")]),
                         ("text", [(1, 2)]), ("text", []), (b"x", [(1, 2), "s"]), (bytearray(b"q"), [(0, 0)])]:
        assert outcome(new, header, rows, prelude=prelude) == outcome(PACKED, header, rows), (header, rows)


def test_a_loop_inside_a_try_or_only_adding_pieces_is_left_alone() -> None:
    inside_try = "def f(parts):\n    out = b''\n    try:\n        for p in parts:\n" \
        "            out = out[:1] + p + out[1:]\n    except TypeError:\n        return out\n    return out\n"
    assert rewrite(grow_bytes_in_place, inside_try) is None
    only_added = "def f(parts):\n    out = b''\n    for p in parts:\n        out += p\n    return out\n"
    assert rewrite(grow_bytes_in_place, only_added) is None
    no_bytes_seen = "def f(start, parts):\n    out = start\n    for p in parts:\n        out += p\n    return out\n"
    assert rewrite(grow_bytes_in_place, no_bytes_seen) is None


WRITTEN = '''
def f(objects, pages):
    pdf = b"%PDF-1.4\\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\\n" % number + body
    for index, stream in enumerate(pages):
        offsets.append(len(pdf))
        pdf += b"<< /Length %d >>\\n" % len(stream) + stream
        pdf += b"endobj\\n"
    for offset in offsets:
        pdf += b"%010d\\n" % offset
    return pdf, offsets
'''


def test_every_loop_growing_the_bytes_is_rewritten_each_from_what_the_last_left() -> None:
    """A header's objects, each page's, then the offsets (holdout30/pdf_statements)."""
    new = rewrite(grow_bytes_in_place, WRITTEN)
    assert new is not None
    assert all(f"    if pdf_grown{n}:\n        pdf = bytearray(pdf)\n" in new for n in ("", "2", "3"))
    rng = random.Random(5)
    for _ in range(100):
        objects = [rng.choice([b"<<>>", b"", b"x" * 40, "text", bytearray(b"ba")]) for _ in range(rng.randrange(4))]
        pages = [rng.choice([b"BT ET", b"", b"q" * 90, 7]) for _ in range(rng.randrange(4))]
        assert outcome(new, objects, pages) == outcome(WRITTEN, objects, pages), (objects, pages)
    param_start = "def f(head, parts):\n    for p in parts:\n        head += b'<' + p\n    return head\n"
    assert rewrite(grow_bytes_in_place, param_start) is not None  # a parameter holds a value when the loop starts
    unbound = "def f(parts, go):\n    if go:\n        out = b''\n    for p in parts:\n        out += b'<' + p\n" \
        "    return out\n"
    assert rewrite(grow_bytes_in_place, unbound) is None  # perhaps unbound: asking its type could raise
