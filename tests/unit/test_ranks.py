"""Recipe count-by-bisect: counting on every pass of a loop the items below a value → the keys sorted
once, each count a binary search, where the keys have a total order."""

from __future__ import annotations

import random

import pytest

from wattlens.optimize.ranks import count_by_bisect

from .recipe_outcomes import rewrite, same_behaviour

PLACES = """
def f(finishers):
    for runner in finishers:
        runner["place"] = 1 + sum(1 for other in finishers if other["net"] < runner["net"])
        runner["label"] = str(runner["net"])
    return finishers
"""


def runners(*nets: object) -> tuple[list[dict[str, object]]]:
    return ([{"net": net} for net in nets],)


def test_places_counted_by_comparing_every_pair_come_from_one_sorted_list() -> None:
    new = rewrite(count_by_bisect, PLACES)
    assert new is not None
    assert 'finishers_net_sorted = [other2["net"] for other2 in finishers]' in new
    assert "bisect.bisect_left(finishers_net_sorted, wanted)" in new
    assert 'runner["place"] = 1 + finishers_net_counted(lambda: runner["net"])' in new
    rng = random.Random(7)
    cases = [runners(*(rng.randint(0, 50) for _ in range(40))), runners(), runners(3), runners(2, 2.0, 1, -0.0, 0),
             runners(float("nan"), 1, 2), runners(1, "a"), runners("b", "a", "b"), runners(True, 1, 0),
             runners(float("inf"), 1e308, 3), runners(None, 1), (["x"],)]
    same_behaviour(PLACES, new, cases, prelude="import bisect\n")


@pytest.mark.parametrize("test", ["other['net'] <= runner['net']", "other['net'] > runner['net']",
                                  "other['net'] >= runner['net']", "runner['net'] < other['net']",
                                  "runner['net'] >= other['net']"])
def test_each_comparison_either_way_round_counts_the_same(test: str) -> None:
    source = PLACES.replace('other["net"] < runner["net"]', test)
    new = rewrite(count_by_bisect, source)
    assert new is not None
    cases = [runners(3, 1, 2, 2, 5, 1.5), runners(2), runners(), runners("b", "a", "b", "c"), runners(1, "a")]
    same_behaviour(source, new, cases, prelude="import bisect\n")


class Later:
    """Compares with anything, answering 2: a count of tests and a sum of them differ."""

    def __lt__(self, other: object) -> int:
        return 2

    def __gt__(self, other: object) -> int:
        return 2

    def __repr__(self) -> str:
        return "Later()"


@pytest.mark.parametrize("count", ['len([other for other in finishers if other["net"] < runner["net"]])',
                                   'len([1 for other in finishers if runner["net"] > other["net"]])',
                                   'sum(other["net"] < runner["net"] for other in finishers)'])
def test_a_list_of_the_passing_items_measured_or_the_tests_summed_count_alike(count: str) -> None:
    source = PLACES.replace('sum(1 for other in finishers if other["net"] < runner["net"])', count)
    new = rewrite(count_by_bisect, source)
    assert new is not None and "bisect.bisect_" in new
    # Not a plain order: counted as written (a sum of tests adds what each test answers).
    fallback = new.split("return ", 3)[-1]
    assert fallback.startswith(count.split("(", 1)[0]) and "probe()" in fallback
    cases = [runners(3, 1, 2, 2, 5), runners(), runners(2), runners("b", "a"), runners(1, None),
             runners(Later(), Later())]
    same_behaviour(source, new, cases, prelude="import bisect\n")


@pytest.mark.parametrize("change", [
    ('runner["label"] = str(runner["net"])', 'runner["net"] = 0'),  # the loop changes what the key reads
    ('runner["label"] = str(runner["net"])', "finishers.append(runner)"),  # the collection grows
    ('runner["label"] = str(runner["net"])', 'runner[runner["label"]] = 0'),  # an item it cannot name
    ('other["net"] < runner["net"]', 'other["net"] < other["bib"]'),  # the probe reads the item
    ('other["net"] < runner["net"]', 'other["net"] != runner["net"]'),  # not an order
    ("sum(1 for other", "sum(2 for other"),
])
def test_counts_the_sorted_keys_would_not_answer_alike_are_left_alone(change: tuple[str, str]) -> None:
    assert rewrite(count_by_bisect, PLACES.replace(*change)) is None
