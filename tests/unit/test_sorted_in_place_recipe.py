"""The sort-skipped-while-sorted recipe: a list sorted in place on every pass of a loop that only takes items
out of it is sorted again only until a sort is seen to leave keys that order totally and cannot change.  The
rewrites it makes, that the rewritten function answers like the original (results, exceptions with their
messages, the list afterwards) on many inputs, ties, NaN, None and keys that do not compare included, and
the shapes it must leave alone."""

from __future__ import annotations

import datetime
import random

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import rewrite, same_behaviour, stdlib_functions
from wattlens.optimize.recipes import RECIPES
from wattlens.optimize.sorted_in_place import skip_sorted_resorts

# holdout24/swim_heats's shape: the fastest first, those without a time last, ties in entry order.
HEATS = """
def f(entries, sizes):
    remaining = list(entries)
    heats = []
    for size in sizes:
        heat = []
        for lane in range(size):
            remaining.sort(key=lambda e: (e[1] is None, e[1] if e[1] is not None else 0))
            heat.append((lane, remaining.pop(0)))
        heat.sort(key=lambda pair: -pair[0])
        heats.append(heat)
    return heats, remaining
"""


def applied(source: str) -> str:
    new = rewrite(skip_sorted_resorts, source)
    assert new is not None, source
    compile(new, "<rewrite>", "exec")
    assert rewrite(skip_sorted_resorts, new) is None
    return new


def heat_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    times: list[list[object]] = [
        [61.5, 62.0, 59.99, None], [60, 60.0, True, 1, None], [0.0, -0.0, 1.5], [float("nan"), 1.0, 2.0, None],
        [1, "a", None], [3, 1, 2, 1, 3], [(1, 2), (1, "a")], [float("inf"), -float("inf"), 5],
    ]
    cases: list[tuple[object, ...]] = [([], []), ([], [1]), ([("a", 1)], [1, 1]), ([("a", None), ("b", 2)], [2])]
    for _ in range(300):
        pool = rng.choice(times)
        entries = [(f"s{i}", rng.choice(pool)) for i in range(rng.choice([0, 1, 3, 8, 30]))]
        sizes = [rng.choice([0, 1, 2, 4, 8]) for _ in range(rng.choice([0, 1, 3, 6]))]
        cases.append((entries, sizes))
    return cases


def test_heats_seeded_by_resorting_sort_until_the_list_stays_sorted() -> None:
    new = applied(HEATS)
    assert "    remaining_sorted = False\n" in new
    assert "            if not remaining_sorted:\n                remaining.sort(key=lambda e:" in new
    assert "                if remaining_sorted is False:\n                    remaining_sorted = all(" in new
    same_behaviour(HEATS, new, heat_cases(1))


RECORDS = """
def f(records, n):
    pending = [r for r in records if r]
    done = []
    while pending and len(done) < n:
        pending.sort(key=lambda r: r["due"], reverse=True)
        done.append(pending.pop()["name"])
        if len(pending) > 3:
            del pending[0]
    return done, pending
"""


def test_mutable_records_the_loop_leaves_alone_are_kept_sorted() -> None:
    new = applied(RECORDS)
    rng = random.Random(2)
    cases: list[tuple[object, ...]] = []
    for _ in range(200):
        dues = rng.choice([[1, 2, 3], [1, 1.0, 2.5], [float("nan"), 1], ["a", "b"], [1, "a"], [None, None]])
        records = [{"name": f"r{i}", "due": rng.choice(dues)} for i in range(rng.choice([0, 1, 5, 20]))]
        cases.append((records, rng.choice([0, 2, 50])))
    cases.append(([{"name": "x"}, {"name": "y", "due": 1}], 3))  # the key raises, as it did
    same_behaviour(RECORDS, new, cases)


PLAIN = """
def f(values, picks, log):
    pool = list(values)
    out = []
    for pick in picks:
        pool.sort()
        if pick in pool:
            pool.remove(pick)
        elif pool:
            out.append(pool.pop(0))
        log.append(len(pool))
    return out, pool, log
"""


def test_without_a_key_any_call_may_run_as_items_that_order_totally_cannot_change() -> None:
    new = applied(PLAIN)
    rng = random.Random(3)
    nan = float("nan")  # one object, found by `in` (identity), whose removal from the middle unsorts the list
    pools: list[list[object]] = [[1, 1.0, True, 2, 0.5], [3, "a"], [(1, "a"), (1, "b"), (0, "z")],
                                 [nan, 1.0, 0.0, 2.0], [b"a", b"b"], [[1], [0]]]
    cases = [([rng.choice(p) for _ in range(rng.choice([0, 2, 9, 40]))], [rng.choice([0, 1, 2, "a", nan]) for _ in
              range(rng.choice([0, 3, 30]))], []) for p in pools for _ in range(40)]
    cases.append(([1.0, nan, 0.0], [nan, 5], []))  # sorted leaves [1.0, nan, 0.0]; without nan it sorts again
    same_behaviour(PLAIN, new, cases)


# holdout25/allotment_offers's shape: applicants join the waiting list, which is sorted for every vacancy.
WAITING = """
def f(applicants, vacancies):
    pending = sorted(applicants, key=lambda a: a[1])
    waiting = []
    offers = []
    at = 0
    for day, size in vacancies:
        while at < len(pending) and pending[at][1] <= day:
            waiting.append(pending[at])
            at += 1
        waiting.sort(key=lambda a: (a[2], a[1], a[0]))
        for position, applicant in enumerate(waiting):
            if applicant[3] >= size:
                del waiting[position]
                offers.append((day, applicant[0]))
                break
        else:
            offers.append((day, None))
    return offers, waiting
"""


def test_items_put_in_before_each_sort_are_sorted_in() -> None:
    new = applied(WAITING)
    assert "            if waiting_sorted:\n                bisect.insort(waiting, waiting_item, key=lambda a:" in new
    rng = random.Random(6)
    day = datetime.date(2020, 1, 1)
    cases: list[tuple[object, ...]] = [([], []), ([("a", day, True, 3)], [(day, 1), (day, 1), (day, 1)])]
    for _ in range(150):
        ranks = rng.choice([[True, False], [0, 1, 2], [0.5, float("nan"), 1.5], [1, "a"], [None]])
        joined = rng.choice([[day + datetime.timedelta(days=n) for n in range(10)], list(range(10)),
                             [datetime.datetime(2020, 1, 1), day]])
        applicants = [(f"a{i}", rng.choice(joined[:-1] if joined[-1] is day else joined), rng.choice(ranks),
                       rng.randrange(4)) for i in range(rng.choice([0, 1, 5, 30]))]
        if joined[-1] is day:
            applicants.append(("mixed", day, ranks[0], 0))  # a date among datetimes: the sort raises
        vacancies = sorted((rng.choice(joined[:-1] if joined[-1] is day else joined), rng.randrange(4))
                           for _ in range(rng.choice([0, 2, 10, 40])))
        cases.append((applicants, vacancies))
    same_behaviour(WAITING, new, cases, prelude="import bisect\n")


# holdout32/surgery_waitlist's shape: referrals join, then a session is filled by sorting the waiting list
# again before each booking, in a `while True:` loop a statement after the joining loop.
SESSIONS = """
def f(referrals, sessions):
    pending = sorted(referrals, key=lambda r: r[1])
    waiting = []
    booked = []
    joined = 0
    for day, minutes in sessions:
        while joined < len(pending) and pending[joined][1] <= day:
            waiting.append(pending[joined])
            joined += 1
        remaining = minutes
        while True:
            waiting.sort(key=lambda r: (r[2], r[1], r[0]))
            for position, referral in enumerate(waiting):
                if referral[3] <= remaining:
                    break
            else:
                break
            del waiting[position]
            remaining -= referral[3]
            booked.append((day, referral[0]))
    return booked, waiting
"""


def test_items_put_in_before_a_loop_that_starts_by_sorting_are_sorted_in() -> None:
    new = applied(SESSIONS)
    assert "            if waiting_sorted:\n                bisect.insort(waiting, waiting_item, key=lambda r:" in new
    assert "        while True:\n            if not waiting_sorted:\n" in new
    rng = random.Random(32)
    cases: list[tuple[object, ...]] = [([], []), ([("a", 1, 1, 30)], [(1, 20), (2, 40), (3, 40)])]
    for _ in range(150):
        ranks = rng.choice([[1, 2, 3], [0.5, float("nan")], [1, "a"], [None], [True, False]])
        referrals = [(f"r{i}", rng.randrange(10), rng.choice(ranks), rng.choice([30, 45, 60, 90]))
                     for i in range(rng.choice([0, 1, 5, 30]))]
        sessions = sorted((rng.randrange(10), rng.choice([0, 60, 240])) for _ in range(rng.choice([0, 2, 10])))
        cases.append((referrals, sessions))
    same_behaviour(SESSIONS, new, cases, prelude="import bisect\n")


@pytest.mark.parametrize("source", [
    SESSIONS.replace("        remaining = minutes\n", "        remaining = minutes + len(waiting)\n"),
    SESSIONS.replace("        while True:\n", "        while remaining:\n"),
    SESSIONS.replace("        remaining = minutes\n", "        remaining = minutes\n        if not minutes:\n"
                     "            continue\n"),
    SESSIONS.replace("        while True:\n            waiting.sort",
                     "        while True:\n            remaining += 0\n            waiting.sort"),
])
def test_sorts_after_other_statements_left_alone(source: str) -> None:
    compile(source, "<case>", "exec")
    assert rewrite(skip_sorted_resorts, source) is None, source


@pytest.mark.parametrize("source", [
    WAITING.replace("            at += 1\n", "            at += 1\n        offers.append(waiting[-1:])\n"),
    *(WAITING.replace("        while at < len", "        if at < len").replace(
        "            at += 1\n", f"            at += 1\n            {jump}\n") for jump in ("continue", "break")),
    WAITING.replace("            at += 1\n", "            at += 1\n            if at > 3:\n                return 0\n"),
    WAITING.replace("            at += 1\n", "            at += 1\n            offers.append(waiting[0])\n"),
    WAITING.replace("    for day, size in vacancies:\n",
                    "    for day, size in vacancies:\n      try:\n").replace("\n        ", "\n          ").replace(
                        "    return offers", "      except ValueError:\n        pass\n    return offers"),
    WAITING.replace("            waiting.append(pending[at])\n", "            waiting.append(pending[at])\n"
                    "            pending[at] = None\n"),
])
def test_puts_left_alone(source: str) -> None:
    compile(source, "<case>", "exec")
    assert rewrite(skip_sorted_resorts, source) is None, source


def loop(inside: str = "", before: str = "", key: str = "lambda v: v[0]", params: str = "items, n") -> str:
    return (f"def f({params}):\n    pool = list(items)\n    out = []\n{before}    for _ in range(n):\n"
            f"        pool.sort(key={key})\n        out.append(pool.pop(0))\n{inside}    return out, pool\n")


@pytest.mark.parametrize("source", [
    loop(inside="        pool.append((1,))\n"),
    loop(inside="        pool.insert(0, (1,))\n"),
    loop(inside="        pool[0] = (1,)\n"),
    loop(inside="        pool.reverse()\n"),
    loop(inside="        pool.sort(key=lambda v: -v[0])\n"),
    loop(inside="        pool.sort()\n"),
    loop(inside="        pool = pool[1:]\n"),
    loop(inside="        keep = pool\n"),
    loop(inside="        print(pool)\n"),
    loop(inside="        g = lambda: pool.pop()\n"),
    loop(inside="        out[-1].append(1)\n"),
    loop(inside="        out[-1][0] = 1\n"),
    loop(inside="        print(out[-1])\n"),
    loop(key="rank", params="items, n, rank"),
    loop(key="lambda v: v[0] - step", before="    step = 0\n", inside="        step += 1\n"),
    loop(key="lambda v: weights[v]", before="    weights = {}\n", inside="        weights[out[-1]] = 1\n"),
    loop(key="lambda v: v[0] + bump()", params="items, n, bump"),
    loop(before="    keep(pool)\n", params="items, n, keep"),
    loop(before="    alias = pool\n"),
    loop().replace("    pool = ", "    global pool\n    pool = ", 1),
    loop(key="lambda v: v[0] + offset").replace("    pool = ", "    global offset\n    pool = ", 1),
    loop(before="    map = list\n"),
])
def test_left_alone(source: str) -> None:
    assert rewrite(skip_sorted_resorts, loop()) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(skip_sorted_resorts, source) is None, source


def test_the_bare_shape_answers_as_before() -> None:
    original = loop()
    new = applied(original)
    rng = random.Random(4)
    firsts: list[list[object]] = [[1, 1.0, True, 2], [3, "a"], [float("nan"), 1.0], [None, 1]]
    cases = [([(rng.choice(p), i) for i in range(rng.choice([0, 2, 9, 40]))], rng.choice([0, 3, 50]))
             for p in firsts for _ in range(40)]
    same_behaviour(original, new, cases)


def test_the_recipe_is_registered() -> None:
    assert "sort-skipped-while-sorted" in [recipe.name for recipe in RECIPES]


@pytest.mark.parametrize("module", ["difflib", "heapq", "textwrap", "tokenize", "graphlib", "argparse", "sched"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = skip_sorted_resorts(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), f"<{module}.{function.name.value}>", "exec")
