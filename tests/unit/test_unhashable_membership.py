"""Membership recipes answer as the list did for values a set cannot hash: a list where a text was meant (in
the probe or among the items), and a look-alike that defines `==` alone.  The list's `in` compares with
`==`; a set could raise TypeError, or miss an item the look-alike equals (holdout25/reader_vocab, a false
accept of dedupe-seen-set in its blind run)."""

from __future__ import annotations

import copy
import textwrap

import pytest

from tests.unit.recipe_outcomes import named_outcome
from wattlens.optimize.recipes import rewrite_with_recipes

LOOK_ALIKE = '''
class Loud:
    """Equal to the text it wraps, in any case; it defines `==` alone, so it cannot be hashed."""

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, str) and other.lower() == self.text.lower()

    def __repr__(self):
        return f"Loud({self.text!r})"
'''

DEDUPE = """
def f(chapters, known):
    seen = list(known)
    out = []
    for chapter in chapters:
        fresh = []
        for word in chapter:
            if word not in seen:
                seen.append(word)
                fresh.append(word)
        out.append(fresh)
    return out, seen
"""

MEMBERSHIP = """
def f(chapters, known):
    out = []
    for chapter in chapters:
        out.append([word for word in chapter if word not in known])
    return out
"""

SHADOW = """
def f(chapters, known):
    seen = []
    out = []
    for chapter in chapters:
        for word in chapter:
            if word in seen:
                out.append(seen.index(word))
            else:
                seen.append(word)
    return out, seen
"""

SHADOW_PLAIN = """
def f(chapters, known):
    seen = []
    out = []
    for chapter in chapters:
        for word in chapter:
            if word + "" not in seen:
                seen.append(word)
                out.append(len(seen))
    return out, seen
"""

CASES = [
    ([["a", "b", "a"]], []),
    ([[("a", 1), ("a", 1), ["a", 1]]], []),
    ([["a"], ["a"], ["b"]], []),
    ([["a", ["b"], "b", ["b"], "c"]], ["c"]),
    ([["x", "y"]], [["x"], "y"]),
    ([["HELLO", "hello", "b"]], ["LOUD:hello"]),
    ([["b", "HELLO"], ["hello"]], []),
    ([["a", 1, 1.0, True]], [1]),
]


def outcome_in(source: str, case: tuple[object, ...]) -> str:
    chapters, known = copy.deepcopy(case)
    scope: dict[str, object] = {}
    exec(LOOK_ALIKE, scope)
    loud = scope["Loud"]
    assert callable(loud)
    made = [loud(k[5:]) if isinstance(k, str) and k.startswith("LOUD:") else k for k in known]  # type: ignore[index]
    return named_outcome(LOOK_ALIKE + source, "f", chapters, made)


@pytest.mark.parametrize(("recipe", "source"), [
    ("dedupe-seen-set", DEDUPE), ("membership-set", MEMBERSHIP), ("membership-shadow-set", SHADOW),
    ("membership-shadow-set", SHADOW_PLAIN),
])
def test_values_a_set_cannot_hash_are_asked_of_the_list(recipe: str, source: str) -> None:
    rewritten = dict((r.name, text) for r, text in rewrite_with_recipes(textwrap.dedent(source)))
    assert recipe in rewritten, sorted(rewritten)
    new = rewritten[recipe]
    for case in CASES:
        assert outcome_in(new, case) == outcome_in(source, case), (recipe, case)
