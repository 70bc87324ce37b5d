import datetime
import decimal

from bulkload.copyfile import CopyWriter, render_copy
from bulkload.values import escape, to_text


def test_to_text() -> None:
    assert to_text(True) == "t" and to_text(False) == "f"
    assert to_text(datetime.datetime(2024, 5, 1, 12, 30)) == "2024-05-01 12:30:00"
    assert to_text(datetime.date(2024, 5, 1)) == "2024-05-01"
    assert to_text(decimal.Decimal("1E+2")) == "100"
    assert to_text(["a", 'b"c']) == '{"a","b\\"c"}'
    assert to_text(42) == "42"


def test_escape() -> None:
    assert escape("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert escape("plain") == "plain"


def test_null_and_missing_columns() -> None:
    text, rows = render_copy(["id", "email", "phone"], [{"id": 1, "email": None}])
    assert text == "1\t\\N\t\\N\n" and rows == 1


def test_custom_null() -> None:
    assert render_copy(["a"], [{"a": None}], null="") == ("\n", 1)


def test_several_rows_keep_column_order() -> None:
    records = [{"b": "x", "a": 1}, {"a": 2, "b": "multi\nline"}]
    assert render_copy(["a", "b"], records) == ("1\tx\n2\tmulti\\nline\n", 2)


def test_writer_counts_rows() -> None:
    writer = CopyWriter(["a"])
    writer.write_row({"a": 1})
    writer.write_row({})
    assert writer.rows == 2 and writer.text == "1\n\\N\n"


def test_empty() -> None:
    assert render_copy(["a"], []) == ("", 0)
