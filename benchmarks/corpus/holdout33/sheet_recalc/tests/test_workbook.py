import pytest

from sheetcalc.cells import column_letters, column_number, expand_range, split_ref
from sheetcalc.formula import FormulaError, parse_cell, tokenize
from sheetcalc.workbook import changed_cells, read_cells, recalculate


def test_columns_and_refs() -> None:
    assert column_number("A") == 1 and column_number("AA") == 27 and column_number("BA") == 53
    assert column_letters(27) == "AA" and column_letters(702) == "ZZ" and column_letters(703) == "AAA"
    assert split_ref("C12") == (3, 12)
    with pytest.raises(ValueError):
        split_ref("C0")


def test_expand_range_any_corner_order() -> None:
    assert expand_range("A1", "B2") == ["A1", "B1", "A2", "B2"]
    assert expand_range("B2", "A1") == ["A1", "B1", "A2", "B2"]


def test_tokenize_and_parse() -> None:
    assert tokenize("sum(b2:b4)*2") == [("func", "SUM"), ("range", "B2:B4"), ("op", ")"), ("op", "*"), ("num", "2")]
    assert parse_cell("=1+2*3") == ("bin", "+", ("num", 1.0), ("bin", "*", ("num", 2.0), ("num", 3.0)))
    assert parse_cell("1,250.50") == ("num", 1250.5)
    assert parse_cell("Income") == ("text", "Income")
    assert parse_cell("=FOO(1)") == ("error", "#NAME?")
    with pytest.raises(FormulaError):
        tokenize("1 & 2")


def test_arithmetic_and_functions() -> None:
    values = recalculate({"A1": "10", "A2": "=A1/4", "A3": "=-A2+(A1-1)*2", "A4": "=SUM(A1:A3)",
                          "A5": "=AVERAGE(A1:A2, 5)", "A6": "=ROUND(2.675, 2)", "A7": "=MAX(A1:A3)-MIN(A1:A3)"})
    assert values == {"A1": 10.0, "A2": 2.5, "A3": 15.5, "A4": 28.0, "A5": 5.833333333333333, "A6": 2.68,
                      "A7": 13.0}


def test_empty_cells_and_text() -> None:
    values = recalculate({"A1": "Rent", "B1": "=A1", "C1": "=SUM(A1:B2)", "D1": "=A1*2", "E1": "=Z99+1"})
    assert values == {"A1": "Rent", "B1": "Rent", "C1": 0.0, "D1": "#VALUE!", "E1": 1.0}


def test_errors_propagate() -> None:
    values = recalculate({"A1": "=1/0", "A2": "=A1+1", "A3": "=SUM(A1:A2)", "B1": "=B2", "B2": "=B1+1",
                          "C1": "=(1+2", "C2": "=C1"})
    assert values == {"A1": "#DIV/0!", "A2": "#DIV/0!", "A3": "#DIV/0!", "B1": "#CIRC!", "B2": "#CIRC!",
                      "C1": "#ERROR!", "C2": "#ERROR!"}


def test_running_balance_chain() -> None:
    cells = {"A1": "100"}
    for row in range(2, 40):
        cells[f"A{row}"] = f"=A{row - 1}*1.01"
    values = recalculate(cells)
    assert round(values["A39"], 6) == round(100 * 1.01 ** 38, 6)


def test_read_cells_and_changes() -> None:
    cells = read_cells("a1\t5\n\nA2\t=A1*2\nA1\t6\n")
    assert cells == {"A1": "6", "A2": "=A1*2"}
    before = recalculate(cells)
    after = recalculate({**cells, "A1": "6.001"})
    assert changed_cells(before, after) == []
    assert changed_cells(before, recalculate({**cells, "A1": "7"})) == ["A1", "A2"]
