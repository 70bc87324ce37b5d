"""The dict-of-queues recipe: lists kept as the values of a local dict and used as FIFO
queues become deques.  The rewrites it makes, that the rewritten function answers like the
original (results, exceptions with their types, and their messages where the recipe's
docstring says they agree), the shapes it must leave alone, and that it survives real code
(the stdlib)."""

from __future__ import annotations

import copy
import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, rewrite, same_behaviour, stdlib_functions
from wattlens.analysis.target import extract_target
from wattlens.optimize import cst_facts as facts
from wattlens.optimize import queues
from wattlens.optimize.queues import dict_of_queues
from wattlens.optimize.recipes import RECIPES, recipe_candidates, rewrite_with_recipes

PRELUDE = "import collections\nfrom collections import defaultdict, deque\n"


def applied(source: str) -> str:
    """The rewrite, checked to exist, to compile, and to be left alone by a second application."""
    new = rewrite(dict_of_queues, source)
    assert new is not None, source
    compile(PRELUDE + new, "<rewrite>", "exec")
    assert rewrite(dict_of_queues, new) is None
    return new


def same(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    same_behaviour(original, new, cases, prelude=PRELUDE)


def same_types(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    """Like `same`, but an exception only needs the same type (its message may differ)."""
    for case in cases:
        before = outcome(original, *copy.deepcopy(case), prelude=PRELUDE)
        after = outcome(new, *copy.deepcopy(case), prelude=PRELUDE)
        if before.startswith("IndexError: ") or before.startswith("AttributeError: "):
            assert after.split(":")[0] == before.split(":")[0], case
        else:
            assert after == before, case


# --- FIFO lot matching (the recipe's example) ---------------------------------------------------

LOTS = """
def f(trades):
    lots: dict[str, list[list[int]]] = {}
    pnl = 0
    for side, symbol, quantity, price in trades:
        if side == "buy":
            lots.setdefault(symbol, []).append([quantity, price])
        elif side == "sell":
            open_lots = lots.get(symbol, [])
            remaining = quantity
            while remaining:
                if not open_lots:
                    raise ValueError(f"selling {remaining} {symbol} not held")
                lot = open_lots[0]
                take = min(lot[0], remaining)
                pnl += take * (price - lot[1])
                lot[0] -= take
                remaining -= take
                if lot[0] == 0:
                    open_lots.pop(0)
    held = {symbol: sum(lot[0] for lot in lots[symbol]) for symbol in sorted(lots)}
    return pnl, held, len(lots)
"""


def trades(seed: int, count: int = 300) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([],), ([("sell", "A", 1, 10)],), ([("buy", "A", 2, 5), ("sell", "A", 2, 7)],),
                                       ([("buy", "A", 2, 5), ("sell", "A", 3, 7)],), ([("hold", "A", 1, 1)],)]
    for _ in range(count):
        held: dict[str, int] = {}
        made = []
        for _ in range(rng.randrange(30)):
            symbol = rng.choice("ABC")
            if rng.random() < 0.55 or held.get(symbol, 0) <= 0:
                quantity = rng.randrange(1, 6)
                held[symbol] = held.get(symbol, 0) + quantity
                made.append(("buy", symbol, quantity, rng.randrange(1, 50)))
            else:
                # mostly what is held, sometimes more (a short sale raises)
                quantity = rng.randrange(1, held[symbol] + (2 if rng.random() < 0.1 else 1))
                held[symbol] -= quantity
                made.append(("sell", symbol, quantity, rng.randrange(1, 50)))
        cases.append((made,))
    return cases


def test_fifo_lot_matching_gets_deques_for_its_lots() -> None:
    new = applied(LOTS)
    assert "    lots: dict[str, deque[list[int]]] = {}\n" in new
    assert "lots.setdefault(symbol, deque()).append([quantity, price])" in new
    assert "open_lots = lots.get(symbol, deque())" in new
    assert "                    open_lots.popleft()\n" in new and "pop(0)" not in new
    same(LOTS, new, trades(1))


def test_a_short_sale_raises_the_same_error_with_the_same_message() -> None:
    new = applied(LOTS)
    case = [("buy", "A", 2, 5), ("sell", "A", 3, 7)]
    assert outcome(new, case, prelude=PRELUDE) == outcome(LOTS, case, prelude=PRELUDE)
    assert outcome(new, case, prelude=PRELUDE).startswith("ValueError: selling 1 A not held")


def test_the_recipe_is_registered_and_found_among_the_others() -> None:
    assert any(r.name == "dict-of-queues" and r.apply is dict_of_queues for r in RECIPES)
    assert queues.EXPLANATION.startswith("the dict's lists are used as FIFO queues")
    found = {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(LOTS))}
    assert "open_lots.popleft()" in found["dict-of-queues"]


def test_the_deque_import_is_added_to_the_module(tmp_path: Path) -> None:
    (tmp_path / "ledger.py").write_text('"""Ledger."""\n\nimport json\n' + textwrap.dedent(LOTS))
    candidates = recipe_candidates(extract_target(tmp_path, Path("ledger.py"), "f"))
    [candidate] = [c for c in candidates if c.id.startswith("recipe-dict-of-queues-")]
    assert "+from collections import deque\n" in candidate.diff
    assert "-                    open_lots.pop(0)\n+                    open_lots.popleft()\n" in candidate.diff


# --- per-key job queues in a defaultdict(list) ------------------------------------------------------

JOBS = """
def f(jobs, rounds):
    queues = defaultdict(list)
    for key, job in jobs:
        queues[key].append(job)
    done = []
    for _ in range(rounds):
        for key in sorted(queues):
            if queues[key]:
                done.append((key, queues[key].pop(0)))
    left = {key: len(queues[key]) for key in queues if queues[key]}
    return done, left, len(queues)
"""


def job_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([], 0), ([], 3), ([("a", 1)], 0), ([("a", 1), ("a", 2)], 5)]
    for _ in range(300):
        jobs = [(rng.choice("abcd"), rng.randrange(100)) for _ in range(rng.randrange(40))]
        cases.append((jobs, rng.randrange(12)))
    return cases


def test_job_queues_in_a_defaultdict_of_lists() -> None:
    new = applied(JOBS)
    assert "    queues = defaultdict(deque)\n" in new
    assert "done.append((key, queues[key].popleft()))" in new
    same(JOBS, new, job_cases(2))


def test_collections_defaultdict_with_an_alias_del_front_and_a_walk() -> None:
    original = """
    def f(events):
        buffers = collections.defaultdict(list)
        out = []
        for user, message in events:
            box = buffers[user]
            box.append(message)
            if len(box) > 3:
                del box[0]
            if message % 7 == 0:
                out.append((user, sum(box), [m * 2 for m in box], max(box), box[-1]))
            if message % 11 == 0 and box:
                out.append(box.pop(-1))
            for m in box:
                if m > 90:
                    out.append(m)
                    break
        return out, sorted(buffers)
    """
    new = applied(original)
    assert "    buffers = collections.defaultdict(deque)\n" in new
    assert "            del box[0]\n" in new and "out.append(box.pop())" in new
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = [([],)]
    cases += [([(rng.choice("xyz"), rng.randrange(100)) for _ in range(rng.randrange(40))],) for _ in range(300)]
    same(original, new, cases)


# --- direct d[k].pop(0), stores of fresh lists, both ends --------------------------------------------

DIRECT = """
def f(events, limit):
    buffers = {}
    out = []
    for user, message in events:
        if user not in buffers:
            buffers[user] = [message]
        else:
            buffers[user].append(message)
        while len(buffers[user]) > limit:
            out.append(buffers[user].pop(0))
        if message in buffers[user] and message % 5 == 0:
            buffers[user][0] += 1
            buffers[user][-1] = buffers[user][0]
        if message % 13 == 0:
            buffers[user] = list()
        if message % 17 == 0:
            del buffers[user]
    return out, {user: (buffers[user][0] if buffers[user] else None) for user in sorted(buffers)}
"""


def buffer_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([], 0), ([("a", 1)], 0), ([("a", 5), ("a", 10)], 1)]
    for _ in range(300):
        events = [(rng.choice("abc"), rng.randrange(60)) for _ in range(rng.randrange(40))]
        cases.append((events, rng.randrange(5)))
    return cases


def test_direct_pop_front_on_the_dicts_items() -> None:
    new = applied(DIRECT)
    assert "            buffers[user] = deque([message])\n" in new
    assert "            out.append(buffers[user].popleft())\n" in new
    assert "            buffers[user] = deque()\n" in new
    same(DIRECT, new, buffer_cases(4))


def test_a_get_without_default_a_display_and_a_comprehension_of_lists() -> None:
    original = """
    def f(keys, steps):
        waiting = {k: [k * 2, k * 3] for k in keys}
        other = {"a": [], "b": list(range(3))}
        out = []
        for k in steps:
            q = waiting.get(k)
            if q is not None and q:
                out.append(q.pop(0))
            elif q is None:
                waiting[k] = [x for x in range(k % 3)]
            if other["b"]:
                out.append(other["b"].pop(0))
            out.append(len(waiting.get(k, [])))
            out.append(k in waiting.get(k + 1, []))
        return out, sorted(waiting.keys()), len(other)
    """
    new = applied(original)
    assert "    waiting = {k: deque([k * 2, k * 3]) for k in keys}\n" in new
    assert '    other = {"a": deque(), "b": deque(range(3))}\n' in new
    assert "waiting[k] = deque([x for x in range(k % 3)])" in new
    # only read where it stands: an empty list answers like an empty deque
    assert "len(waiting.get(k, []))" in new and "k in waiting.get(k + 1, [])" in new
    rng = random.Random(5)
    cases: list[tuple[object, ...]] = [([], []), ([1], [1, 1, 1, 1]), ([], [0, 2])]
    for _ in range(300):
        keys = [rng.randrange(6) for _ in range(rng.randrange(5))]
        cases.append((keys, [rng.randrange(8) for _ in range(rng.randrange(30))]))
    same(original, new, cases)


def test_popping_an_empty_queue_raises_the_same_type_with_another_message() -> None:
    original = """
    def f(keys):
        queues = defaultdict(list)
        for k in keys:
            if k % 2:
                queues[k].append(k)
            else:
                queues[k + 1].pop(0)
        return sorted(queues)
    """
    new = applied(original)
    assert outcome(original, [0], prelude=PRELUDE) == "IndexError: pop from empty list"
    assert outcome(new, [0], prelude=PRELUDE) == "IndexError: pop from an empty deque"
    rng = random.Random(6)
    same_types(original, new, [([rng.randrange(6) for _ in range(rng.randrange(12))],) for _ in range(300)])


def test_a_missing_key_raises_the_same_key_error() -> None:
    original = """
    def f(keys):
        queues = {}
        for k in keys:
            if k > 0:
                queues.setdefault(k, []).append(k)
            else:
                queues[-k].pop(0)
        return len(queues)
    """
    new = applied(original)
    assert outcome(new, [1, -2], prelude=PRELUDE) == outcome(original, [1, -2], prelude=PRELUDE) == "KeyError: 2"
    rng = random.Random(7)
    same_types(original, new, [([rng.randrange(-4, 5) for _ in range(rng.randrange(12))],) for _ in range(300)])


def test_two_dicts_in_one_function_are_both_rewritten() -> None:
    original = """
    def f(pairs):
        left, right = 0, 0
        a = {}
        b = defaultdict(list)
        out = []
        for k, v in pairs:
            a.setdefault(k, []).append(v)
            b[v].append(k)
            if len(a[k]) > 2:
                out.append(a[k].pop(0))
            if len(b[v]) > 2:
                out.append(b[v].pop(0))
        return out
    """
    new = applied(original)
    assert "a.setdefault(k, deque())" in new and "b = defaultdict(deque)" in new
    rng = random.Random(8)
    same(original, new, [([(rng.randrange(3), rng.randrange(3)) for _ in range(rng.randrange(30))],)
                         for _ in range(200)])


# --- what it leaves alone -----------------------------------------------------------------------------


def queue(before: str = "", inside: str = "", end: str = "return out", start: str = "{}",
          params: str = "events") -> str:
    """A per-user queue drained by pop(0), with its parts replaceable (for the shapes left alone)."""
    return (f"def f({params}):\n    boxes = {start}\n    out = []\n{before}    for user, message in events:\n"
            f"        box = boxes.setdefault(user, [])\n        box.append(message)\n{inside}"
            f"        if len(box) > 2:\n            out.append(box.pop(0))\n    {end}\n")


@pytest.mark.parametrize("source", [
    # the dict or a queue reaches the caller or another function
    queue(end="return boxes"),
    queue(end="return out, boxes"),
    queue(end="return boxes[events[0][0]]"),
    queue(end="return box"),
    queue(inside="        helper(boxes)\n"),
    queue(inside="        print(box)\n"),
    queue(inside="        out.append(box)\n"),
    queue(inside="        out.append(boxes[user])\n"),
    queue(inside="        seen = {user: box}\n"),
    queue(end="return list(boxes.values())"),
    queue(end="return [len(q) for q in boxes.values()]"),
    queue(end="return sum(len(q) for q in boxes.values())"),
    queue(end="return dict(boxes.items())"),
    queue(end="return [q for _, q in boxes.items()]"),
    queue(inside="        other = boxes\n"),
    queue(inside="        copied = boxes.copy()\n"),
    queue(inside="        boxes.update({})\n"),
    queue(inside="        out.append(boxes == {})\n"),
    queue(inside="        yield box\n"),
    # list-only operations, or slow on a deque
    queue(inside="        out.append(box[1:])\n"),
    queue(inside="        out.append(box[1])\n"),
    queue(inside="        out.append(box[len(box) // 2])\n"),
    queue(inside="        box.insert(0, message)\n"),
    queue(inside="        box.sort()\n"),
    queue(inside="        out.append(box + [1])\n"),
    queue(inside="        box += [1]\n"),
    queue(inside="        out.append(box == [])\n"),
    queue(inside="        out.append(box.copy())\n"),
    queue(inside="        out.append(box.index(message))\n"),
    queue(inside="        out.append(box.pop(1))\n"),
    queue(inside="        out.append(list(enumerate(box)))\n"),
    queue(inside="        it = iter(box)\n"),
    queue(inside="        gen = (m for m in box)\n"),
    queue(inside="        out.append(box or None)\n"),
    # aliases: rebound, chained, walrus, unpacked, deleted
    queue(inside="        box = []\n"),
    queue(inside="        box = sorted(box)\n"),
    queue(inside="        other = box\n"),
    queue(inside="        if (other := boxes.get(user)):\n            pass\n"),
    queue(inside="        first, second = boxes[user], boxes[user]\n"),
    queue(inside="        del box\n"),
    queue(inside="        for box in []:\n            pass\n"),
    queue(params="events, box"),
    # captured by code that may run at any other time
    queue(inside="        def peek():\n            return boxes[user][0]\n"),
    queue(inside="        peek = lambda: box[0]\n"),
    queue(inside="        class Holder:\n            held = boxes\n"),
    queue(inside="        later = (box.pop(0) for _ in range(1))\n"),
    # changed while walked: a deque raises RuntimeError where a list goes on
    queue(inside="        for m in box:\n            box.append(m)\n            break\n"),
    queue(inside="        for m in boxes[user]:\n            boxes.setdefault(m, []).pop(0)\n"),
    queue(inside="        out.append([box.pop(0) for m in box])\n"),
    queue(inside="        out.append(sum(box.pop() for m in box))\n"),
    # values put in that were not made here, or not lists
    queue(inside="        boxes[user] = events\n"),
    queue(inside="        boxes[message] = out\n"),
    queue(inside="        boxes.setdefault(message)\n"),
    queue(inside="        boxes.setdefault(message, out)\n"),
    queue(inside="        boxes[user], x = [], 1\n"),
    queue(inside="        boxes[user] += [1]\n"),
    queue(inside="        a = boxes[user] = []\n"),
    queue(start="dict.fromkeys('ab', [])"),
    queue(start="defaultdict(lambda: [])"),
    queue(start="{'a': out}"),
    queue(start="dict(a=[])"),
    # the dict itself: a parameter, bound twice, global, frame readers, rebound builtins
    queue(params="events, boxes={}"),
    queue(before="    boxes = {}\n"),
    queue(inside="        boxes = {}\n"),
    queue().replace("    boxes = {}\n", "    global boxes\n    boxes = {}\n"),
    queue(before="    seen = locals()\n"),
    queue(before="    deque = list\n"),
    queue(before="    list = tuple\n"),
    queue(before="    len = abs\n"),
    queue(before="    from collections import deque\n"),
])
def test_left_alone(source: str) -> None:
    assert rewrite(dict_of_queues, queue()) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(dict_of_queues, source) is None, source


def test_without_a_front_pop_nothing_changes() -> None:
    source = queue().replace("box.pop(0)", "box.pop()")
    assert rewrite(dict_of_queues, source) is None
    # no list is ever made for the dict: nothing to turn into a deque
    assert rewrite(dict_of_queues, "def f(k):\n    d = {}\n    q = d[k]\n    del q[0]\n    return 1\n") is None


def test_the_queue_shape_without_changes_behaves_alike() -> None:
    new = applied(queue())
    assert "box = boxes.setdefault(user, deque())" in new and "out.append(box.popleft())" in new
    rng = random.Random(9)
    same(queue(), new, [([(rng.choice("ab"), rng.randrange(9)) for _ in range(rng.randrange(20))],)
                        for _ in range(200)])


def test_a_walk_with_no_change_inside_and_an_annotated_alias() -> None:
    source = queue(inside="        assert box and len(box)\n        total = 0\n"
                          "        for m in box:\n            total += m\n"
                          "        out.append((total, sorted(box), ','.join(str(m) for m in box)))\n")
    source = source.replace("        box = boxes", "        box: list[int] = boxes")
    new = applied(source)
    assert "        box: deque[int] = boxes.setdefault(user, deque())\n" in new
    rng = random.Random(10)
    same(source, new, [([(rng.choice("ab"), rng.randrange(9)) for _ in range(rng.randrange(20))],)
                       for _ in range(200)])


def test_never_raises_on_odd_shapes() -> None:
    for source in ["def f(): pass\n", "def f(x): return x\n", "def f(x):\n    d = {}\n    x.pop(0)\n",
                   "def f():\n    d = {}\n    d[0] = []\n    d[0].pop(0)\n    return d\n",
                   "async def f(xs):\n    d = {}\n    async for x in xs:\n        d.setdefault(x, []).pop(0)\n",
                   "def f(xs):\n    d = {}\n    d[0] = []\n    d[0][0:1] = []\n    d[0].pop(0)\n"]:
        rewrite(dict_of_queues, source)


@pytest.mark.parametrize("module", ["json.decoder", "argparse", "ast", "textwrap", "collections", "heapq",
                                    "email._header_value_parser", "tokenize", "difflib", "configparser"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = facts.repeatedly(queues._one_dict, function)  # unguarded: a crash here is a bug
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), f"<{module}.{function.name.value}>", "exec")
            assert dict_of_queues(rewritten) is None
