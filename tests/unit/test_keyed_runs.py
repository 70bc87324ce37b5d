"""The cache-runs-by-key recipe: work at the top of a loop's body that reads the item only through one
key, done once per key.  The rewrites it makes, that they answer like the original (results,
exceptions, sharing), and what it must leave alone."""

from __future__ import annotations

import copy
import random
import textwrap

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import named_outcome, same_behaviour, stdlib_functions
from wattlens.optimize import callees, purity
from wattlens.optimize.keyed_runs import cache_runs_by_key
from wattlens.optimize.loop_invariants import hoist_invariants
from wattlens.optimize.recipes import RECIPES

RECORDS = '''
import bisect
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Trade:
    market: str
    size: int


@dataclass
class Loose:
    market: str

    @property
    def label(self) -> str:
        return self.market.lower()
'''

CALENDAR = """
def f(trades: list[Trade], calendar: str, default: int = 2):
    out = []
    for trade in trades:
        closed = set()
        lag = default
        for number, raw in enumerate(calendar.splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            parts = line.split(",")
            if len(parts) != 3:
                raise ValueError(f"line {number}: three fields")
            market, kind, value = parts
            if market != trade.market:
                continue
            if kind == "closed":
                closed.add(int(value))
            elif kind == "lag":
                lag = int(value)
            else:
                raise ValueError(f"line {number}: unknown {kind!r}")
        day, remaining = trade.size, lag
        while remaining:
            day += 1
            if day % 7 not in closed:
                remaining -= 1
        out.append(day)
    return out
"""


def applied(function_source: str, prelude: str = RECORDS) -> str | None:
    """The rewrite of `f` (the function after the prelude), the prelude's classes known to the module."""
    module = cst.parse_module(prelude + textwrap.dedent(function_source))
    function = module.body[-1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        rewritten = cache_runs_by_key(function)
    if rewritten is None:
        return None
    new = cst.Module([]).code_for_node(rewritten)
    compile(prelude + new, "<rewrite>", "exec")
    with purity.trusting(callees.trusted_in(cst.parse_module(prelude + new))):
        again = cst.parse_module(new).body[0]
        assert isinstance(again, cst.FunctionDef) and cache_runs_by_key(again) is None
    return new


def same(original: str, new: str, cases: list[tuple[object, ...]], prelude: str = RECORDS) -> None:
    same_behaviour(prelude + textwrap.dedent(original), prelude + new, cases)


# The trades are made inside each version's module, so that they are of its own `Trade` class.
MADE_HERE = """

def g(rows, *rest):
    from types import SimpleNamespace
    return f([Trade(market, size) if kind == "trade" else SimpleNamespace(market=market, size=size)
              for kind, market, size in rows], *rest)
"""


def same_on_trades(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    for case in cases:
        assert named_outcome(RECORDS + new + MADE_HERE, "g", *copy.deepcopy(case)) \
            == named_outcome(RECORDS + textwrap.dedent(original) + MADE_HERE, "g", *copy.deepcopy(case)), case


def calendar_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [
        ([], ""), ([("trade", "A", 1)], ""), ([("trade", "A", 1)], "A,lag,3\n"), ([("trade", "A", 1)], "A,lag\n"),
        ([("trade", "B", 1), ("trade", "A", 2)], "A,odd,1\n"), ([("other", "A", 3)], "A,lag,1\nA,closed,4\n")]
    for _ in range(150):
        lines = []
        for _ in range(rng.randrange(8)):
            market = rng.choice("ABC")
            kind = rng.choice(["closed", "closed", "lag", "lag", "odd"] if rng.random() < 0.1 else ["closed", "lag"])
            lines.append(f"{market},{kind},{rng.randrange(0 if kind == 'closed' else 1, 7)}")
            if rng.random() < 0.05:
                lines.append("")
        trades = [("trade", rng.choice("ABCD"), rng.randrange(30)) for _ in range(rng.randrange(8))]
        if trades and rng.random() < 0.1:
            trades.append(("other", rng.choice("AB"), 5))  # not a Trade: never kept
        cases.append((trades, "\n".join(lines) + "\n", rng.randrange(1, 4)))
    return cases


def test_a_calendar_parsed_for_every_trade_is_parsed_once_per_market() -> None:
    new = applied(CALENDAR)
    assert new is not None
    assert "    closed_by_market = {}  # what the work under `else` binds for each market: the same for every trade " \
           "with it\n" in new
    assert "        market_key = trade.market if type(trade) is Trade else None\n" in new
    assert "        if type(market_key) in (str, int) and market_key in closed_by_market:\n" \
           "            closed, lag = closed_by_market[market_key]\n" in new
    # `remaining = lag` hands the lag on: kept only while it is a number or text.
    assert "if type(market_key) in (str, int) and (lag is None or type(lag) in (int, float, str, bool)):\n" in new
    same_on_trades(CALENDAR, new, calendar_cases(1))


def test_a_name_unpacked_from_the_item_is_the_key() -> None:
    original = """
    def f(rows, table):
        out = []
        for code, amount in rows:
            rate = 0
            for line in table.split(";"):
                name, _, value = line.partition("=")
                if name == code:
                    rate = float(value)
            out.append(amount * rate)
        return out
    """
    new = applied(original)
    assert new is not None and "if type(code) in (str, int) and code in rate_by_code:" in new
    same(original, new, [([], "a=1"), ([("a", 2), ("b", 3), ("a", 4)], "a=1.5;b=2;a=3"), ([("a", 1)], "a=x"),
                         ([(1, 2), (1, 3)], "1=2"), ([(["a"], 2)], "a=1"), ([("a", 1), ("a", 2)], ";a=2;b")])


def test_a_dict_items_text_key_is_read_with_get() -> None:
    original = """
    def f(orders, prices):
        out = []
        for order in orders:
            best = None
            for entry in prices:
                if entry[0] == order["sku"] and (best is None or entry[1] < best):
                    best = entry[1]
            out.append((order["qty"], best))
        return out
    """
    new = applied(original)
    assert new is not None and 'sku_key = order.get("sku") if type(order) is dict else None' in new
    same(original, new, [([], []), ([{"sku": "a", "qty": 1}, {"sku": "a", "qty": 2}], [("a", 3), ("a", 1)]),
                         ([{"qty": 1}], [("a", 1)]), ([{"sku": "b", "qty": 1}], [])])


def test_a_whole_item_a_dicts_key_or_a_count_is_no_key() -> None:
    """Those differ from item to item, most often: the rewrite would keep everything and find nothing."""
    whole = """
    def f(words, text):
        out = []
        for word in words:
            count = 0
            for token in text.split():
                if token.lower() == word:
                    count += 1
            out.append(count)
        return out
    """
    assert applied(whole) is None
    assert applied(whole.replace("for word in words:", "for word, weight in words.items():")) is None
    assert applied(whole.replace("for word in words:", "for number, word in enumerate(words):")) is None
    unpacked = whole.replace("for word in words:", "for word, weight in words:")
    new = applied(unpacked)
    assert new is not None and "if type(word) in (str, int) and word in count_by_word:" in new
    same(unpacked, new, [([], "a"), ([("a", 1), ("b", 2), ("a", 3)], "A a b c"), ([(1, 0), (1.0, 0)], "1"),
                         ([(None, 1)], "x"), ([(("a",), 1), (("a",), 2)], "a")])


def test_a_shared_container_is_only_read_by_the_rest_of_the_loop() -> None:
    changed = """
    def f(trades: list[Trade], text: str):
        out = []
        for trade in trades:
            seen = set()
            for word in text.split():
                if word.startswith(trade.market):
                    seen.add(word)
            seen.add(len(out))
            out.append(len(seen))
        return out
    """
    assert applied(changed) is None
    handed_on = changed.replace("            seen.add(len(out))\n            out.append(len(seen))",
                                "            out.append(seen)")
    assert applied(handed_on) is None
    read = changed.replace("            seen.add(len(out))\n", "")
    new = applied(read)
    assert new is not None
    same_on_trades(read, new, [([], "a"), ([("trade", "a", 1), ("trade", "a", 2), ("trade", "b", 1)], "ab a b"),
                               ([("other", "a", 1), ("trade", "a", 1)], "a")])


def test_a_sorted_group_only_read_by_bisect_and_statistics_is_shared() -> None:
    original = """
    def f(trades: list[Trade], groups):
        out = []
        for trade in trades:
            sizes = sorted(groups[trade.market])
            below = bisect.bisect_left(sizes, trade.size)
            out.append((below, statistics.median(sizes), len(sizes)))
        return out
    """
    new = applied(original)
    assert new is not None and "sizes = sizes_by_market[market_key]" in new
    groups = {"a": [3, 1, 2], "b": [5], "c": []}
    same_on_trades(original, new, [([], groups), ([("trade", "a", 2), ("trade", "a", 0), ("trade", "b", 9)], groups),
                                   ([("trade", "c", 1)], groups), ([("trade", "d", 1)], groups),
                                   ([("other", "a", 1), ("trade", "a", 1)], groups)])
    assert applied(original.replace("len(sizes)", "sizes")) is None  # handed on: each trade had its own


def test_an_attribute_of_an_unknown_or_computed_kind_is_no_key() -> None:
    unannotated = CALENDAR.replace("trades: list[Trade]", "trades")
    assert applied(unannotated) is None
    computed = CALENDAR.replace("trades: list[Trade]", "trades: list[Loose]").replace("trade.market", "trade.label")
    assert applied(computed) is None


def test_work_reading_two_fields_is_kept_by_both() -> None:
    two = CALENDAR.replace("if market != trade.market:", "if market != trade.market or trade.size < 3:")
    new = applied(two)
    assert new is not None
    assert "market_size_key = (trade.market, trade.size) if type(trade) is Trade else None" in new
    assert "if (market_size_key is not None and all(type(part) in (str, int) for part in market_size_key)) " \
           "and market_size_key in closed_by_market_size:" in new
    same_on_trades(two, new, calendar_cases(2))


def test_work_reading_a_changing_name_is_left_alone() -> None:
    counted = """
    def f(trades: list[Trade], text: str):
        out = []
        total = 0
        for trade in trades:
            hits = 0
            for word in text.split():
                if word == trade.market:
                    hits += total
            total += 1
            out.append(hits)
        return out
    """
    assert applied(counted) is None


def test_a_name_the_work_may_leave_unbound_is_not_kept() -> None:
    original = """
    def f(rows, text):
        out = []
        for code, amount in rows:
            for line in text.split():
                if line == code:
                    found = line.upper()
            out.append(found)
        return out
    """
    assert applied(original) is None


def test_a_fresh_container_bound_inside_a_branch_is_not_shared_by_hoist_invariant() -> None:
    """A container the run binds anywhere (not only at its own level) is one each pass had anew."""
    original = """
    def f(rows):
        out = []
        for r in rows:
            x = []
            for k in range(3):
                x = [k]
            x.append(r)
            out.append(len(x))
        return out
    """
    module = cst.parse_module(textwrap.dedent(original))
    function = module.body[0]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        assert hoist_invariants(function) is None


def test_the_recipe_is_registered() -> None:
    assert "cache-runs-by-key" in {recipe.name for recipe in RECIPES}


@pytest.mark.parametrize("module", ["csv", "textwrap", "difflib"])
def test_stdlib_functions_are_left_alone_or_still_compile(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = cache_runs_by_key(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), "<rewrite>", "exec")
