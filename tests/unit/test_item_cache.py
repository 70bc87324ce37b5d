"""The cache-per-item recipe: work an inner loop repeats for each item on every pass of an outer
loop, kept per item.  The rewrites it makes, that they answer like the original (results,
exceptions, arguments afterwards, when helpers are called), and what it must leave alone."""

from __future__ import annotations

import random
import textwrap

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, same_behaviour, stdlib_functions
from wattlens.optimize import callees, purity
from wattlens.optimize.item_cache import cache_per_item
from wattlens.optimize.recipes import RECIPES, rewrite_with_recipes

HELPERS = '''
CALLS = []


def bounding_box(polygon: list) -> tuple[float, float, float, float]:
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def parts(text: str) -> list[str]:
    return [p for p in text.split()]


def counted(text: str) -> str:
    CALLS.append(text)
    return text.lower()
'''


def applied(function_source: str, helpers: str = HELPERS) -> str | None:
    """The rewrite of `f` (the function after the helpers), the helpers trusted as the module's."""
    module = cst.parse_module(helpers + textwrap.dedent(function_source))
    function = module.body[-1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        rewritten = cache_per_item(function)
    if rewritten is None:
        return None
    new = cst.Module([]).code_for_node(rewritten)
    compile(helpers + new, "<rewrite>", "exec")
    with purity.trusting(callees.trusted_in(cst.parse_module(helpers + new))):
        again = cst.parse_module(new).body[0]
        assert isinstance(again, cst.FunctionDef) and cache_per_item(again) is None
    return new


def same(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    same_behaviour(HELPERS + textwrap.dedent(original), HELPERS + new, cases)


ZONES = """
def f(points, zones):
    assigned = []
    for x, y in points:
        found = None
        for name, polygon in zones:
            min_x, min_y, max_x, max_y = bounding_box(polygon)
            if x < min_x or x > max_x or y < min_y or y > max_y:
                continue
            found = name
            break
        assigned.append(found)
    return assigned
"""


def zone_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([], []), ([(1, 1)], []), ([], [("a", [])]), ([(1, 1)], [("a", [])]),
                                       ([(0, 0)], [("a", [(0, 0)]), ("b", None)]), ([(5, 5)], [("a", "xy")])]
    for _ in range(80):
        zones = [(f"z{i}", [(rng.randrange(10), rng.randrange(10)) for _ in range(rng.randrange(1, 5))])
                 for i in range(rng.randrange(6))]
        if zones and rng.random() < 0.2:
            zones.append(("bad", []))  # min() of an empty list: ValueError where the scan reaches it
        points = [(rng.randrange(10), rng.randrange(10)) for _ in range(rng.randrange(8))]
        cases.append((points, zones))
    return cases


def test_a_bounding_box_per_zone_is_computed_once_per_zone() -> None:
    new = applied(ZONES)
    assert new is not None
    assert "    zones_bounding_boxs = {}  # identity of an item of zones -> (the item, bounding_box(polygon))\n" in new
    assert "        for zones_item in zones:\n            name, polygon = zones_item\n" in new
    assert "min_x, min_y, max_x, max_y = zones_bounding_box(zones_item, polygon)" in new
    same(ZONES, new, zone_cases(1))


def test_each_value_is_computed_when_the_original_first_computed_it() -> None:
    original = """
    def f(answers, aliases):
        out = []
        for answer in answers:
            for alias in aliases:
                if len(CALLS) > 100:
                    raise RuntimeError("too many")
                if norm(alias) == answer:
                    out.append(alias)
                    break
        return out, len(CALLS)
    """
    new = applied(original)
    assert new is not None and "for alias in aliases:" in new and "aliases_norm(alias)" in new
    same(original, new, [
        ([], ["a", "b"]), (["b", "a", "zz"], ["A", " b ", None, "c"]), (["a"], ["A", None]), (["c"], ["A", None]),
        (["b", "b"], ["a", "B"]), (["x"], []),
    ])


def test_a_list_that_changes_between_passes_computes_new_items_again() -> None:
    original = """
    def f(words, extra):
        seen = list(extra)
        out = []
        for word in words:
            hits = 0
            for other in seen:
                if norm(other) == norm(word):
                    hits += 1
            out.append(hits)
            seen.append(word)
            seen[0] = word
        return out
    """
    cases: list[tuple[object, ...]] = [(["a", "A", "b", "a "], ["x"]), ([], []), (["q"] * 5, ["Q"]),
                                       (["a", "b"], ["B", "a", "A"])]
    for changed in (original, original.replace("            seen[0] = word\n", "            seen.pop(0)\n")):
        new = applied(changed)  # items added, replaced or dropped: another object at an index is computed again
        assert new is not None
        same(changed, new, cases)
    assert applied(original.replace("seen[0] = word", "seen[0][0] = word")) is None  # an item changed


def test_builtins_whose_values_are_shared_as_before() -> None:
    original = """
    def f(queries, groups):
        out = []
        for q in queries:
            best = None
            for group in groups:
                if q <= max(group) and (best is None or sum(group) < best):
                    best = sum(group)
            out.append(best)
        return out
    """
    new = applied(original)
    assert new is not None and "groups_max(" in new and "groups_sum(" in new
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = [([1], [[]]), ([], [[]]), ([2], [[1, 2], [3]])]
    cases += [([rng.randrange(9) for _ in range(5)], [[rng.randrange(9) for _ in range(rng.randrange(1, 4))]
                                                      for _ in range(rng.randrange(5))]) for _ in range(60)]
    same(original, new, cases)


@pytest.mark.parametrize(
    "source",
    [
        # a helper whose result can be changed (a list), or with effects of its own
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(parts(y))\n"
        "    return out\n",
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(counted(y))\n"
        "    return out\n",
        # the call reads what the outer loop binds
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(norm(y + x))\n"
        "    return out\n",
        # the item's name is rebound in the inner loop
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            y = y + '!'\n"
        "            out.append(norm(y))\n    return out\n",
        # an unknown call in the outer loop could change the items
        "def f(a, b, g):\n    out = []\n    for x in a:\n        g(x)\n        for y in b:\n"
        "            out.append(norm(y))\n    return out\n",
        # the items are changed in the outer loop
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(sum(y))\n"
        "            y.append(x)\n    return out\n",
        # sum with a start value makes a new list each time
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(sum(y, []))\n"
        "    return out\n",
        # no outer loop: nothing is repeated
        "def f(b):\n    out = []\n    for y in b:\n        out.append(norm(y))\n    return out\n",
        # in a comprehension, or a lambda
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n"
        "            out.append([norm(z) for z in y])\n    return out\n",
    ],
)
def test_left_alone(source: str) -> None:
    assert applied(source) is None


def test_the_recipe_is_registered() -> None:
    assert any(recipe.name == "cache-per-item" and recipe.apply is cache_per_item for recipe in RECIPES)
    assert "cache-per-item" in dict((r.name, t) for r, t in rewrite_with_recipes(
        "def f(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            out.append(max(y) < x)\n"
        "    return out\n"))


@pytest.mark.parametrize("module", ["textwrap", "difflib", "statistics"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = cache_per_item(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), "<rewrite>", "exec")


def test_outcome_helper_runs_the_function_named_f() -> None:
    assert outcome(HELPERS + "def f(x):\n    return norm(x)\n", " A  b ") == "('a b', (' A  b ',))"


FLEET = """
def f(arrays, sites, weather):
    out = []
    for name, site in arrays:
        place = sites[site]
        total = [0.0] * 2
        for record in weather[site]:
            span = norm(record)
            box = bounding_box([(place, len(span)), (len(span), place)])
            total[len(span) % 2] += box[2] - box[0]
        out.append((name, total))
    return out
"""


def test_work_reading_what_the_outer_pass_holds_is_kept_per_item_and_object() -> None:
    """`weather[site]` walks another list on another pass; `place` and `span` (worked out from the item,
    itself kept) are passed too and must be the very same objects for a kept value to serve.  Values are
    kept by the item's identity, not its place, so a list copied and losing items (`list(pending)`) finds
    them too."""
    new = applied(FLEET)
    assert new is not None
    assert "for record in weather[site]:" in new
    assert "weather_bounding_box(record, place, span)" in new and "weather_norm(record)" in new
    assert "found[0] is record and found[2] is place and found[3] is span" in new
    rng = random.Random(6)
    cases: list[tuple[object, ...]] = [([], {}, {}), ([("a", "x")], {"x": 1.5}, {"x": []})]
    for _ in range(30):
        keys = ["x", "y", "z"][:rng.randint(1, 3)]
        sites = {key: rng.choice([0.5, 2, -1.0, float("nan")]) for key in keys}
        weather = {key: [rng.choice(["a b", " A  b", "c", "", "dd e f"]) for _ in range(rng.randint(0, 6))]
                   for key in keys}
        arrays = [(f"n{i}", rng.choice(keys)) for i in range(rng.randint(0, 6))]
        cases.append((arrays, sites, weather))
    cases.append(([("a", "x")], {"x": 1}, {"x": [None]}))  # the helper raises, as before
    same(FLEET, new, cases)


@pytest.mark.parametrize("change", [
    ("box = bounding_box([(place, len(span)), (len(span), place)])",
     "box = bounding_box([(len(name), len(span)), (len(span), 1)])"),  # the outer loop's item: never found again
    ("box = bounding_box([(place, len(span)), (len(span), place)])",
     "box = bounding_box([(place, len(total)), (len(total), place)])"),  # a list the loop changes
    ("            span = norm(record)\n", "            span = norm(record) + place * 'x'\n"),  # worked out afresh
])
def test_work_reading_what_changes_between_passes_is_left_alone(change: tuple[str, str]) -> None:
    assert change[0] in FLEET
    new = applied(FLEET.replace(*change))
    assert new is None or "weather_bounding_box" not in new


WAVES = """
def f(orders, size):
    pending = sorted(orders)
    waves = []
    while pending:
        seed = pending.pop(0)
        members, total = [seed], sum(seed)
        for order in list(pending):
            needed = sum(order)
            if total + needed > size:
                continue
            members.append(order)
            total += needed
            pending.remove(order)
        waves.append(members)
    return waves
"""


def test_work_on_the_items_of_a_shrinking_copy_is_kept_by_identity() -> None:
    new = applied(WAVES)
    assert new is not None and "needed = pending_sum(order)" in new and "for order in list(pending):" in new
    # an identity without `id`, whose audit event costs a call of every audit hook installed
    assert "identity = object.__hash__" in new and "id(" not in new
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = [([], 5), ([(1, 2)], 1), ([(1,), (1,), (2, 2)], 3)]
    cases += [([tuple(rng.randint(0, 4) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 15))],
               rng.randint(0, 9)) for _ in range(40)]
    same(WAVES, new, cases)


GROUPS = """
def f(texts, limit):
    pending = list(texts)
    groups = []
    while pending:
        seed = pending.pop(0)
        seen = set(parts(seed))
        group = [seed]
        for text in list(pending):
            words = set(parts(text))
            if len(seen | words) <= limit:
                seen |= words
                group.append(text)
                pending.remove(text)
        groups.append(group)
    return groups
"""


def test_a_new_list_only_read_is_kept_per_item_too() -> None:
    new = applied(GROUPS)
    assert new is not None and "words = set(pending_parts(text))" in new
    rng = random.Random(4)
    cases: list[tuple[object, ...]] = [([], 2), (["a b", "b c", "a b"], 2)]
    cases += [([" ".join(rng.choice("abcde") for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 12))],
               rng.randint(0, 4)) for _ in range(40)]
    same(GROUPS, new, cases)
    changed = GROUPS.replace("words = set(parts(text))", "words = parts(text)\n            words.append('x')")
    kept = applied(changed.replace("seen | words", "seen | set(words)").replace("seen |= words", "seen |= set(words)"))
    assert kept is None or "pending_parts" not in kept  # a list the loop changes: never shared


VOTES = """
def f(members, divisions):
    party_of = {member.id: member.party for member in members}
    out = []
    for member in members:
        against = 0
        for division in divisions:
            line = party_line(division, party_of, member.party)
            if line is not None and (member.id, line) in division:
                against += 1
        out.append((member.id, against))
    return out
"""

PARTY_LINE = '''

def party_line(division: list, party_of: dict, party: str) -> str:
    ayes = sum(1 for voter, vote in division if party_of.get(voter) == party and vote == "aye")
    noes = sum(1 for voter, vote in division if party_of.get(voter) == party and vote == "no")
    return "aye" if ayes > noes else "no" if noes > ayes else None
'''


def test_work_reading_a_field_of_the_outer_item_and_a_steady_table_is_kept_per_item_and_field() -> None:
    """Each member reads `member.party` alone: another member of the same party finds the party line of a
    division again (by the text; a field of another type by identity).  `party_of`, made before the loops and
    never changed, reads the same on every pass."""
    helpers = HELPERS + PARTY_LINE
    new = applied(VOTES, helpers)
    assert new is not None
    assert "divisions_party_line(division, member.party)" in new
    assert "(type(member_party) is str or found[2] is member_party)" in new
    prelude = "import collections\nM = collections.namedtuple('M', 'id party')\n"
    rng = random.Random(4)
    for _ in range(40):
        members = [f"M({i}, {rng.choice(['red', 'blue', 3, (1,), None])!r})" for i in range(rng.randint(0, 6))]
        divisions = [[(rng.randrange(6), rng.choice(["aye", "no", "abstain"])) for _ in range(rng.randint(0, 8))]
                     for _ in range(rng.randint(0, 4))]
        call = f"f([{', '.join(members)}], {divisions!r})"
        assert outcome_of(prelude + helpers + new, call) == outcome_of(prelude + helpers + textwrap.dedent(VOTES), call)
    changed = VOTES.replace("        out.append((member.id, against))\n",
                            "        out.append((member.id, against))\n        party_of[member.id] = 'x'\n")
    whole = VOTES.replace("party_line(division, party_of, member.party)", "party_line(division, party_of, member)")
    for source in (changed, whole):  # a table changed in the loop; the outer item read whole
        assert "divisions_party_line" not in (applied(source, helpers) or "")


def outcome_of(source: str, call: str) -> str:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return repr(eval(call, scope))
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"
