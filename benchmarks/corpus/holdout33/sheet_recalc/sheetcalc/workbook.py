"""Workbook exports and recalculation."""

from __future__ import annotations

from typing import Mapping

from .formula import FormulaError, evaluate, parse_cell


def read_cells(text: str) -> dict[str, str]:
    """The export's "REF<TAB>content" lines as {ref: content}, in file order.

    Blank lines are skipped; a cell listed twice keeps its last content.
    """
    cells: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        ref, _, content = line.partition("\t")
        cells[ref.strip().upper()] = content
    return cells


def recalculate(cells: Mapping[str, str]) -> dict[str, float | str]:
    """Values of all listed cells, in listing order (references upper-cased).

    Numbers are floats, text cells keep their text, empty cells referenced by formulas count
    as 0. A cell whose formula fails shows the error code instead ("#DIV/0!", "#VALUE!",
    "#NAME?", "#ERROR!" for a formula that does not parse, "#CIRC!" for a circular reference),
    and so does every cell that depends on it.
    """
    parsed = {}
    for ref, content in cells.items():
        parsed[ref.strip().upper()] = parse_cell(content)

    def value_of(ref: str, visiting: set[str]) -> float | str:
        node = parsed.get(ref)
        if node is None:
            return 0.0
        if ref in visiting:
            raise FormulaError("#CIRC!")
        visiting.add(ref)
        try:
            return evaluate(node, lambda other: value_of(other, visiting))
        finally:
            visiting.discard(ref)

    values: dict[str, float | str] = {}
    for ref in parsed:
        try:
            values[ref] = value_of(ref, set())
        except FormulaError as error:
            values[ref] = error.code
    return values


def changed_cells(before: Mapping[str, float | str], after: Mapping[str, float | str],
                  tolerance: float = 0.005) -> list[str]:
    """References whose value differs between two recalculations (numbers beyond ``tolerance``)."""
    changed = []
    for ref in sorted(set(before) | set(after)):
        old, new = before.get(ref), after.get(ref)
        if isinstance(old, float) and isinstance(new, float):
            if abs(old - new) > tolerance:
                changed.append(ref)
        elif old != new:
            changed.append(ref)
    return changed
