"""The rank-counts-by-bisect recipe: a loop counting, for every item of an outer loop, the items of its group
below, level with or above it is answered from the group's sorted keys; the rewrite answers like the original
(ties, the item itself skipped or standing twice, mixed ints and floats, NaN, bools, texts, keys that raise,
groups that are not lists or tuples), and the shapes it must leave alone are left alone."""

from __future__ import annotations

import collections
import random
from types import SimpleNamespace

from tests.unit.recipe_outcomes import outcome, rewrite
from wattlens.optimize import rank_loops
from wattlens.optimize.rank_loops import count_ranks_by_bisect

BOARDS = '''
def f(results):
    by_board = {}
    for result in results:
        by_board.setdefault(result[0], []).append(result)
    scored = []
    for result in results:
        field = by_board[result[0]]
        points = 0
        for other in field:
            if other is result:
                continue
            if result[1] > other[1]:
                points += 2
            elif result[1] == other[1]:
                points += 1
        scored.append((result, points, 2 * (len(field) - 1)))
    return scored
'''

PLACES = '''
def f(runners, groups):
    out = []
    for runner in runners:
        ahead = level = 0
        behind = 0
        for other in groups[runner.group]:
            if other.time < runner.time:
                ahead += 1
            elif other.time > runner.time:
                behind += 1
            else:
                level -= 1
        out.append((runner.name, ahead, level, behind))
    return out
'''

PRELUDE = "import bisect\n" + "".join(rank_loops.companions(None))  # type: ignore[arg-type]  # (not needed)


def test_a_matchpoint_count_is_made_by_bisection_and_answers_alike() -> None:
    new = rewrite(count_ranks_by_bisect, BOARDS)
    assert new is not None and "_ranked_keys(field, lambda other: other[1], field_ranks)" in new
    assert "points += 2 * below + level" in new
    for seed in range(300):
        rng = random.Random(seed)
        pool = rng.choice([[1, 2, 2, 3, -4, 10**20], [1.5, 2, 2.0, -0.5, 1e300],
                           [1, 1.0, True, float("nan"), 2], [1, "a", 2]])
        made = [(rng.randrange(3), rng.choice(pool)) for _ in range(rng.randrange(12))]
        results = made + [rng.choice(made) for _ in range(rng.randrange(3)) if made]  # the same tuple twice
        args = (results if rng.random() < 0.9 else tuple(results),)
        assert outcome(new, *args, prelude=PRELUDE) == outcome(BOARDS, *args), args


def test_counters_started_together_and_an_else_branch_answer_alike() -> None:
    new = rewrite(count_ranks_by_bisect, PLACES)
    assert new is not None and "ahead += below" in new and "level += -level2" in new
    for seed in range(300):
        assert outcome(new, *_runners(seed), prelude=PRELUDE) == outcome(PLACES, *_runners(seed)), seed


def _runners(seed: int) -> tuple[list[SimpleNamespace], dict[int, object]]:
    """Runners and their groups (a list, a tuple, or a deque counted as written), made afresh
    for each call."""
    rng = random.Random(seed)
    pool = rng.choice([[1, 2, 2, 5], [0.5, 0.5, 2.0, 3], [1, float("nan")], [1, None]])
    runners = [SimpleNamespace(name=f"r{i}", group=rng.randrange(2), time=rng.choice(pool))
               for i in range(rng.randrange(10))]
    groups: dict[int, object] = {0: [r for r in runners if r.group == 0],
                                 1: tuple(r for r in runners if r.group == 1)}
    if rng.random() < 0.2:
        groups[1] = collections.deque(r for r in runners if r.group == 1)
    if rng.random() < 0.1 and runners:
        del runners[0].time  # a key that raises where the loop reads it
    return runners, groups


def test_shapes_left_alone() -> None:
    appended = "scored.append((result, points"
    changed_group = BOARDS.replace(appended, "field.append(result)\n        " + appended)
    probe_reads_counter = BOARDS.replace("result[1] > other[1]", "points > other[1]")
    item_read_after = BOARDS.replace(appended, "scored.append((other, points")
    attribute_written = PLACES.replace("out.append(", "runner.time = 0\n        out.append(")
    float_counter = BOARDS.replace("points = 0", "points = 0.0")
    group_made_each_pass = BOARDS.replace("field = by_board[result[0]]",
                                          "field = [r for r in results if r[0] == result[0]]")
    two_statements = BOARDS.replace("points += 1", "points += 1\n            print(other)")
    not_nested = '''
def f(field, result):
    points = 0
    for other in field:
        if result > other:
            points += 1
    return points
'''
    for source in (changed_group, probe_reads_counter, item_read_after, attribute_written, float_counter,
                   group_made_each_pass, two_statements, not_nested):
        assert rewrite(count_ranks_by_bisect, source) is None, source
