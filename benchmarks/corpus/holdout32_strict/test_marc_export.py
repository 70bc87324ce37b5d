"""Strict equivalence tests for write_marc (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from marc_export.records import Book
from marc_export.writer import write_marc

TARGET = "marc_export/writer.py:write_marc"


# --- verbatim copy of the original implementation ---------------------------------------------

SUBFIELD = "\x1f"
FIELD_TERMINATOR = b"\x1e"
RECORD_TERMINATOR = b"\x1d"


def data_field(indicators, *subfields):
    return indicators + "".join(SUBFIELD + code + value for code, value in subfields if value)


def _fixed_data(book):
    year = f"{book.year:04d}" if book.year else "    "
    dates = ("s" + year + "    ") if book.year else "n        "
    return "000000" + dates + "xx " + " " * 17 + (book.language or "und")[:3].ljust(3) + " d"


def book_fields(book):
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


def reference(books, status="n"):
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


# --- cases -------------------------------------------------------------------------------

def full() -> Book:
    return Book("SL0000001", "The lost river", author="Okafor, Amara", isbn="9780141036144", subtitle="a novel",
                edition="2nd edition", publisher="Puffin", place="London", year=2019, pages=212,
                subjects=["Rivers -- Fiction", "Friendship"], barcodes=["31234567890", "31234567891"],
                shelfmark="F OKA")


BOOKS = [
    full(),
    Book("X1", "Untitled"),
    Book("X2", ""),
    Book("", "No control number"),
    Book("X3", "Jane Eyre", author="Brontë, Charlotte"),
    Book("X4", "Le Petit Prince", author="Saint-Exupéry, Antoine de", language="fre"),
    Book("X5", "東京物語", author="小津, 安二郎", language="jpn"),
    Book("X6", "Emoji 📚 guide", subjects=["📚", "Books -- 🙂"]),
    Book("X7", "Year zero", year=0, pages=0),
    Book("X8", "Ancient", year=33, language=""),
    Book("X9", "Future", year=12345, language="english"),
    Book("X10", "Neg", year=-5),
    Book("X11", "No lang", language=None),
    Book("X12", "Empty subjects", subjects=["", ""], barcodes=["", "B1"]),
    Book("X13", "Shelfless", barcodes=["B1", "B2", "B1"]),
    Book("X14", "Publisher only", publisher="Canongate"),
    Book("X15", "Place only", place="Oxford"),
    Book("X16", "Subtitle only", subtitle="x"),
    Book("X17", "Edition", edition="Rev. ed."),
    Book("X18", "Tabs\tand\nnewlines", author="A\x1fB"),
    Book("X19", "t" * 9993),
    Book("X20", "t" * 9994),
    Book("X21", "é" * 4996),
    Book("X22", "é" * 4997),
    Book("X23", "Title", isbn="978" * 3000),
    Book("X24", "Notes", subjects=["s" * 9000] * 12),
    Book(None, "None control number"),
    Book("X25", None),
    Book("X26", "Pages text", pages="many"),
    Book("X27", "Bad year", year="2019"),
]
BOOKS += [Book(f"L{size}", "Long record", subjects=["s" * size] * 11) for size in [*range(9050, 9090, 3), 9063, 9064]]

CASES = [([book], ) for book in BOOKS]
CASES += [([book], "c") for book in BOOKS[:10]]
CASES += [
    ([],),
    ((),),
    ([], ""),
    ([], "nn"),
    ([full()], ""),
    ([full()], "nn"),
    ([full()], "d"),
    ([full()], "é"),
    ([full()], None),
    ([full()], 5),
    ([full()], ["c"]),
    ([full()], b"c"),
    (BOOKS[:6],),
    (BOOKS[:6], "c"),
    (tuple(BOOKS[:6]),),
    ([full(), full(), full()],),
    ([full(), Book("X20", "t" * 9994), full()],),
    ([full(), Book(None, "None control number")],),
    ([full(), None],),
    ([None],),
    (None,),
    ("abc",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(write_marc, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(write_marc, reference, books=[full()], status="c")
    assert_same(write_marc, reference, [full()], status="d")


WORDS = "river secret garden night history island war science ocean stars dragon school Ærø Łódź café".split()


def _random_book(rng: random.Random, number: int) -> Book:
    def words(n):
        return " ".join(rng.choice(WORDS) for _ in range(n))

    return Book(
        control_number=f"SL{number:07d}", title=words(rng.randint(0, 6)),
        author=rng.choice([None, "", "Smith, John", "Müller, Jonas", "O'Neill, Siobhán"]),
        isbn=rng.choice([None, "", "9780141036144", "0-14-103614-2"]),
        subtitle=rng.choice([None, "", words(3)]), edition=rng.choice([None, "", "2nd edition"]),
        publisher=rng.choice([None, "", "Puffin", "Walker Books"]), place=rng.choice([None, "", "London"]),
        year=rng.choice([None, 0, 1999, 2024, 87]), pages=rng.choice([None, 0, 32, 640]),
        language=rng.choice(["eng", "fre", "", "cy"]),
        subjects=[words(rng.randint(1, 4)) for _ in range(rng.randint(0, 4))],
        barcodes=[f"3{rng.randint(10**9, 10**10 - 1)}" for _ in range(rng.randint(0, 3))],
        shelfmark=rng.choice([None, "", "F SMI", "942.1 MUL"]),
    )


def _random_cases():
    rng = random.Random(32031)
    for number in range(220):
        books = [_random_book(rng, number * 100 + index) for index in range(rng.choice([0, 1, 2, 5, 20]))]
        yield (books,) if rng.random() < 0.7 else (books, rng.choice(["n", "c", "d", "a"]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(write_marc, reference, *case)
