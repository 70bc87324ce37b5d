"""Index sequences from FASTQ read headers (Casava 1.8 format)."""

from __future__ import annotations


def index_from_header(header: str) -> tuple[str, str]:
    """The (i7, i5) index reads from a header such as
    "@M01234:87:000000000-A1B2C:1:1101:15589:1333 1:N:0:ACGTACGT+TTGCAAGG".

    The i5 part is empty when the header holds a single index. Raises ``ValueError`` for a header
    without the comment field.
    """
    name, _, comment = header.strip().partition(" ")
    if not name.startswith("@") or comment.count(":") != 3:
        raise ValueError(f"not a Casava 1.8 read header: {header!r}")
    barcode = comment.rsplit(":", 1)[1]
    i7, _, i5 = barcode.partition("+")
    return i7, i5
