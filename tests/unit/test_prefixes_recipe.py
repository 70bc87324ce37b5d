"""The items a loop over `enumerate(items)` has reached, filtered by a key on every pass → filed
by that key as the filters first need them."""

from __future__ import annotations

import random

import pytest

from wattlens.optimize.prefixes import index_prefix_filters

from .recipe_outcomes import outcome, rewrite

YTD = """
def f(slips):
    out = []
    for n, slip in enumerate(slips):
        history = [e for e in slips[: n + 1] if e["who"] == slip["who"]]
        before = sum(amount for who, amount in slips[:n] if who == slip["who"])
        out.append((sum(e["amount"] for e in history), len(history), before))
    return out
"""


def slips(seed: int, count: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    people: list[object] = ["a", "b", "c", 1, 1.0, True]  # 1, 1.0 and True are equal keys
    return [{"who": rng.choice(people), "amount": rng.randint(-5, 50)} for _ in range(count)]


@pytest.mark.parametrize("seed", range(6))
def test_each_filter_walks_only_the_items_reached_with_its_key_in_order(seed: int) -> None:
    source = YTD.replace('for who, amount in slips[:n] if who == slip["who"]',
                         'for e in slips[:n] if e["who"] == slip["who"]').replace("sum(amount", 'sum(e["amount"]')
    new = rewrite(index_prefix_filters, source)
    assert new is not None
    # [:n + 1] and [:n] each get an index of their own
    assert "while slips_by_who_filed is not None and slips_by_who_filed < n + 1:" in new
    assert "while slips_by_who2_filed is not None and slips_by_who2_filed < n:" in new
    assert 'for e in (slips[: n + 1] if slips_by_who_filed is None else slips_by_who.get(slip["who"], ()))' in new
    assert '(slips_by_who2.get(slip["who"], ()) if slips_by_who2 else ())' in new  # nothing reached yet
    args = (slips(seed, seed * 40),)
    assert outcome(new, *args) == outcome(source, *args)


PAIRS = """
def f(pairs):
    out = []
    for n, (who, amount) in enumerate(pairs):
        out.append(sum(paid for other, paid in pairs[:n] if other == who))
    return out
"""


def test_an_unpacking_filter_files_whole_items() -> None:
    new = rewrite(index_prefix_filters, PAIRS)
    assert new is not None
    assert "other2, paid2 = entry" in new
    assert "pairs_by_key.setdefault(other2, []).append(entry)" in new
    args = ([(s["who"], s["amount"]) for s in slips(3, 150)],)
    assert outcome(new, *args) == outcome(PAIRS, *args)


def test_a_key_that_raises_raises_on_the_same_pass() -> None:
    new = rewrite(index_prefix_filters, YTD)
    assert new is not None
    broken = slips(1, 30)
    broken[17] = {"amount": 3}
    assert outcome(new, broken).startswith("KeyError")
    assert outcome(new, broken) == outcome(YTD, broken)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("enumerate(slips)", "enumerate(slips, 1)"), "positions that do not start at 0"),
        (("slips[: n + 1]", "slips[: n + 2]"), "a prefix past the item reached"),
        (("slips[: n + 1]", "slips[1 : n + 1]"), "not a prefix"),
        (("        out.append(", "        n -= 1\n        out.append("), "a position the loop changes"),
        (("        out.append(", "        slips.append(slip)\n        out.append("), "items the loop adds to"),
        (("        out.append(", "        slip[\"who\"] = 0\n        out.append("), "an item the loop changes"),
        (("        out.append(", "        history[0][\"who\"] = 0\n        out.append("), "a found item changed"),
        (("history = [e for", "history = out and [e for"), "a filter that may not run"),
        (('if e["who"] == slip["who"]]', 'if e["amount"] > 3 and e["who"] == slip["who"]]'), "no leading equality"),
    ],
)
def test_left_alone(change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in YTD
    # (the other filter walks the whole of `slips`: only the one changed could qualify)
    source = YTD.replace(old, new).replace("in slips[:n] if who", "in slips if who")
    assert rewrite(index_prefix_filters, source) is None, why


BY_POSITION = """
def f(slips):
    out = []
    for n in range(len(slips)):
        slip = slips[n]
        out.append(len([e for e in slips[:n] if e["who"] == slip["who"]]))
    return out
"""


def test_a_loop_over_the_positions_walks_the_prefix_too() -> None:
    new = rewrite(index_prefix_filters, BY_POSITION)
    assert new is not None and "while slips_by_who_filed is not None and slips_by_who_filed < n:" in new
    args = (slips(4, 120),)
    assert outcome(new, *args) == outcome(BY_POSITION, *args)
    changed = BY_POSITION.replace("        out.append(", "        slip[\"who\"] = 1\n        out.append(")
    assert rewrite(index_prefix_filters, changed) is None  # an item changed through the name it is read into


def test_keys_that_cannot_be_filed_leave_the_filters_walking_the_prefix() -> None:
    source = YTD.replace("before = sum(amount for who, amount in slips[:n]", "before = sum(1 for who, amount in slips")
    new = rewrite(index_prefix_filters, source)
    assert new is not None
    unhashable = [{"who": ["a"], "amount": 1}, {"who": "a", "amount": 2}, {"who": ["a"], "amount": 3}]
    assert outcome(new, unhashable) == outcome(source, unhashable)
    broken = [{"who": "a", "amount": 1}, 5]  # an item that cannot be indexed: the filter raises where it meets it
    assert outcome(new, broken).startswith("TypeError") and outcome(new, broken) == outcome(source, broken)
