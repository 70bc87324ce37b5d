"""Strict equivalence tests for apply_moves (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from strict_support import assert_same
from wedding_tables.moves import apply_moves

TARGET = "wedding_tables/moves.py:apply_moves"


# --- verbatim copy of the original implementation ---------------------------------------------

def find_table(plan, guest):
    for table, guests in plan.items():
        if guest in guests:
            return table
    return None


def check_plan(plan, capacities, together=()):
    for table, guests in plan.items():
        if len(guests) > capacities[table]:
            return f"{table} is over capacity"
    for party in together:
        tables = {find_table(plan, guest) for guest in party} - {None}
        if len(tables) > 1:
            return f"separates {' & '.join(party)}"
    return None


def reference(plan, moves, capacities, together=()):
    current = copy.deepcopy(dict(plan))
    rejected = []
    for number, (guest, table) in enumerate(moves):
        trial = copy.deepcopy(current)
        source = find_table(trial, guest)
        if source is None:
            rejected.append((number, guest, "not seated"))
            continue
        if table not in trial:
            rejected.append((number, guest, f"no table {table!r}"))
            continue
        party = next((party for party in together if guest in party), (guest,))
        for member in party:
            seat = find_table(trial, member)
            if seat is not None:
                trial[seat].remove(member)
                trial[table].append(member)
        problem = check_plan(trial, capacities, together)
        if problem is not None:
            rejected.append((number, guest, problem))
            continue
        current = trial
    return current, rejected


# --- cases -------------------------------------------------------------------------------

PLAN = {"Top": ["Anna", "Ben", "Carol", "Dan"], "Oak": ["Eve", "Frank"], "Elm": ["Gina"], "Ash": []}
SEATS = {"Top": 4, "Oak": 3, "Elm": 3, "Ash": 2}
PARTIES = [("Eve", "Frank"), ("Anna", "Ben")]

CASES = [
    ({}, [], {}),
    ({}, [("Anna", "Top")], {}),
    (PLAN, [], SEATS),
    (PLAN, [], {}),
    (PLAN, (), SEATS, ()),
    (PLAN, [("Gina", "Oak")], SEATS),
    (PLAN, [("Gina", "Gina")], SEATS),
    (PLAN, [("Gina", "Elm")], SEATS),
    (PLAN, [("Anna", "Top")], SEATS),
    (PLAN, [("Anna", "Top")], SEATS, PARTIES),
    (PLAN, [("Ben", "Top")], SEATS, PARTIES),
    (PLAN, [("Gina", "Oak"), ("Anna", "Oak")], SEATS),
    (PLAN, [("Anna", "Oak")], SEATS, PARTIES),
    (PLAN, [("Anna", "Ash")], SEATS, PARTIES),
    (PLAN, [("Ben", "Ash"), ("Anna", "Top")], SEATS, PARTIES),
    (PLAN, [("Eve", "Elm")], SEATS, PARTIES),
    (PLAN, [("Frank", "Elm")], SEATS, PARTIES),
    (PLAN, [("Eve", "Elm")], SEATS),
    (PLAN, [("Eve", "Elm"), ("Frank", "Elm"), ("Gina", "Top")], SEATS),
    (PLAN, [("Eve", "Ash")], SEATS, PARTIES),
    (PLAN, [("Eve", "Ash")], SEATS, [("Eve", "Frank", "Gina")]),
    (PLAN, [("Gina", "Ash")], SEATS, [("Eve", "Frank", "Gina")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Frank", "Gina")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Frank", "Nobody")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Nobody", "Anna")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Anna",), ("Anna", "Ben")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Anna", "Anna")]),
    (PLAN, [("Anna", "Elm")], SEATS, [("Ben", "Anna")]),
    (PLAN, [("Anna", "Elm")], SEATS, [["Ben", "Anna"]]),
    (PLAN, [("Anna", "Elm")], SEATS, ["Anna"]),
    (PLAN, [("Anna", "Elm")], SEATS, [()]),
    (PLAN, [("Nobody", "Oak"), ("Gina", "Pine")], SEATS),
    (PLAN, [("Nobody", "Pine")], SEATS),
    (PLAN, [("Gina", None)], SEATS),
    (PLAN, [(None, "Oak")], SEATS),
    (PLAN, [("Gina", ["Oak"])], SEATS),
    (PLAN, [(["Gina"], "Oak")], SEATS),
    (PLAN, [("Gina", "Oak", "extra")], SEATS),
    (PLAN, [("Gina",)], SEATS),
    (PLAN, ["GO"], SEATS),
    (PLAN, [("Gina", "Oak")], {"Top": 4, "Oak": 3}),
    (PLAN, [("Gina", "Oak")], {"Oak": 3, "Elm": 3, "Ash": 2}),
    (PLAN, [("Nobody", "Oak")], {}),
    (PLAN, [("Gina", "Oak")], {**SEATS, "Top": 3}),
    (PLAN, [("Anna", "Oak"), ("Gina", "Ash")], {**SEATS, "Top": 3}),
    (PLAN, [("Anna", "Ash"), ("Ben", "Ash")], {**SEATS, "Top": 3}),
    (PLAN, [("Gina", "Oak")], {**SEATS, "Oak": 2.5}),
    (PLAN, [("Gina", "Oak")], {**SEATS, "Oak": None}),
    (PLAN, [("Gina", "Oak")], {**SEATS, "Oak": float("inf")}),
    (PLAN, [("Gina", "Oak")], {**SEATS, "Ash": -1}),
    ({"Top": ["Anna", "Anna", "Ben"], "Oak": ["Anna"]}, [("Anna", "Oak"), ("Anna", "Oak")], {"Top": 3, "Oak": 3}),
    ({"Top": ["Anna", "Ben"], "Oak": ["Anna"]}, [("Anna", "Oak")], {"Top": 3, "Oak": 3}, [("Anna", "Ben")]),
    ({"Top": ["Anna", "Ben"], "Oak": ["Anna"]}, [("Anna", "Top")], {"Top": 3, "Oak": 3}, [("Anna", "Ben")]),
    ({"Top": ("Anna", "Ben"), "Oak": ["Carl"]}, [("Carl", "Top")], {"Top": 3, "Oak": 3}),
    ({"Top": ("Anna", "Ben"), "Oak": ["Carl"]}, [("Anna", "Oak")], {"Top": 3, "Oak": 3}),
    ({"Top": ("Anna", "Ben"), "Oak": ["Carl"]}, [("Zed", "Oak")], {"Top": 3, "Oak": 3}),
    ({"Top": "AnnaBen", "Oak": []}, [("Ann", "Oak")], {"Top": 9, "Oak": 3}),
    ({1: [1, 2], 2: [3]}, [(1, 2), (1.0, 1), (True, 2)], {1: 2, 2: 2}),
    ({1: [1, 2], 2: [3]}, [(2, 2)], {1: 2, 2: 2}, [(2, 1)]),
    ({"T": [None, "A"]}, [(None, "T")], {"T": 2}),
    ([("Top", ["Anna"]), ("Oak", [])], [("Anna", "Oak")], {"Top": 1, "Oak": 1}),
    (None, [], {}),
    (PLAN, None, SEATS),
    (PLAN, [("Gina", "Oak")], None),
    (PLAN, [("Gina", "Oak")], SEATS, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(apply_moves, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(apply_moves, reference, plan=PLAN, moves=[("Gina", "Oak")], capacities=SEATS)
    assert_same(apply_moves, reference, PLAN, [("Eve", "Ash")], SEATS, together=PARTIES)


def _random_cases():
    rng = random.Random(34829)
    for _ in range(220):
        tables = {f"T{n}": rng.choice([2, 3, 4, 6]) for n in range(rng.randint(1, 6))}
        guests = [f"G{n}" for n in range(rng.randint(0, 24))]
        plan = {table: [] for table in tables}
        for guest in guests:
            open_tables = [t for t in tables if len(plan[t]) < tables[t]] or list(tables)
            if open_tables and rng.random() < 0.9:
                plan[rng.choice(open_tables)].append(guest)
        parties = []
        pool = list(guests)
        rng.shuffle(pool)
        while len(pool) >= 2 and rng.random() < 0.6:
            size = rng.choice([2, 2, 3])
            parties.append(tuple(pool[:size]))
            pool = pool[size:]
        moves = [(rng.choice(guests + ["Stranger"]), rng.choice(list(tables) + ["Nowhere"]))
                 for _ in range(rng.choice([0, 1, 5, 20]))] if guests and tables else []
        args = [plan, moves, tables]
        if parties or rng.random() < 0.5:
            args.append(parties)
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(apply_moves, reference, *case)
