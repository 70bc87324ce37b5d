import re

import pytest

from pdf_statements.bills import Tariff, make_bill
from pdf_statements.layout import money, page_stream, pdf_text
from pdf_statements.pdfwriter import build_pdf


def _bill():
    return make_bill("A-1001", "J. Smith", ["1 Mill Lane", "Riverside RS1 2AB"], "2024 Q1", 1200, 1262)


def test_bill_charges() -> None:
    bill = _bill()
    assert bill.used_m3 == 62
    assert bill.lines[0] == ("Standing charge", 2350)
    assert bill.lines[1] == ("Water, first 40 m3", 40 * 187)
    assert bill.lines[2] == ("Water, next 22 m3", 22 * 241)
    assert bill.lines[3] == ("Sewerage, 58.9 m3", round(58.9 * 162))
    assert bill.total_cents == sum(amount for _, amount in bill.lines)


def test_low_use_has_no_second_band() -> None:
    bill = make_bill("A-2", "X", [], "2024 Q1", 10, 20, Tariff())
    assert [label for label, _ in bill.lines] == ["Standing charge", "Water, first 10 m3", "Sewerage, 9.5 m3"]


def test_meter_running_backwards() -> None:
    with pytest.raises(ValueError):
        make_bill("A-3", "X", [], "2024 Q1", 20, 10)


def test_text_helpers() -> None:
    assert pdf_text("a (b) \\ c") == b"(a \\(b\\) \\\\ c)"
    assert pdf_text("caf\u00e9 \u20ac") == b"(caf\xe9 \x80)"
    assert money(123456) == "1,234.56"
    assert money(-5) == "-0.05"


def test_page_stream_mentions_account_and_total() -> None:
    stream = page_stream(_bill())
    assert b"(A-1001)" in stream
    assert money(_bill().total_cents).encode() in stream


def test_pdf_structure() -> None:
    pdf = build_pdf([b"BT ET", b"0 0 m"], title="Batch (1)")
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.endswith(b"%%EOF\n")
    assert b"/Kids [5 0 R 7 0 R] /Count 2" in pdf
    assert b"/Title (Batch \\(1\\))" in pdf


def test_xref_offsets_point_at_objects() -> None:
    pdf = build_pdf([b"BT ET", b"q Q", b""])
    start = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    assert pdf[start:start + 4] == b"xref"
    entries = re.findall(rb"(\d{10}) 00000 n ", pdf)
    assert len(entries) == 4 + 2 * 3
    for number, offset in enumerate(entries, start=1):
        assert pdf[int(offset):].startswith(b"%d 0 obj" % number)


def test_no_pages() -> None:
    with pytest.raises(ValueError):
        build_pdf([])
