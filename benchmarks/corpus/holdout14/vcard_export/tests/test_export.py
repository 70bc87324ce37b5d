import pytest

from vcards.export import contact_lines, export_vcards
from vcards.lines import escape_text, fold_line


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_short_line_unchanged() -> None:
    assert fold_line("FN:Ann") == "FN:Ann"


def test_fold_ascii() -> None:
    folded = fold_line("NOTE:" + "x" * 200)
    parts = folded.split("\r\n")
    assert [len(part) for part in parts] == [75, 75, 57]
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == "NOTE:" + "x" * 200


def test_fold_never_splits_characters() -> None:
    folded = fold_line("NOTE:" + "é" * 100)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")


def test_limit_too_small() -> None:
    with pytest.raises(ValueError):
        fold_line("abc", 1)


def test_contact_lines() -> None:
    lines = contact_lines({"given": "Ann", "family": "Lee", "org": "ACME, Inc.", "phones": [("cell", "+1 555 0100")]})
    assert lines == ["BEGIN:VCARD", "VERSION:3.0", "N:Lee;Ann;;;", "FN:Ann Lee", "ORG:ACME\\, Inc.",
                     "TEL;TYPE=CELL:+1 555 0100", "END:VCARD"]


def test_export_with_photo() -> None:
    text = export_vcards([{"given": "Bo", "photo": bytes(range(256)) * 4}])
    assert text.startswith("BEGIN:VCARD\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_empty() -> None:
    assert export_vcards([]) == ""
