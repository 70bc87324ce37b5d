from datetime import date

import pytest

from gedcom.export import export_gedcom
from gedcom.people import Family, Person, gedcom_date
from gedcom.writer import MAX_VALUE, GedcomWriter


def test_gedcom_date() -> None:
    assert gedcom_date(date(1901, 3, 3)) == "3 MAR 1901"
    assert gedcom_date(date(1999, 12, 31)) == "31 DEC 1999"


def test_writer_continuation() -> None:
    out = GedcomWriter()
    out.line(0, "INDI", xref="I1")
    out.line(1, "NOTE", "first line\r\nsecond line\n")
    out.line(1, "NOTE", "x" * (MAX_VALUE + 5))
    assert out.text == (
        "0 @I1@ INDI\r\n1 NOTE first line\r\n2 CONT second line\r\n2 CONT\r\n"
        f"1 NOTE {'x' * MAX_VALUE}\r\n2 CONC xxxxx\r\n"
    )


def test_export_small_family() -> None:
    people = [Person("I1", "John", "Ashworth", "M", date(1820, 5, 1), "Halifax"), Person("I2", "Mary", "Baines", "F"),
              Person("I3", "Zoë", "Ashworth", "F", None, "", None, "baptised at St John's")]
    families = [Family("F1", "I1", "I2", ["I3"], date(1845, 6, 2))]
    text = export_gedcom(people, families)
    lines = text.split("\r\n")
    assert lines[0] == "0 HEAD" and lines[-2] == "0 TRLR" and lines[-1] == ""
    assert "0 @I1@ INDI" in lines and "1 NAME John /Ashworth/" in lines
    assert lines[lines.index("0 @I1@ INDI") + 5:lines.index("0 @I1@ INDI") + 10] == [
        "1 BIRT", "2 DATE 1 MAY 1820", "2 PLAC Halifax", "1 FAMS @F1@", "0 @I2@ INDI"]
    assert "1 FAMC @F1@" in lines and "1 NOTE baptised at St John's" in lines
    assert lines[lines.index("0 @F1@ FAM") + 1:lines.index("0 @F1@ FAM") + 6] == [
        "1 HUSB @I1@", "1 WIFE @I2@", "1 CHIL @I3@", "1 MARR", "2 DATE 2 JUN 1845"]


def test_export_errors() -> None:
    with pytest.raises(ValueError):
        export_gedcom([Person("I1", "A", "B"), Person("I1", "C", "D")], [])
    with pytest.raises(ValueError):
        export_gedcom([Person("I1", "A", "B")], [Family("F1", "I1", "I9")])
    assert export_gedcom([], []).endswith("0 TRLR\r\n")
