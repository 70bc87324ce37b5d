"""The comprehension-kept-by-text recipe: a list comprehension in a loop that reads only texts the loop binds
and values the loop leaves alone is kept by those texts; the rewrite answers like the original (repeated
and new texts, other types, lists changed by the caller afterwards), and the shapes it must leave alone
are left alone."""

from __future__ import annotations

import dataclasses
import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import evaluated
from wattlens.optimize import callees, purity
from wattlens.optimize.kept_comprehensions import keep_comprehensions_by_text

MODULE = '''
def near(read: str, expected: str, limit: int) -> bool:
    if len(read) != len(expected):
        return False
    return sum(a != b for a, b in zip(read, expected)) <= limit


def assign(pairs, samples, limit):
    found = []
    for first, second in pairs:
        matches = [name for name, (a, b) in samples if near(first, a, limit) and near(second, b, limit)]
        if len(matches) == 1:
            matches.append("!")
        found.append(matches)
    return found
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module with `assign` rewritten by the recipe, or None."""
    module = cst.parse_module(textwrap.dedent(source))
    (tmp_path / "mod.py").write_text(module.code)
    trusted = callees.trusted_in(module, callees.ProjectModules(tmp_path, Path("mod.py")))
    with purity.trusting(trusted):  # (the helpers' text parameters, as `recipe_candidates` adds them)
        keyed, _, counted, _ = callees.text_keyed(module, trusted, None)
    trusted = dataclasses.replace(trusted, text_keyed=keyed, counted_positions=counted)
    function = next(s for s in module.body if isinstance(s, cst.FunctionDef) and s.name.value == "assign")
    with purity.trusting(trusted):
        new = keep_comprehensions_by_text(function)
    return None if new is None else module.deep_replace(function, new).code


def test_a_comprehension_of_texts_is_kept_by_them_and_answers_alike(tmp_path: Path) -> None:
    new = rewritten(tmp_path, MODULE)
    assert new is not None
    assert "matches_kept.get((first, second))" in new and "matches = list(matches_answer)" in new
    original = textwrap.dedent(MODULE)
    for seed in range(60):
        rng = random.Random(seed)
        samples = [(f"s{n}", ("".join(rng.choice("AC") for _ in range(3)), rng.choice(["AA", "CA", "A"])))
                   for n in range(rng.randrange(6))]
        pool = ["AAA", "ACA", "CCC", "AA", "CA"]
        pairs = [(rng.choice(pool), rng.choice(pool)) for _ in range(rng.randrange(20))]
        if rng.random() < 0.3:  # values that are not plain strs, one that raises
            pairs.insert(rng.randrange(len(pairs) + 1), rng.choice([(b"AAA", "AA"), (1, "AA"), ("AAA", None)]))
        call = f"assign({pairs!r}, {samples!r}, {rng.choice([0, 1])})"
        assert evaluated(new, call) == evaluated(original, call), call
    # each pass has its own list: changing one (the "!" appended) changes no other
    assert evaluated(new, "assign([('AAA', 'AA')] * 3, [('x', ('AAA', 'AA'))], 0)") == [["x", "!"]] * 3


@pytest.mark.parametrize(("change", "why"), [
    (("        found.append(matches)\n", "        found.append(matches)\n        samples.pop()\n"),
     "the loop changes what the comprehension reads"),
    (("    if len(read) != len(expected):\n", "    print(read)\n    if len(read) != len(expected):\n"),
     "a helper that is not pure"),
    (("if near(first, a, limit)", "if near(first, a, limit + len(found))"), "a value the loop changes"),
    (("[name for name, (a, b) in samples", "[name for name, (a, b) in samples for _ in found"),
     "two `for` clauses"),
    (("def near(read: str, expected: str, limit: int)", "def near(read, expected, limit: int)"),
     "nothing says the keys are texts"),
])
def test_shapes_it_must_leave_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    source = MODULE.replace(*change)
    assert source != MODULE, why
    assert rewritten(tmp_path, source) is None, why
