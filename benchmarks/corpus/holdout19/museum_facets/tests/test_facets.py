import pytest

from facetindex.catalogue import ObjectRecord, century_label, clean_term, ordinal, record_terms
from facetindex.facets import FacetValue, build_facets

RECORDS = [
    ObjectRecord("1901.1", "Teapot", "Ceramics", ["Josiah Wedgwood"], ["stoneware"], "c. 1775"),
    ObjectRecord("1901.2", "Vase", "Ceramics", ["JOSIAH  WEDGWOOD", "Thomas Bentley"], ["jasperware", "stoneware"], "1780-1790"),
    ObjectRecord("1950.7", "Chair", "Furniture", ["Thomas Chippendale"], ["mahogany"], "mid 18th century"),
    ObjectRecord("1950.8", "Print", "Prints", [], ["paper"], "undated"),
]


def test_ordinal() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 111)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th"]


def test_century_label() -> None:
    assert century_label("c. 1850") == "19th century"
    assert century_label("1900") == "19th century"
    assert century_label("late 18th century") == "18th century"
    assert century_label("undated") is None


def test_terms() -> None:
    assert clean_term("  Josiah \t Wedgwood ") == "Josiah Wedgwood"
    assert record_terms(RECORDS[1], "maker") == ["JOSIAH WEDGWOOD", "Thomas Bentley"]
    with pytest.raises(ValueError):
        record_terms(RECORDS[0], "colour")


def test_empty_catalogue() -> None:
    assert build_facets([]) == {"maker": [], "material": [], "department": [], "century": []}


def test_values_merge_case_insensitively() -> None:
    makers = build_facets(RECORDS, facets=["maker"])["maker"]
    assert makers[0] == FacetValue("Josiah Wedgwood", 2, ["1901.1", "1901.2"])
    assert [value.label for value in makers] == ["Josiah Wedgwood", "Thomas Bentley", "Thomas Chippendale"]


def test_min_count_and_ordering() -> None:
    index = build_facets(RECORDS, min_count=2)
    assert [value.label for value in index["material"]] == ["stoneware"]
    assert [(value.label, value.count) for value in index["department"]] == [("Ceramics", 2)]
    assert [(value.label, value.count) for value in index["century"]] == [("18th century", 3)]


def test_duplicate_records_count_once() -> None:
    index = build_facets(RECORDS + RECORDS[:1], facets=["department"])
    assert index["department"][0] == FacetValue("Ceramics", 2, ["1901.1", "1901.2"])
