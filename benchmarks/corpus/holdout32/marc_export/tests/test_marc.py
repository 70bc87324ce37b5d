import pytest

from marc_export.reader import read_marc, subfields
from marc_export.records import Book, book_fields
from marc_export.writer import write_marc


def sample() -> Book:
    return Book("SL0000001", "The lost river", author="Okafor, Amara", isbn="9780141036144",
                publisher="Puffin", place="London", year=2019, pages=212,
                subjects=["Rivers -- Fiction"], barcodes=["31234567890", "31234567891"], shelfmark="F OKA")


def test_fields_in_tag_order() -> None:
    tags = [tag for tag, _ in book_fields(sample())]
    assert tags == ["001", "008", "020", "100", "245", "264", "300", "650", "852", "852"]


def test_fixed_field_is_40_characters() -> None:
    fixed = dict(book_fields(sample()))["008"]
    assert len(fixed) == 40
    assert fixed[6:11] == "s2019" and fixed[35:38] == "eng"
    assert len(dict(book_fields(Book("X", "Untitled", year=None)))["008"]) == 40


def test_title_statement() -> None:
    text = dict(book_fields(sample()))["245"]
    assert text[:2] == "10"
    assert subfields(text) == [("a", "The lost river /"), ("c", "Okafor, Amara")]
    anonymous = dict(book_fields(Book("X", "Beowulf", subtitle="a new translation")))["245"]
    assert subfields(anonymous) == [("a", "Beowulf :"), ("b", "a new translation")]


def test_leader_and_directory() -> None:
    data = write_marc([sample()])
    assert data.endswith(b"\x1d")
    assert int(data[:5]) == len(data)
    assert data[5:12] == b"nam a22"
    assert data[20:24] == b"4500"
    base = int(data[12:17])
    assert data[base - 1:base] == b"\x1e"
    assert (base - 25) % 12 == 0


def test_round_trip_with_utf8() -> None:
    books = [sample(), Book("SL0000002", "Jane Eyre", author="Brontë, Charlotte", language="eng"),
             Book("SL0000003", "Le Petit Prince", author="Saint-Exupéry, Antoine de", language="fre")]
    records = read_marc(write_marc(books))
    assert len(records) == 3
    assert records[1]["fields"][2] == ("100", "1 \x1faBrontë, Charlotte")
    assert [fields[0] for fields in (record["fields"][0] for record in records)] == ["001"] * 3
    assert records[2]["fields"][0] == ("001", "SL0000003")


def test_status_and_empty() -> None:
    assert write_marc([]) == b""
    assert write_marc([sample()], status="c")[5:6] == b"c"
    with pytest.raises(ValueError):
        write_marc([sample()], status="new")


def test_too_long() -> None:
    with pytest.raises(ValueError):
        write_marc([Book("X", "t" * 10000)])
    with pytest.raises(ValueError):
        write_marc([Book("X", "Notes", subjects=["s" * 9000] * 12)])


def test_reader_rejects_truncated_file() -> None:
    data = write_marc([sample()])
    with pytest.raises(ValueError):
        read_marc(data[:-10])
