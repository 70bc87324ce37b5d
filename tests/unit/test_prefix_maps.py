"""Recipe prefix-items-kept: a list made again on every pass from a growing prefix of a sequence → the
items kept from pass to pass, each worked out once, and the prefix copied out of them."""

from __future__ import annotations

import random

import pytest

from wattlens.optimize.prefix_maps import keep_prefix_maps

from .recipe_outcomes import outcome, rewrite

CHART = """
def f(groups, limit):
    points = []
    for index, values in enumerate(groups):
        means = [sum(group) / len(group) for group in groups[: index + 1]]
        points.append((round(means[-1], 3), sum(1 for mean in means if mean > limit), len(means)))
        means.append(0)
    return points
"""

HISTORY = """
def f(players, rounds, least):
    found = {}
    for player in players:
        own = [score for name, score in rounds if name == player]
        entries = []
        for count in range(1, len(own) + 1):
            best = [abs(score) * 2 for score in own[:count]]
            entries.append(min(best) if len(best) >= least else None)
        found[player] = entries
    return found
"""


@pytest.mark.parametrize("seed", range(5))
def test_the_items_of_a_growing_prefix_are_kept_and_the_prefix_copied_out(seed: int) -> None:
    new = rewrite(keep_prefix_maps, CHART)
    assert new is not None
    assert "means_kept = []" in new
    assert "means_kept.extend(sum(group) / len(group) for group in groups[len(means_kept):index + 1])" in new
    rng = random.Random(seed)
    groups: list[object] = [[rng.randint(0, 9) for _ in range(rng.randint(1, 3))] for _ in range(seed * 8)]
    if seed == 3:
        groups.insert(4, [])  # an item that raises, as it did
    assert outcome(new, groups, 4) == outcome(CHART, groups, 4)
    assert outcome(new, tuple(groups), 4) == outcome(CHART, tuple(groups), 4)


def test_a_prefix_in_an_inner_loop_starts_afresh_with_each_pass_of_the_outer_one() -> None:
    new = rewrite(keep_prefix_maps, HISTORY)
    assert new is not None
    rng = random.Random(2)
    rounds = [(rng.choice("abc"), rng.randint(-9, 9)) for _ in range(40)]
    players = ["a", "b", "z", "a"]
    for least in (0, 3):
        assert outcome(new, players, rounds, least) == outcome(HISTORY, players, rounds, least)


def test_a_list_a_pure_helper_hands_back_may_be_filled_in_beside_it() -> None:
    source = CHART.replace("    points = []\n", "    points = []\n    extra = new_list()\n").replace(
        "        means.append(0)\n", "        extra.append(0)\n")
    assert rewrite(keep_prefix_maps, source) is None  # `new_list` is unknown here: it could hand out anything


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("for group in groups[: index + 1]]", "for group in groups[: index + 1] if group]"), "a condition"),
        (("for group in groups[: index + 1]]", "for group in groups[1: index + 1]]"), "not from the start"),
        (("        means.append(0)\n", "        groups.append([1])\n"), "the sequence grows in the loop"),
        (("        means.append(0)\n", "        values.append(1)\n"), "an item changes in the loop"),
        (("sum(group) / len(group)", "print(group)"), "an item that is not worked out purely"),
    ],
)
def test_left_alone(change: tuple[str, str], why: str) -> None:
    assert change[0] in CHART
    assert rewrite(keep_prefix_maps, CHART.replace(*change)) is None, why
