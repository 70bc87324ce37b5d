"""Strict equivalence tests for pack (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from ustar.archive import pack
from strict_support import assert_same

TARGET = "ustar/archive.py:pack"


# --- verbatim copy of the original implementation and its helpers -------------------------

BLOCK = 512
NAME_LENGTH = 100
PREFIX_LENGTH = 155


def octal(value, width):
    if value < 0:
        raise ValueError(f"negative value {value} in a header field")
    digits = f"{value:0{width - 1}o}".encode("ascii")
    if len(digits) > width - 1:
        raise ValueError(f"{value} does not fit a {width}-byte header field")
    return digits + b"\0"


def split_path(path):
    if not path or path.startswith("/") or "\0" in path or ".." in path.split("/"):
        raise ValueError(f"unsafe member path {path!r}")
    encoded = path.encode("utf-8")
    if len(encoded) <= NAME_LENGTH:
        return b"", encoded
    parts = encoded.split(b"/")
    for cut in range(1, len(parts)):
        prefix, name = b"/".join(parts[:cut]), b"/".join(parts[cut:])
        if len(prefix) <= PREFIX_LENGTH and len(name) <= NAME_LENGTH:
            return prefix, name
    raise ValueError(f"member path too long for ustar: {path!r}")


def ustar_header(path, size, mtime, mode=0o644):
    prefix, name = split_path(path)
    header = bytearray(BLOCK)
    header[0:len(name)] = name
    header[100:108] = octal(mode, 8)
    header[108:116] = octal(0, 8)
    header[116:124] = octal(0, 8)
    header[124:136] = octal(size, 12)
    header[136:148] = octal(mtime, 12)
    header[148:156] = b" " * 8
    header[156:157] = b"0"
    header[257:263] = b"ustar\0"
    header[263:265] = b"00"
    header[345:345 + len(prefix)] = prefix
    header[148:156] = f"{sum(header):06o}\0 ".encode("ascii")
    return bytes(header)


def reference(files, mtime=0):
    archive = b""
    seen = set()
    for path, data in files:
        if path in seen:
            raise ValueError(f"duplicate member {path!r}")
        seen.add(path)
        archive += ustar_header(path, len(data), mtime)
        archive += data
        archive += b"\0" * (-len(data) % BLOCK)
    archive += b"\0" * (2 * BLOCK)
    return archive


# --- cases -------------------------------------------------------------------------------


class Blob(bytes):  # the acquisition software's own bytes subclass
    pass


SMALL = [("run/a.txt", b"hello"), ("run/empty", b""), ("run/block.bin", bytes(512)), ("run/big", b"x" * 700)]
SIZES = [(f"f{n}", b"\x01" * n) for n in (0, 1, 2, 511, 512, 513, 1023, 1024, 1025, 4096)]
LONG_DIR = "d" * 90 + "/" + "e" * 30 + "/f.bin"

CASES = [
    ([],),
    ((),),
    ([], -1),
    ([], 1.5),
    ([], None),
    (SMALL,),
    (tuple(SMALL),),
    (SMALL[::-1],),
    (SMALL, 86400),
    (SMALL, 1718000000),
    (SMALL, 8 ** 11 - 1),
    (SMALL, 8 ** 11),
    (SMALL, -1),
    (SMALL, 0.0),
    (SMALL, 1.5),
    (SMALL, True),
    (SMALL, False),
    (SMALL, None),
    (SMALL, "0"),
    (SIZES,),
    (SIZES[::-1], 7),
    ([list(item) for item in SMALL],),
    ([("a", b"1"), ("a", b"2")],),
    ([("a", b"1"), ("b", b"2"), ("a", b"1")],),
    ([("a", b"1"), ("a ", b"2"), ("A", b"3")],),
    ([("a", b"1"), ("a/", b"2")],),
    ([("a", b"x"), ("a", "y")],),
    ([("a", bytearray(b"abc")), ("b", bytearray(600))],),
    ([("a", Blob(b"abc")), ("b", b"def")],),
    ([("a", b"abc"), ("b", "text")],),
    ([("a", "text")],),
    ([("a", "text"), ("/bad", b"1")],),
    ([("a", "text"), ("a", b"1")],),
    ([("a", [1, 2]), ("b", None)],),
    ([("a", b"1"), ("b", "text"), ("c", b"3")], -5),
    ([("a", "")],),
    ([("a", [1, 2, 3])],),
    ([("a", None)],),
    ([("a", 5)],),
    ([("a", b"\0" * 3), ("b", b"\xff" * 1000)],),
    ([("ü/ñ/日本語.txt", "ä".encode())],),
    ([("emoji 😀.txt", b"1"), ("tab\there", b"2"), ("new\nline", b"3"), ("back\\slash", b"4")],),
    ([("x" * 100, b"1")],),
    ([("x" * 101, b"1")],),
    ([("é" * 50, b"1")],),
    ([("é" * 50 + "x", b"1")],),
    ([("é" * 51, b"1")],),
    ([(LONG_DIR, b"1")],),
    ([("p" * 155 + "/" + "n" * 100, b"1")],),
    ([("p" * 156 + "/" + "n" * 100, b"1")],),
    ([("p" * 155 + "/" + "n" * 101, b"1")],),
    ([("a/" + "b" * 99 + "/" + "c" * 99, b"1")],),
    ([("a" * 60 + "/" + "b" * 60 + "/" + "c" * 60 + "/" + "d" * 60, b"1")],),
    ([("/" * 101, b"1")],),
    ([("a" + "/" * 120, b"1")],),
    ([("", b"1")],),
    ([("/etc/passwd", b"1")],),
    ([("a/../b", b"1")],),
    ([("..", b"1")],),
    ([("a/..b", b"1")],),
    ([("./a", b"1")],),
    ([("a//b", b"1")],),
    ([("a/.", b"1")],),
    ([("nul\0byte", b"1")],),
    ([("\ud800", b"1")],),
    ([(b"bytes", b"1")],),
    ([(None, b"1")],),
    ([(7, b"1")],),
    ([(("a",), b"1")],),
    ([("ok", b"1"), ("/bad", b"2")],),
    ([("ok", b"1"), ("ok2", b"2", "extra")],),
    ([("ok",)],),
    ([None],),
    ([("a", b"1")], 8 ** 11 - 1),
    ([("a", b"1" * 100)], 8 ** 12),
    (None,),
    ("",),
    ({"a": b"1"},),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(pack, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(pack, reference, mtime=3600, files=SMALL)
    assert_same(pack, reference, files=SIZES)


def _random_cases():
    rng = random.Random(515)
    for _ in range(230):
        files = []
        for n in range(rng.choice([0, 1, 2, 3, 5, 8, 12])):
            depth = rng.randint(1, 4)
            path = "/".join(rng.choice(["run", "spectra", "raw", "é", "x" * rng.randint(1, 70)]) for _ in range(depth)) + f"/{n}.dat"
            size = rng.choice([0, 1, 100, 511, 512, 513, rng.randint(0, 3000)])
            files.append((path, rng.randbytes(size)))
        if files and rng.random() < 0.05:
            files.append(rng.choice(files))
        yield (files, rng.choice([0, 0, 1718000000, rng.randint(0, 8 ** 11 - 1)]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(pack, reference, *case)


def test_weekly_package() -> None:
    rng = random.Random(23)
    files = []
    for run in range(12):
        files.append((f"ms-week-23/data/run{run:03d}/method.json", b'{"method": "DDA-top12"}\n'))
        for scan in range(10):
            files.append((f"ms-week-23/data/run{run:03d}/spectra/scan_{scan:04d}.tsv", rng.randbytes(rng.randint(200, 6000))))
    assert_same(pack, reference, files, 1718000000)
