"""Assemble page content streams into a PDF file for the mailing house."""

from __future__ import annotations

from typing import Sequence


def build_pdf(page_streams: Sequence[bytes], title: str = "Statements") -> bytes:
    """A PDF 1.4 file with one A4 page per content stream, all using Helvetica as /F1.

    Objects 1-4 are the catalog, the page tree, the font and the document info; page i (from 0)
    is object 5 + 2i and its content stream object 6 + 2i. The file ends with a classic
    cross-reference table and trailer.

    Raises ``ValueError`` when there are no pages; a title that is not Latin-1 raises
    ``UnicodeEncodeError``.
    """
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
