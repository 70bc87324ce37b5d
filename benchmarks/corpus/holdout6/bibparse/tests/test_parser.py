import pytest

from bibtools.cite import short_citation
from bibtools.parser import BibSyntaxError, parse_bibtex

SAMPLE = """
Some notes before the entries.
@Book{knuth84,
  author = {Donald E. Knuth},
  title  = {The {\\TeX}book},
  year   = 1984,
}
@article{kr78, author = "Kernighan, Brian and Ritchie, Dennis", year = {1978}}
"""


def test_parse_entries() -> None:
    entries = parse_bibtex(SAMPLE)
    assert [e["key"] for e in entries] == ["knuth84", "kr78"]
    assert entries[0]["type"] == "book"
    assert entries[0]["fields"] == {"author": "Donald E. Knuth", "title": "The {\\TeX}book", "year": "1984"}


def test_whitespace_in_values_is_collapsed() -> None:
    entries = parse_bibtex("@misc{x, note = {two\n   lines}}")
    assert entries[0]["fields"]["note"] == "two lines"


def test_errors() -> None:
    with pytest.raises(BibSyntaxError):
        parse_bibtex("@misc{x, note = {open}")
    with pytest.raises(BibSyntaxError):
        parse_bibtex("@misc x")


def test_empty() -> None:
    assert parse_bibtex("") == []
    assert parse_bibtex("no entries here") == []


def test_short_citation() -> None:
    entries = parse_bibtex(SAMPLE)
    assert short_citation(entries[0]) == "Knuth 1984"
    assert short_citation(entries[1]) == "Kernighan and Ritchie 1978"
