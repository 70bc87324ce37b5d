"""Catalogue records and the MARC 21 fields they map to."""

from __future__ import annotations

from dataclasses import dataclass, field

SUBFIELD = "\x1f"


@dataclass
class Book:
    """One title in the catalogue, as kept by the library system."""

    control_number: str
    title: str
    author: str | None = None
    isbn: str | None = None
    subtitle: str | None = None
    edition: str | None = None
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    pages: int | None = None
    language: str = "eng"
    subjects: list[str] = field(default_factory=list)
    barcodes: list[str] = field(default_factory=list)
    shelfmark: str | None = None


def data_field(indicators: str, *subfields: tuple[str, str]) -> str:
    """A variable data field: two indicators, then "$code value" subfields (empty ones left out)."""
    return indicators + "".join(SUBFIELD + code + value for code, value in subfields if value)


def _fixed_data(book: Book) -> str:
    """Field 008 for a book: 40 positions, date entered left as 000000."""
    year = f"{book.year:04d}" if book.year else "    "
    dates = ("s" + year + "    ") if book.year else "n        "
    return "000000" + dates + "xx " + " " * 17 + (book.language or "und")[:3].ljust(3) + " d"


def book_fields(book: Book) -> list[tuple[str, str]]:
    """The (tag, field text) pairs of a book's record, in tag order.

    Field text excludes the field terminator; control fields (001, 008) have no indicators.
    """
    fields = [("001", book.control_number), ("008", _fixed_data(book))]
    if book.isbn:
        fields.append(("020", data_field("  ", ("a", book.isbn))))
    if book.author:
        fields.append(("100", data_field("1 ", ("a", book.author))))
    title = book.title + (" :" if book.subtitle else ("." if book.author is None else " /"))
    fields.append(("245", data_field("10" if book.author else "00", ("a", title), ("b", book.subtitle or ""),
                                     ("c", book.author or ""))))
    if book.edition:
        fields.append(("250", data_field("  ", ("a", book.edition))))
    if book.publisher or book.place or book.year:
        fields.append(("264", data_field(" 1", ("a", book.place or ""), ("b", book.publisher or ""),
                                         ("c", str(book.year) if book.year else ""))))
    if book.pages:
        fields.append(("300", data_field("  ", ("a", f"{book.pages} pages"))))
    for subject in book.subjects:
        fields.append(("650", data_field(" 0", ("a", subject))))
    for barcode in book.barcodes:
        fields.append(("852", data_field("  ", ("h", book.shelfmark or ""), ("p", barcode))))
    return fields
