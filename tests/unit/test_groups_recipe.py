"""A collection filtered by a key on every pass of a loop → filed by that key once."""

from __future__ import annotations

import copy
import random
import textwrap

import pytest

from wattlens.optimize.groups import index_repeated_filters

from .recipe_outcomes import rewrite

REPORT = """
def f(rows, names, limit):
    out = {}
    for name in names:
        total = len([r for r in rows if r[0] == name])
        big = sum(r[1] for r in rows if r[0] == name and r[1] > limit)
        pairs = {(k, v) for k, v, _ in rows if k == name}
        out[name] = (total, big, sorted(pairs))
    return out
"""


def cases() -> list[tuple[object, ...]]:
    rng = random.Random(5)
    rows = [(rng.choice("abcd"), rng.randint(0, 9), n) for n in range(80)]
    equal_but_not_alike = [(1, 2, 0), (1.0, 3, 1), (True, 4, 2)]
    return [(rows, ["a", "c", "z", "a"], 4), ([], ["a"], 0), (rows, [], 0), (equal_but_not_alike, [1], 0)]


def run(source: str, *args: object) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    return scope["f"](*args)  # type: ignore[operator]


def test_filters_by_one_key_share_an_index_filed_on_the_first_pass() -> None:
    new = rewrite(index_repeated_filters, REPORT)
    assert new is not None
    walked = "(rows if rows_by_key_ready is None else rows_by_key.get(name, ())) if r[0] == name"
    assert new.count(walked) == 2  # one index for both filters on r[0]
    # another key: another index
    assert "for k, v, _ in (rows if rows_by_key2_ready is None else rows_by_key2.get(name, ())) if k == name" in new
    for case in cases():
        assert run(new, *copy.deepcopy(case)) == run(REPORT, *copy.deepcopy(case))


@pytest.mark.parametrize("change", [
    ("if r[0] == name])", "if r[0] != name])"),                              # no equality
    ("if r[0] == name])", "if r[1] > limit and r[0] == name])"),              # not first
    ("        out[name] =", "        rows.append((name, 0, 0))\n        out[name] ="),  # changed in the loop
    ("if r[0] == name])", "if r[0] == r[1]])"),                               # nothing outside the item
    ("len([r for r in rows if r[0] == name])", "len(list(keep(r for r in rows if r[0] == name)))"),  # kept
])
def test_filters_an_index_would_not_answer_the_same_are_left_alone(change: tuple[str, str]) -> None:
    source = REPORT.split("        big =")[0] + "        out[name] = total\n    return out\n"
    source = source.replace(*change)
    assert rewrite(index_repeated_filters, source) is None


ANY = """
def f(rows, names):
    missing = []
    for name in names:
        if not any(str(r[0]).strip().lower() == name.lower() and r[1] > 0 for r in rows):
            missing.append(name)
    return missing
"""


def test_any_over_an_equality_walks_only_the_items_with_an_equal_key() -> None:
    new = rewrite(index_repeated_filters, ANY)
    assert new is not None
    # a key that calls `str`
    assert "(rows_by_key.get(name.lower(), ()) if rows_by_key else ())))" in new
    for case in [([(" A", 1), ("b", 0), ("a", 0)], ["a", "B", "c"]), ([], ["a"]), ([("a", 1)], []),
                 ([(1, 1)], ["1"])]:
        assert run(new, *copy.deepcopy(case)) == run(ANY, *copy.deepcopy(case))


@pytest.mark.parametrize("change", [
    ("not any(", "not all("),                       # an item whose test is false decides `all`
    ("== name.lower()", "!= name.lower()"),
    ("if not any(", "if not max("),
])
def test_other_consumers_of_an_unfiltered_generator_are_left_alone(change: tuple[str, str]) -> None:
    assert rewrite(index_repeated_filters, ANY.replace(*change)) is None


GRID = """
def f(rows, names, days):
    out = []
    for name in names:
        for day in days:
            hits = [r[2] for r in rows if r[0] == name and r[1] == day and r[2] >= 0]
            out.append((name, day, hits))
    return out
"""


def test_leading_equalities_together_file_by_the_tuple_of_their_keys() -> None:
    new = rewrite(index_repeated_filters, GRID)
    assert new is not None
    assert "rows_by_key.setdefault((r2[0], r2[1]), [])" in new
    assert "rows_by_key.get((name, day), ())) if r[0] == name and r[1] == day and r[2] >= 0" in new
    rng = random.Random(9)
    rows = [(rng.choice("ab"), rng.randint(0, 3), rng.randint(-2, 9)) for _ in range(60)]
    alike = [(1, 2, 0), (1.0, 2.0, 1), (True, 2, 2), (float("nan"), 2, 3)]
    for case in [(rows, ["a", "b", "z"], [0, 1, 3, 7]), ([], ["a"], [1]), (alike, [1, float("nan")], [2, 2.0])]:
        assert run(new, *copy.deepcopy(case)) == run(GRID, *copy.deepcopy(case))


LEDGER = """
def f(invoices, payments):
    paid = []
    for payment in payments:
        paid.append([n for c, n in invoices if c == payment["customer"]])
    return paid
"""


def outcome(source: str, *args: object) -> object:
    try:
        return run(source, *copy.deepcopy(args))
    except Exception as error:
        return type(error).__name__


def test_a_probe_that_may_raise_is_worked_out_only_where_the_filter_met_an_item() -> None:
    new = rewrite(index_repeated_filters, LEDGER)
    assert new is not None
    assert 'invoices_by_key.get(payment["customer"], ()) if invoices_by_key else ()' in new
    for case in [([], [{"amount": 5}]), ([("a", 1)], [{"amount": 5}]), ([("a", 1), ("b", 2)], [{"customer": "b"}]),
                 ([], [])]:
        assert outcome(new, *case) == outcome(LEDGER, *case)
    # a later probe is worked out only for items whose earlier keys matched: filed by the first key alone
    both = LEDGER.replace('if c == payment["customer"]', 'if c == payment["customer"] and n == payment["n"]')
    new = rewrite(index_repeated_filters, both)
    assert new is not None
    assert 'invoices_by_key.get(payment["customer"], ()) if invoices_by_key else ()' in new
    for case in [([("a", 1)], [{"customer": "b"}]), ([("a", 1)], [{"customer": "a", "n": 1}]), ([("a", 1)], [{}])]:
        assert outcome(new, *case) == outcome(both, *case)


def test_keys_that_cannot_be_hashed_leave_the_filters_walking_the_whole_collection() -> None:
    source = REPORT.split("        big =")[0] + "        out[str(name)] = total\n    return out\n"
    new = rewrite(index_repeated_filters, source)
    assert new is not None
    rows = [(["a"], 1, 0), ("a", 2, 1), (["a"], 3, 2)]  # lists, as loaded from JSON
    for names in ([["a"], "a"], []):
        assert run(new, copy.deepcopy(rows), names, 0) == run(source, copy.deepcopy(rows), names, 0)
    broken = [("a", 1, 0), 5]  # an item that cannot be indexed: the filter raises where it meets it
    for each in (new, source):
        with pytest.raises(TypeError, match="not subscriptable"):
            run(each, broken, ["a"], 0)


PAIRS = """
def f(baskets, items, least):
    found = []
    for i, first in enumerate(items):
        for second in items[i + 1:]:
            both = sum(1 for basket in baskets if first in basket and second in basket)
            if both >= least:
                found.append((first, second, both))
    return found
"""


def test_a_membership_filter_walks_only_the_collections_holding_the_probe() -> None:
    new = rewrite(index_repeated_filters, PAIRS)
    assert new is not None
    assert "baskets_by_key.get(first, ()) if type(first) in (int, str, float, bool, bytes, type(None)) " \
           "else baskets" in new
    rng = random.Random(11)
    nan = float("nan")
    for _ in range(150):
        pool: list[object] = ["a", "b", "c", 1, 1.0, True, 0, nan, None, b"a"]
        baskets: list[object] = []
        for _ in range(rng.randint(0, 12)):
            basket = rng.sample(pool, rng.randint(0, 4)) + rng.sample(pool, rng.randint(0, 2))
            baskets.append(rng.choice([list, tuple, set, frozenset, dict.fromkeys])(basket))
        if rng.random() < 0.1:
            baskets.append("abc")  # a text: `in` finds substrings, so the whole collection is walked
        if rng.random() < 0.1:
            baskets.append([["a"], "b"])  # a member that is no plain value
        items = rng.sample([*pool, "ab", ["a"]], rng.randint(0, 5))
        least = rng.randint(0, 2)
        assert outcome(new, baskets, items, least) == outcome(PAIRS, baskets, items, least)


@pytest.mark.parametrize("change", [
    ("if first in basket and", "if first not in basket and"),
    ("if first in basket and", "if basket in first and"),
    ("if first in basket and", "if first in baskets[0] and"),
])
def test_membership_filters_an_index_would_not_answer_the_same_are_left_alone(change: tuple[str, str]) -> None:
    assert change[0] in PAIRS
    assert rewrite(index_repeated_filters, PAIRS.replace(*change)) is None
