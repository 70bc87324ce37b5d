"""Strict equivalence tests for export_vcards (never shown to wattlens)."""

from __future__ import annotations

import base64
import random

import pytest
from strict_support import assert_same
from vcards.export import export_vcards

TARGET = "vcards/export.py:export_vcards"


def escape_text(value):
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold_line(line, limit=75):
    if limit < 2:
        raise ValueError("limit must be at least 2 octets")
    pieces = []
    room = limit
    while len(line.encode("utf-8")) > room:
        cut = room
        while len(line[:cut].encode("utf-8")) > room:
            cut -= 1
        if cut == 0:
            raise ValueError("a character does not fit on a folded line")
        pieces.append(line[:cut])
        line = line[cut:]
        room = limit - 1
    pieces.append(line)
    return "\r\n ".join(pieces)


def contact_lines(contact):
    family = contact.get("family", "")
    given = contact.get("given", "")
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             f"N:{escape_text(family)};{escape_text(given)};;;",
             "FN:" + escape_text(" ".join(part for part in (given, family) if part))]
    if contact.get("org"):
        lines.append("ORG:" + escape_text(contact["org"]))
    for kind, number in contact.get("phones", []):
        lines.append(f"TEL;TYPE={kind.upper()}:{number}")
    for address in contact.get("emails", []):
        lines.append(f"EMAIL;TYPE=INTERNET:{address}")
    if contact.get("note"):
        lines.append("NOTE:" + escape_text(contact["note"]))
    if contact.get("photo"):
        lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(contact["photo"]).decode("ascii"))
    lines.append("END:VCARD")
    return lines


def reference(contacts, limit=75):
    out = []
    for contact in contacts:
        for line in contact_lines(contact):
            out.append(fold_line(line, limit) + "\r\n")
    return "".join(out)


def C(given="Ann", family="Lee", **extra):
    return {"given": given, "family": family, **extra}


CASES = [
    ([],),
    ([], 1),
    ([{}],),
    ([C()],),
    ([C("", "")],),
    ([C("Ann", "")],),
    ([C("", "Lee")],),
    ([C("A,n;n", "L\\ee\nx\r\ny")],),
    ([C(org="ACME, Inc.; Ltd", note="line1\nline2\r\nline3\r")],),
    ([C(note="x" * 70)],),
    ([C(note="x" * 69)],),
    ([C(note="x" * 70)], 76),
    ([C(note="x" * 71)],),
    ([C(note="x" * 144)],),
    ([C(note="x" * 145)],),
    ([C(note="x" * 146)],),
    ([C(note="x" * 500)],),
    ([C(note="é" * 100)],),
    ([C(note="a" + "é" * 100)],),
    ([C(note="€" * 100)],),
    ([C(note="ab" + "€" * 100)],),
    ([C(note="🎉" * 60)],),
    ([C(note="x🎉" * 60)],),
    ([C(note="Ǆ̀" * 80)],),
    ([C(note="é" * 10)], 2),
    ([C(note="€" * 10)], 3),
    ([C(note="€" * 10)], 4),
    ([C(note="€" * 10)], 5),
    ([C(note="x" * 10)], 2),
    ([C(note="x" * 10)], 3),
    ([C(note="🎉" * 10)], 4),
    ([C(note="🎉" * 10)], 5),
    ([C(note="🎉" * 10)], 8),
    ([C()], 2),
    ([C()], 1),
    ([C()], 0),
    ([C()], -5),
    ([C()], None),
    ([C()], 10**6),
    ([C(note="x" * 200)], 10),
    ([C(note="x" * 200)], 75),
    ([C(note="x" * 200)], True),
    ([C(phones=[("cell", "+1 555"), ("Work", 12345)], emails=["a@b.c", "ß@straße.de"])],),
    ([C(phones=[("cell", "+1 555" * 30)])],),
    ([C(phones=[(1, "+1 555")])],),
    ([C(phones=[("cell",)])],),
    ([C(phones="ab")],),
    ([C(emails="ab")],),
    ([C(photo=b"")],),
    ([C(photo=b"\x00\xff" * 3)],),
    ([C(photo=bytes(range(256)))],),
    ([C(photo=bytes(range(256)) * 40)],),
    ([C(photo=bytes(range(256)) * 40)], 40),
    ([C(photo="not bytes")],),
    ([C(photo=bytearray(b"abc" * 50))],),
    ([C(note=None, org=None, photo=None)],),
    ([C(note=0, org=0)],),
    ([C(note=5)],),
    ([C(org=["x"])],),
    ([C(given=None)],),
    ([C(family=None)],),
    ([C(given=7)],),
    ([C(note=" \t ")],),
    ([C(note="\u2028\u0085")],),
    ([C(note="x" * 73 + "\n")],),
    ([C(note="x" * 72 + ",")],),
    ([C(note="ab\\"), C("Bo", "Ng", note="é" * 200), {}],),
    ((C(), C("Zoë", "Nørgaard")),),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(export_vcards, reference, *case)


def _random_cases():
    rng = random.Random(7575)
    alphabet = "abcxyz ,;\\\néüß€🎉漢"
    for _ in range(140):
        contacts = []
        for _ in range(rng.randint(0, 4)):
            contact = {}
            for key in ("given", "family", "org", "note"):
                if rng.random() < 0.8:
                    contact[key] = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 3, 10, 40, 74, 75, 76, 150, 300])))
            if rng.random() < 0.5:
                contact["phones"] = [(rng.choice(["cell", "work"]), f"+{rng.randrange(10**9)}") for _ in range(rng.randint(0, 2))]
            if rng.random() < 0.3:
                contact["photo"] = rng.randbytes(rng.randint(0, 600))
            contacts.append(contact)
        yield contacts, rng.choice([75, 75, 75, 20, 9, 6, 40])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(export_vcards, reference, *case)


def test_large_address_book() -> None:
    rng = random.Random(21)
    contacts = [C(f"Given{n}é", f"Family{n}", note="größter Kunde; " * rng.randint(0, 30), photo=rng.randbytes(rng.randint(0, 20_000)))
                for n in range(40)]
    assert_same(export_vcards, reference, contacts)
