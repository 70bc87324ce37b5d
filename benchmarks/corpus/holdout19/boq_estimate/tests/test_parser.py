import pytest

from quantsurvey.model import Item, Section, SourceLine
from quantsurvey.parser import BoQSyntaxError, parse_boq, parse_item, source_lines

BILL = """# sample
Substructure
  Excavation
    Trench excavation | 45.5 | m3 | 38.20
    Disposal off site | 45.5 | m3 | 22.00

  Concrete
    Mass concrete foundations | 1,200 | m3 | 0.5
Roof
  Tiles | 100 | m2 | 12.345
"""


def test_source_lines_skip_blanks_and_comments() -> None:
    lines = source_lines(BILL)
    assert [line.number for line in lines] == [2, 3, 4, 5, 7, 8, 9, 10]
    assert lines[2] == SourceLine(4, 2, "Trench excavation | 45.5 | m3 | 38.20")


def test_parse_item() -> None:
    item = parse_item(SourceLine(7, 3, "Brickwork | 1,250.5 | m2 | 60"))
    assert item == Item("Brickwork", 1250.5, "m2", 60.0, 75030.0, 7)


def test_structure_and_totals() -> None:
    root = parse_boq(BILL)
    assert [section.title for section in root.sections] == ["Substructure", "Roof"]
    excavation = root.sections[0].sections[0]
    assert excavation.total == 2739.1
    assert root.sections[0].total == 3339.1
    assert root.sections[1].total == 1234.5
    assert root.total == 4573.6


def test_empty_bill() -> None:
    assert parse_boq("") == Section("Bill", 0, [], [], 0)


def test_bad_indentation() -> None:
    with pytest.raises(BoQSyntaxError) as error:
        parse_boq("Roof\n     Tiles | 1 | m2 | 1\n")
    assert error.value.line == 2
    with pytest.raises(BoQSyntaxError):
        parse_boq("Roof\n\tTiles | 1 | m2 | 1\n")
    with pytest.raises(BoQSyntaxError):
        parse_boq("Roof\n    Tiles | 1 | m2 | 1\n")


def test_items_need_a_heading() -> None:
    with pytest.raises(BoQSyntaxError):
        parse_boq("Tiles | 1 | m2 | 1\n")


def test_bad_item() -> None:
    with pytest.raises(BoQSyntaxError):
        parse_boq("Roof\n  Tiles | one | m2 | 1\n")
    with pytest.raises(BoQSyntaxError):
        parse_boq("Roof\n  Tiles | 1 | m2\n")
