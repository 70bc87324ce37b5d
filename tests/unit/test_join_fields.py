"""The join-index recipe over a field of a record parameter (`for left, right, adjust in font.kerning`):
the kerning pairs filed by key as the scans go, the same answers as the scans, and left alone where the
object could change or is of no known record."""

from __future__ import annotations

import copy
import random
import textwrap

import libcst as cst

from tests.unit.recipe_outcomes import named_outcome
from wattlens.optimize import callees, purity
from wattlens.optimize.lookups import index_nested_loop_join

FONT = '''
from dataclasses import dataclass, field


@dataclass
class Font:
    advances: dict = field(default_factory=dict)
    kerning: list = field(default_factory=list)


def measure(text, advances, kerning):
    return f(text, Font(advances, kerning))
'''

WIDTH = """
def f(text: str, font: Font) -> int:
    units = 0
    previous = None
    for char in text:
        units += font.advances.get(char, 500)
        if previous is not None:
            for left, right, adjust in font.kerning:
                if left == previous and right == char:
                    units += adjust
                    break
        previous = char
    return units
"""


def applied(source: str) -> str | None:
    module = cst.parse_module(FONT + textwrap.dedent(source))
    function = next(s for s in module.body if isinstance(s, cst.FunctionDef) and s.name.value == "f")
    with purity.trusting(callees.trusted_in(module)):
        rewritten = index_nested_loop_join(function)
    return None if rewritten is None else cst.Module([]).code_for_node(rewritten)


def test_pairs_in_a_field_of_a_record_parameter_are_filed_by_key() -> None:
    new = applied(WIDTH)
    assert new is not None
    assert "font_kerning_unfiled = iter(font.kerning)" in new
    assert "for left, right, adjust in font_kerning_matching(lambda: (previous, char)):" in new
    rng = random.Random(7)
    cases: list[tuple[object, ...]] = [("", {}, []), ("ab", {"a": 1}, [("a", "b", -5), ("a", "b", 9)]),
                                       ("aaa", {}, [("a", "a", 1)]), ("ab", {}, [(["a"], "b", 1), ("a", "b", 2)])]
    for _ in range(150):
        kerning = [(rng.choice("abc"), rng.choice("abc"), rng.randrange(-9, 9)) for _ in range(rng.randrange(9))]
        cases.append(("".join(rng.choice("abcd") for _ in range(rng.randrange(8))), {"a": 3, "b": 4}, kerning))
    for case in cases:
        assert named_outcome(FONT + new, "measure", *copy.deepcopy(case)) \
            == named_outcome(FONT + textwrap.dedent(WIDTH), "measure", *copy.deepcopy(case)), case


def test_a_field_of_an_unknown_or_changing_object_is_left_alone() -> None:
    assert applied(WIDTH.replace("font: Font", "font")) is None
    changed = WIDTH.replace("        previous = char\n", "        previous = char\n        font.kerning = []\n")
    assert applied(changed) is None
    assert applied(WIDTH.replace("font.kerning", "font.pairs")) is None
