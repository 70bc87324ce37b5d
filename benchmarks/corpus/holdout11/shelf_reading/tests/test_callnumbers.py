import pytest

from shelfread.callnumbers import compare_call_numbers, parse_call_number, shelf_order


def test_decimal_digits_compare_digit_by_digit() -> None:
    assert shelf_order(["641.6 A", "641.52 A", "641.5 A"]) == ["641.5 A", "641.52 A", "641.6 A"]


def test_cutter_ignores_case() -> None:
    assert shelf_order(["500 smi", "500 ADA", "500 Jon"]) == ["500 ADA", "500 Jon", "500 smi"]


def test_undated_before_dated_then_volume() -> None:
    labels = ["700 X 2001 v.2", "700 X 2001", "700 X", "700 X 1999", "700 X 2001 v.10"]
    assert shelf_order(labels) == ["700 X", "700 X 1999", "700 X 2001", "700 X 2001 v.2", "700 X 2001 v.10"]


def test_equal_labels_keep_order() -> None:
    assert shelf_order(["100 a", "100 A", "099 Z"]) == ["099 Z", "100 a", "100 A"]


def test_parse() -> None:
    assert parse_call_number("641.5945 smi 2015 v.2") == (641, "5945", "SMI", 2015, 2)
    assert parse_call_number("92") == (92, "", "", None, 0)


def test_bad_label() -> None:
    with pytest.raises(ValueError):
        parse_call_number("QA76 .P98")
    with pytest.raises(ValueError):
        compare_call_numbers("500 A", "500 A copy2")


def test_empty() -> None:
    assert shelf_order([]) == []
