"""Writing ISO 2709 transmission files."""

from __future__ import annotations

from typing import Iterable

from .records import Book, book_fields

FIELD_TERMINATOR = b"\x1e"
RECORD_TERMINATOR = b"\x1d"


def write_marc(books: Iterable[Book], status: str = "n") -> bytes:
    """The books as one MARC 21 transmission file (UTF-8, leader position 9 = "a").

    Each record is its 24-byte leader, the directory (tag, field length and start offset of every
    field, 12 bytes each) ended by a field terminator, the fields each ended by a field
    terminator, and a record terminator. ``status`` is the record status in leader position 5
    ("n" new, "c" corrected, "d" deleted). Raises ValueError when a field exceeds 9999 bytes or a
    record 99999 bytes, or for a status other than one character.
    """
    if len(status) != 1:
        raise ValueError(f"record status must be one character, not {status!r}")
    out = b""
    for book in books:
        directory = b""
        data = b""
        for tag, text in book_fields(book):
            encoded = text.encode("utf-8") + FIELD_TERMINATOR
            if len(encoded) > 9999:
                raise ValueError(f"{book.control_number}: field {tag} is too long")
            directory += tag.encode("ascii") + b"%04d%05d" % (len(encoded), len(data))
            data += encoded
        directory += FIELD_TERMINATOR
        base_address = 24 + len(directory)
        length = base_address + len(data) + 1
        if length > 99999:
            raise ValueError(f"{book.control_number}: record is too long")
        leader = b"%05d%sam a22%05d   4500" % (length, status.encode("ascii"), base_address)
        out += leader + directory + data + RECORD_TERMINATOR
    return out
