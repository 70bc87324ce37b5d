"""Strict equivalence tests for build_pdf (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from pdf_statements.bills import make_bill
from pdf_statements.layout import page_stream
from pdf_statements.pdfwriter import build_pdf

TARGET = "pdf_statements/pdfwriter.py:build_pdf"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(page_streams, title="Statements"):
    if not page_streams:
        raise ValueError("a PDF needs at least one page")
    count = len(page_streams)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * index) for index in range(count))
    safe_title = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + safe_title + b") /Producer (pdf_statements) >>",
    ]
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    for index, stream in enumerate(page_streams):
        page = 5 + 2 * index
        offsets.append(len(pdf))
        pdf += (b"%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>\nendobj\n" % (page, page + 1))
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (page + 1, len(stream)) + stream + b"\nendstream\nendobj\n"
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref_at)
    return pdf


# --- cases -------------------------------------------------------------------------------

BILL = page_stream(make_bill("A-1", "J. Smith", ["1 Mill Lane", "Riverside RS1 2AB"], "2024 Q2", 100, 160))

CASES = [
    ([],),
    ((),),
    ([], "Batch"),
    ([], "\u20ac"),
    ([], None),
    ([b""],),
    ([b"BT ET"],),
    ((b"BT ET",),),
    ([b"BT ET", b"q Q"],),
    ([b"BT ET"] * 12,),
    ([BILL],),
    ([BILL, BILL, b""],),
    ([bytearray(b"BT ET")],),
    ([b"BT ET", bytearray(b"0 0 m")],),
    ([b"binary \x00\xff\x80 endstream endobj %%EOF"],),
    ([b"\n" * 50],),
    ([b"x" * 10000, b"y"],),
    ([b"BT ET"], ""),
    ([b"BT ET"], "Batch (1)"),
    ([b"BT ET"], "a\\b"),
    ([b"BT ET"], "((()"),
    ([b"BT ET"], "Caf\u00e9 M\u00fcller"),
    ([b"BT ET"], "\u20ac invoices"),
    ([b"BT ET"], "\x00\x7f\xff"),
    ([b"BT ET"], "line\nbreak\r"),
    ([b"BT ET"], "%PDF"),
    ([b"BT ET"], None),
    ([b"BT ET"], b"bytes title"),
    ([b"BT ET"], 12),
    (["BT ET"],),
    ([b"BT ET", "q Q"],),
    ([b"BT ET", None],),
    ([None],),
    ([1],),
    (b"BT ET",),
    ("BT ET",),
    (None,),
    (5,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_pdf, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(build_pdf, reference, page_streams=[b"BT ET"], title="Batch 2")
    assert_same(build_pdf, reference, [BILL], title="Riverside Water 2024 Q2 - batch 1")
    assert_same(build_pdf, reference, page_streams=[BILL])


def _random_cases():
    rng = random.Random(30044)
    alphabet = b"BT ET/F1 10 Tf()\\\n0123456789 Tj re f S m l"
    for _ in range(240):
        count = rng.choice([1, 1, 2, 3, 5, 8, 13, 40, 120])
        streams = []
        for _ in range(count):
            size = rng.choice([0, 5, 40, 300, 2000])
            stream = bytes(rng.choice(alphabet) for _ in range(size)) if rng.random() < 0.7 else rng.randbytes(size)
            streams.append(stream if rng.random() < 0.95 else bytearray(stream))
        title = rng.choice(["Statements", "", "Batch (%d)" % rng.randint(1, 9), "Q2 \\ north", "M\u00fcller & Co", "x" * 300])
        case = (streams if rng.random() < 0.85 else tuple(streams),)
        yield case if rng.random() < 0.3 else case + (title,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_pdf, reference, *case)


def test_print_batch() -> None:
    """A mailing-house batch of 400 bills."""
    rng = random.Random(3005)
    streams = []
    for number in range(400):
        previous = rng.randint(100, 9000)
        bill = make_bill(f"A-{number}", "R. Patel", [f"{number} High Street", "Millbrook RS4 1AB"], "2024 Q2",
                         previous, previous + rng.randint(0, 90))
        streams.append(page_stream(bill))
    assert_same(build_pdf, reference, streams, "Riverside Water 2024 Q2 - batch 1")
