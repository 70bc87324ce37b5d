"""A history the loop appends tuples to and filters by one of their fields on every pass → filed
by that field as it grows."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.histories import index_growing_history
from wattlens.optimize.recipes import recipe_candidates

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
    walked = "((history_by_other.get(card, ()) if history_by_other else ()) if history_by_other_filed else history)"
    assert f"in {walked} if other == card and when == day)" in new
    assert f"in {walked} if card == other]" in new
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


RECORDS = '''
from typing import NamedTuple


class Charge(NamedTuple):
    card: str
    day: int
    paid: int


def f(taps: list[tuple[str, int, int]], cap: int) -> list[int]:
    out = []
    history = []
    for card, day, fare in taps:
        spent = sum(c.paid for c in history if c.card == card and c.day == day)
        paid = max(0, min(fare, cap - spent))
        history.append(Charge(card, day, paid))
        out.append(paid)
    return out
'''


def record_rewrite(tmp_path: Path, source: str) -> str | None:
    (tmp_path / "mod.py").write_text(source)
    target = extract_target(tmp_path, Path("mod.py"), "f")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-index-growing-history-")]
    return found[0].new_source if found else None


def test_records_of_fields_that_cannot_change_are_filed_by_the_field_asked_for(tmp_path: Path) -> None:
    new = record_rewrite(tmp_path, RECORDS)
    assert new is not None
    assert "for c in ((history_by_card.get(card, ()) if history_by_card else ()) if history_by_card_filed" in new
    assert "history_by_card.setdefault(history[-1].card, []).append(history[-1])" in new
    module = RECORDS.split("def f(")[0] + textwrap.dedent(new)
    args = ([(card, day, fare) for card, day, _ in taps(3, 120) for fare in (1, 2) if isinstance(card, str)], 5)
    assert outcome(module, *args) == outcome(RECORDS, *args)


@pytest.mark.parametrize("change", [
    ("class Charge(NamedTuple):", "class Charge:"),  # not a record: its fields could change
    ("    paid: int\n", "    paid: list[int]\n"),  # a field that can change
    ("if c.card == card and", "if c.owner == card and"),  # not one of its fields
])
def test_records_whose_fields_could_change_are_left_alone(tmp_path: Path, change: tuple[str, str]) -> None:
    assert change[0] in RECORDS
    assert record_rewrite(tmp_path, RECORDS.replace(*change)) is None


def test_a_probe_that_may_raise_is_worked_out_only_where_the_history_has_entries() -> None:
    unpacked = "for tap in taps:\n        card, day, fare = tap.card, tap.day, tap.fare"
    source = CAPS.replace("for card, day, fare in taps:", unpacked)
    source = source.replace("if card == other]", "if tap.card == other]")
    new = rewrite(index_growing_history, source)
    assert new is not None
    assert "(history_by_other.get(tap.card, ()) if history_by_other else ())" in new


STATEMENTS = """
def f(slips):
    statements = []
    for who, gross in slips:
        withheld = sum(s["tax"] for s in statements if s["who"] == who)
        tax = gross // 4 - withheld % 7
        statements.append({"who": who, "tax": tax, "net": gross - tax})
    return statements
"""


@pytest.mark.parametrize("seed", range(4))
def test_dicts_displayed_in_the_append_are_filed_by_a_key_the_filters_read(seed: int) -> None:
    new = rewrite(index_growing_history, STATEMENTS)
    assert new is not None
    assert 'for s in ((statements_by_who.get(who, ()) if statements_by_who else ()) if statements_by_who_filed' in new
    assert 'statements_by_who.setdefault(statements[-1]["who"], []).append(statements[-1])' in new
    rng = random.Random(seed)
    args = ([(rng.choice(["a", "b", 1, 1.0, True]), rng.randint(0, 90)) for _ in range(seed * 50)],)
    assert outcome(new, *args) == outcome(STATEMENTS, *args)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (('sum(s["tax"] for s in', 'len([s for s in'), "a filter that hands out the dicts"),
        (('if s["who"] == who)', 'if s["who"] == who and s.update(who=0) is None)'), "a filter that changes them"),
        (('{"who": who, "tax"', '{"whom": who, "tax"'), "a dict without the key asked for"),
        (('{"who": who, "tax"', '{**{"who": who}, "tax"'), "a dict whose keys are not all written out"),
        (("    return statements", "    statements[-1][\"who\"] = 0\n    return statements"), "a change of an entry"),
    ],
)
def test_dicts_that_could_change_or_escape_are_left_alone(change: tuple[str, str], why: str) -> None:
    assert change[0] in STATEMENTS
    source = STATEMENTS.replace(*change)
    if why == "a filter that hands out the dicts":
        source = source.replace('if s["who"] == who)', 'if s["who"] == who])')
    assert rewrite(index_growing_history, source) is None, why


def test_entries_whose_field_cannot_be_hashed_leave_the_filters_walking_the_history() -> None:
    new = rewrite(index_growing_history, STATEMENTS)
    assert new is not None
    args = ([(["a"], 40), (["b"], 10), (["a"], 8), (["a"], 30)],)  # lists, as loaded from JSON
    assert outcome(new, *args) == outcome(STATEMENTS, *args)


DOWNLOADS = """
def f(requests, window):
    counted = []
    kept = []
    other = address = stamp = None
    for episode, ip, when in requests:
        duplicate = False
        for other, address, stamp in counted:
            if other == episode and address == ip:
                if when - stamp < window:
                    duplicate = True
                    break
        if duplicate:
            kept.append((None, other, address, stamp))
            continue
        counted.append((episode, ip, when))
        kept.append((episode, other, stamp))
    return kept
"""


@pytest.mark.parametrize("seed", range(6))
def test_a_loop_over_the_history_walks_only_the_entries_filed_under_its_value(seed: int) -> None:
    new = rewrite(index_growing_history, DOWNLOADS)
    assert new is not None
    assert "for other, address, stamp in ((counted_by_other.get(episode, ()) if counted_by_other else ()) " \
           "if counted_by_other_filed else counted):" in new
    assert "        else:\n            if counted:\n                other, address, stamp = counted[-1]\n" in new
    rng = random.Random(seed)
    requests = [(rng.choice(["a", "b", 1, 1.0, True]), rng.choice("xy"), rng.randint(0, 30))
                for _ in range(seed * 25)]
    requests.sort(key=lambda request: request[2])
    assert outcome(new, requests, 7) == outcome(DOWNLOADS, requests, 7)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("                    break\n", "                    break\n            else:\n                pass\n"),
         "the if has an else"),
        (("if when - stamp < window:", "if when - stamp < window and counted.append(0):"), "the loop adds to it"),
        (("                    duplicate = True\n",
          "                    duplicate = True\n                    episode = 0\n"),
         "the probe's name is rebound in the loop"),
        (("if when - stamp < window:", "if when - print(stamp) < window:"), "a call that is not pure"),
    ],
)
def test_a_loop_over_the_history_left_alone(change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in DOWNLOADS
    assert rewrite(index_growing_history, DOWNLOADS.replace(old, new)) is None, why


ITEMS = '''
from typing import Iterable, NamedTuple


class Purchase(NamedTuple):
    day: int
    customer: str
    cents: int


def f(purchases: Iterable[Purchase], window: int) -> list[int]:
    history: list[Purchase] = []
    out = []
    for purchase in purchases:
        if history and purchase.day < history[-1].day:
            raise ValueError("out of order")
        history.append(purchase)
        out.append(sum(p.cents for p in history if p.customer == purchase.customer
                       and purchase.day - window < p.day <= purchase.day))
    return out
'''


def test_items_of_a_parameter_of_records_are_filed_and_the_history_may_be_read(tmp_path: Path) -> None:
    """`purchases: Iterable[Purchase]` hands records whose fields cannot change; `history[-1].day` only
    reads the last one."""
    new = record_rewrite(tmp_path, ITEMS)
    assert new is not None
    assert "history_by_customer.setdefault(history[-1].customer, []).append(history[-1])" in new
    module = ITEMS.split("def f(")[0] + textwrap.dedent(new)
    namespace: dict[str, object] = {}
    exec(ITEMS, namespace)
    purchase = namespace["Purchase"]
    rng = random.Random(4)
    for size in (0, 1, 30, 200):
        day = 0
        rows = []
        for _ in range(size):
            day += rng.choice([0, 0, 1, 3])
            rows.append(purchase(day, rng.choice("abc"), rng.randint(-50, 400)))  # type: ignore[operator]
        if size == 30:
            rows.append(purchase(0, "a", 1))  # out of order: raises after the entries before it  # type: ignore[operator]
        assert outcome(module, rows, 5) == outcome(ITEMS, rows, 5)


@pytest.mark.parametrize("change", [
    ("purchases: Iterable[Purchase]", "purchases: Iterable[tuple[int, str, int]]"),  # not records
    ("purchases: Iterable[Purchase]", "purchases"),  # nothing said
    ("        history.append(purchase)\n", "        purchase = purchase._replace(cents=1)\n"
     "        history.append(purchase)\n"),  # rebound: not the parameter's item
    ("        if history and purchase.day < history[-1].day:\n",
     "        if history and purchase.day < history.pop().day:\n"),  # not only read
])
def test_items_that_may_not_be_the_parameters_records_are_left_alone(tmp_path: Path, change: tuple[str, str]) -> None:
    assert change[0] in ITEMS
    assert record_rewrite(tmp_path, ITEMS.replace(*change)) is None
