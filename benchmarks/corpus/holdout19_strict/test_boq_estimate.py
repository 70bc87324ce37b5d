"""Strict equivalence tests for parse_boq (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from quantsurvey.model import Item, Section, SourceLine
from quantsurvey.parser import BoQSyntaxError, parse_boq
from strict_support import assert_same

TARGET = "quantsurvey/parser.py:parse_boq"


# --- verbatim copy of the original implementation and its helpers -------------------------

INDENT = 2


def source_lines(text):
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


def parse_item(line):
    fields = [part.strip() for part in line.text.split("|")]
    if len(fields) != 4:
        raise BoQSyntaxError(line.number, "an item needs description | quantity | unit | rate")
    description, quantity, unit, rate = fields
    try:
        quantity_value, rate_value = float(quantity.replace(",", "")), float(rate.replace(",", ""))
    except ValueError:
        raise BoQSyntaxError(line.number, "quantity and rate must be numbers") from None
    return Item(description, quantity_value, unit, rate_value, round(quantity_value * rate_value, 2), line.number)


def _parse_block(lines, depth, section):
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


def reference(text):
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


# --- cases -------------------------------------------------------------------------------

BILL = """# sample
Substructure
  Excavation
    Trench excavation | 45.5 | m3 | 38.20
    Disposal off site | 45.5 | m3 | 22.00

  Concrete
    Mass concrete foundations | 1,200 | m3 | 0.5
  Hardcore | 10 | m3 | 41.5
Roof
  Tiles | 100 | m2 | 12.345
  Battens
Empty heading
"""


def nested(depth, item=True):
    lines = [f"{'  ' * level}Level {level}" for level in range(depth)]
    if item:
        lines.append(f"{'  ' * depth}Deep item | 2 | nr | 3.5")
    lines += [f"{'  ' * level}After {level} | 1 | nr | {level}" for level in range(depth - 1, 0, -1)]
    return "\n".join(lines)


CASES = [
    "",
    "\n",
    "\n\n\n",
    "   \n \n",
    "# only a comment",
    "# one\n   # indented comment\n\t# tabbed comment\n",
    "Heading",
    "Heading\n",
    "Heading\nOther heading\nThird",
    BILL,
    BILL.rstrip("\n"),
    BILL.replace("\n", "\r\n"),
    BILL.replace("\n", "\r"),
    BILL.replace("\n", "\u2028"),
    BILL.replace("\n", "\x85"),
    BILL.replace("\n", "\x0c"),
    BILL + "\n\n# trailing comment\n   \n",
    BILL + BILL,
    "Roof\n  Tiles | 1 | m2 | 1\n  Sub\n    Deeper\n      Deepest | 2 | nr | 2\nWalls\n  Bricks | 3 | m2 | 3",
    "A\n  B\n    C\n      D\n  E\nF\n  G | 1 | nr | 1",
    "A\n  B\n    C\n      D | 1 | nr | 1\nE | 1 | nr | 1",
    nested(5),
    nested(40),
    nested(150),
    nested(12, item=False),
    # item fields and numbers
    "S\n  Item | 1 | nr | 1",
    "S\n  Item|1|nr|1",
    "S\n  | 1 | nr | 1",
    "S\n  Item | 1 |  | 1",
    "S\n  Item | 1,234.5 | m2 | 1,000",
    "S\n  Item | 1,2,3 | nr | 1",
    "S\n  Item | ,1, | nr | 1.",
    "S\n  Item | 1e3 | nr | 2E-2",
    "S\n  Item | 1_000 | nr | 1",
    "S\n  Item | -5 | nr | 10\n  Credit | 1 | item | -250.75",
    "S\n  Item | -0 | nr | 10",
    "S\n  Item | +5 | nr | .5",
    "S\n  Item | 0.125 | nr | 1\n  Item | 2.675 | nr | 1\n  Item | 1.005 | nr | 1\n  Item | 0.1 | nr | 0.2",
    "S\n  Item | 3 | nr | 0.1\n  Item | 3 | nr | 0.1\n  Item | 3 | nr | 0.1\n  Sub\n    x | 0.3 | nr | 0.1",
    "S\n  Item | ٥ | nr | ５",
    "S\n  Item | inf | nr | 2",
    "S\n  Item | 1e308 | nr | 10",
    "S\n  Item | 99999999999999999999 | nr | 1",
    "S\n  Ünïcødé wörk ✓ | 1 | m² | 1",
    "Héading #1\n  Item # 2 | 1 | nr | 1",
    "S\n  Item | 1 | nr | 1  \n  Other | 2 | nr | 2\t",
    # errors
    "S\n  Item | one | nr | 1",
    "S\n  Item | 1 | nr | one",
    "S\n  Item | 1 | nr",
    "S\n  Item | 1 | nr | 1 | extra",
    "S\n  Item | | nr | 1",
    "S\n  Item | nr",
    "Item | 1 | nr | 1",
    "S\n  x | 1 | nr | 1\nItem | 1 | nr | 1",
    "Item | 1 | nr | 1\nS\n   bad indent",
    "  Indented first line",
    "S\n   Three spaces",
    "S\n\tTabbed",
    "S\n  \tMixed",
    "S\n\t  Mixed",
    "S\n    Skipped a level",
    "S\n  A\n      Skipped two",
    "S\n  A\n  B\n     C",
    "S\n  Item | x | nr | 1\n   bad",
    "S\n   bad\n  Item | x | nr | 1",
    "S\n\u00a0 odd space",
    None,
    b"S\n  Item | 1 | nr | 1",
    ["S"],
    5,
]


@pytest.mark.parametrize("text", CASES)
def test_cases(text) -> None:
    assert_same(parse_boq, reference, text)


def test_keyword_argument() -> None:
    assert_same(parse_boq, reference, text=BILL)


def test_error_line_numbers() -> None:
    for text in ["S\n  Item | 1 | nr\n", "S\n\n\n   bad", "Item | 1 | nr | 1", "S\n  a\n    b\n        c"]:
        with pytest.raises(BoQSyntaxError) as got:
            parse_boq(text)
        with pytest.raises(BoQSyntaxError) as want:
            reference(text)
        assert (got.value.line, str(got.value)) == (want.value.line, str(want.value))


def _random_bill(rng):
    lines = []

    def block(depth, budget):
        for _ in range(rng.randint(0, 4)):
            if rng.random() < 0.55 or depth == 0:
                if depth > 4:
                    continue
                lines.append("  " * depth + rng.choice(["Excavation", "Concrete", "Roof", "Walls", "Finishes", "Extras",
                                                         "Drainage", "Façade"]))
                if budget > 0:
                    block(depth + 1, budget - 1)
            else:
                quantity = rng.choice(["1", "2.5", "10", "0.333", "1,250", "-3", "0", "12.125"])
                rate = rng.choice(["1", "0.1", "99.99", "1,000.50", "2.675", "38.20", "-10"])
                lines.append("  " * depth + f"Item {len(lines)} | {quantity} | {rng.choice(['m', 'm2', 'nr'])} | {rate}")
            if rng.random() < 0.1:
                lines.append(rng.choice(["", "# note", "   ", "  # indented note"]))

    block(0, rng.randint(0, 5))
    if lines and rng.random() < 0.12:
        index = rng.randrange(len(lines))
        lines[index] = rng.choice([" ", "   ", "\t", "    "]) + lines[index]
    if lines and rng.random() < 0.05:
        lines.insert(rng.randrange(len(lines) + 1), "Loose | 1 | nr | 1")
    return rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n", "\n\n"])


@pytest.mark.parametrize("text", [_random_bill(random.Random(seed)) for seed in range(180)])
def test_random(text) -> None:
    assert_same(parse_boq, reference, text)


def test_large_bill() -> None:
    rng = random.Random(3)
    lines = []
    for plot in range(40):
        lines.append(f"Plot {plot}")
        for element in range(6):
            lines.append(f"  Element {element}")
            for trade in range(3):
                lines.append(f"    Trade {trade}")
                lines += [f"      Item {n} | {rng.uniform(0, 50):.2f} | m2 | {rng.uniform(0, 90):.2f}" for n in range(6)]
    assert_same(parse_boq, reference, "\n".join(lines))
