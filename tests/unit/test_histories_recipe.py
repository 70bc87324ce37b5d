"""A history the loop appends tuples to and filters by one of their fields on every pass → filed
by that field as it grows."""

from __future__ import annotations

import random

import pytest

from wattlens.optimize.histories import index_growing_history

from .recipe_outcomes import outcome, rewrite

CAPS = """
def f(taps, cap):
    charged_all = []
    history = []
    for card, day, fare in taps:
        spent = sum(paid for other, when, paid in history if other == card and when == day)
        seen = [when for other, when, _ in history if card == other]
        paid = max(0, min(fare, cap - spent))
        history.append((card, day, paid))
        charged_all.append((paid, len(seen)))
    return charged_all
"""


def taps(seed: int, count: int) -> list[tuple[object, int, float]]:
    rng = random.Random(seed)
    cards: list[object] = ["a", "b", "c", 1, 1.0, True, (2, 3)]  # 1, 1.0 and True are equal keys
    return [(rng.choice(cards), rng.randint(1, 4), rng.choice([0.1, 0.7, 2.5, 3])) for _ in range(count)]


@pytest.mark.parametrize("seed", range(6))
def test_each_filter_walks_only_the_entries_filed_under_its_value_in_order(seed: int) -> None:
    new = rewrite(index_growing_history, CAPS)
    assert new is not None
    assert "history_by_other = {}" in new
    assert "in history_by_other.get(card, ()) if other == card and when == day)" in new
    assert "in history_by_other.get(card, ()) if card == other]" in new
    assert "history_by_other.setdefault(history[-1][0], []).append(history[-1])" in new
    args = (taps(seed, seed * 40), 4)
    assert outcome(new, *args) == outcome(CAPS, *args)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("history.append((card, day, paid))", "history.append([card, day, paid])"), "an entry that can change"),
        (("history.append((card, day, paid))", "history.append((card, day, paid, 0))"), "entries of another size"),
        (("history.append((card, day, paid))", "history.append((card, day, paid))\n        history.sort()"),
         "another use of the history"),
        (("if card == other]", "if when == day]"), "filters asking for different positions"),
        (("if other == card and when == day", "if when == day and other == card"), "the equality not first"),
        (("if other == card and when == day", "if other == card.lower() and when == day"), "a value not simple"),
        (("if other == card and when == day", "if other == when"), "a value read from the entry itself"),
        (("spent = sum(paid for", "spent = sum(*[paid for"), "..."),
        (("    history = []", "    history = [(0, 0, 0)]"), "a history that does not start empty"),
        (("    return charged_all", "    return charged_all, lambda: history"), "a closure over the history"),
    ],
)
def test_left_alone(change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in CAPS
    source = CAPS.replace(old, new)
    if why == "...":  # a generator kept for later may ask for a value changed since
        source = CAPS.replace("spent = sum(paid for other, when, paid in history if other == card and when == day)",
                              "kept = (paid for other, when, paid in history if other == card)\n"
                              "        card = None\n        spent = sum(kept)")
    assert rewrite(index_growing_history, source) is None, why
