"""Read the indented plain-text bills the surveyors keep under version control.

    Substructure
      Excavation
        Trench excavation n.e. 1.5m deep | 45.5 | m3 | 38.20
        Disposal off site | 45.5 | m3 | 22.00
      Concrete
        ...

Headings nest by two-space indentation; item lines are ``description | quantity |
unit | rate``. Blank lines and lines starting with '#' are ignored.
"""

from __future__ import annotations

from quantsurvey.model import Item, Section, SourceLine

INDENT = 2


class BoQSyntaxError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


def source_lines(text: str) -> list[SourceLine]:
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise BoQSyntaxError(number, "tabs are not allowed in indentation")
        indent = len(raw) - len(raw.lstrip(" "))
        if indent % INDENT:
            raise BoQSyntaxError(number, f"indentation must be a multiple of {INDENT} spaces")
        lines.append(SourceLine(number, indent // INDENT, stripped))
    return lines


def parse_item(line: SourceLine) -> Item:
    fields = [part.strip() for part in line.text.split("|")]
    if len(fields) != 4:
        raise BoQSyntaxError(line.number, "an item needs description | quantity | unit | rate")
    description, quantity, unit, rate = fields
    try:
        quantity_value, rate_value = float(quantity.replace(",", "")), float(rate.replace(",", ""))
    except ValueError:
        raise BoQSyntaxError(line.number, "quantity and rate must be numbers") from None
    return Item(description, quantity_value, unit, rate_value, round(quantity_value * rate_value, 2), line.number)


def _parse_block(lines: list[SourceLine], depth: int, section: Section) -> list[SourceLine]:
    """Fill ``section`` from the lines nested under it; return the lines that follow the block."""
    while lines and lines[0].indent == depth:
        line = lines[0]
        lines = lines[1:]
        if "|" in line.text:
            section.items.append(parse_item(line))
        else:
            child = Section(line.text, line.number)
            lines = _parse_block(lines, depth + 1, child)
            section.sections.append(child)
    if lines and lines[0].indent > depth:
        raise BoQSyntaxError(lines[0].number, "unexpected indentation")
    section.total = round(sum(item.amount for item in section.items) + sum(child.total for child in section.sections), 2)
    return lines


def parse_boq(text: str) -> Section:
    """The whole bill as a root section titled 'Bill'; items are not allowed at the top level."""
    lines = source_lines(text)
    if lines and lines[0].indent > 0:
        raise BoQSyntaxError(lines[0].number, "unexpected indentation")
    root = Section("Bill", 0)
    rest = _parse_block(lines, 0, root)
    if rest:
        raise BoQSyntaxError(rest[0].number, "unexpected indentation")
    if root.items:
        raise BoQSyntaxError(root.items[0].line, "items must sit under a section heading")
    return root
