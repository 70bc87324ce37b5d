"""Strict equivalence tests for monthly_bonuses (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from referral_bonuses.bonuses import monthly_bonuses

TARGET = "referral_bonuses/bonuses.py:monthly_bonuses"


# --- verbatim copy of the original implementation ---------------------------------------------

RANK_PLAN = [
    ("Diamond", 200.0, 50_000.0, 4, 0.09),
    ("Gold", 150.0, 15_000.0, 3, 0.07),
    ("Silver", 100.0, 4_000.0, 2, 0.05),
    ("Bronze", 100.0, 1_000.0, 0, 0.03),
    ("Consultant", 0.0, 0.0, 0, 0.0),
]
LEG_VOLUME = 1_000.0


def reference(roster, personal, plan=RANK_PLAN, leg_volume=LEG_VOLUME):
    downlines = {}
    for member, sponsor in roster.items():
        downlines.setdefault(sponsor, []).append(member)

    def group_volume(member):
        total = personal.get(member, 0.0)
        for recruit in downlines.get(member, []):
            total += group_volume(recruit)
        return total

    results = {}
    for member in roster:
        volume = group_volume(member)
        legs = sum(1 for recruit in downlines.get(member, []) if group_volume(recruit) >= leg_volume)
        own = personal.get(member, 0.0)
        rank, rate = None, 0.0
        for name, min_personal, min_group, min_legs, bonus_rate in plan:
            if own >= min_personal and volume >= min_group and legs >= min_legs:
                rank, rate = name, bonus_rate
                break
        results[member] = {"group_volume": round(volume, 2), "legs": legs, "rank": rank,
                           "bonus": round(volume * rate, 2)}
    return results


# --- cases -------------------------------------------------------------------------------

TREE = {"A": None, "B": "A", "C": "A", "D": "C", "E": "C", "F": "E"}
SMALL_PLAN = [("Leader", 0.0, 100.0, 1, 0.1), ("Member", 0.0, 0.0, 0, 0.0)]

CASES = [
    ({}, {}),
    ({}, {"A": 100.0}),
    ({"A": None}, {}),
    ({"A": None}, {"A": 100.0}),
    ({"A": None}, {"A": 100}),
    ({"A": None, "B": "A"}, {"A": 100, "B": 1_000}),
    ({"A": None, "B": "A"}, {"A": 100, "B": 1_000.0}),
    ({"A": None, "B": "A"}, {"B": 1_000}),
    ({"A": None, "B": "A"}, {"A": 100}),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}, SMALL_PLAN),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}, RANK_PLAN, 0),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}, RANK_PLAN, 1_000),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}, RANK_PLAN, 1e12),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0, "E": 10.0, "F": 990.0}, RANK_PLAN, -1),
    (TREE, {"A": 120.0, "B": -1_500.0, "C": 400.0}, []),
    (TREE, {"A": 120.0, "B": -1_500.0, "C": 400.0}, ()),
    # floating-point sums in tree order
    ({"A": None, "B": "A", "C": "A", "D": "B"}, {"A": 0.1, "B": 0.2, "C": 0.3, "D": 1e16}),
    ({"A": None, "B": "A", "C": "A", "D": "C"}, {"A": 1e16, "B": 1.0, "C": -1e16, "D": 1.0}),
    ({"A": None, "B": "A", "C": "B", "D": "C"}, {"A": 0.1, "B": 0.7, "C": 0.2, "D": 0.005}),
    # a leg exactly at the leg volume, ties at every minimum
    ({"A": None, "B": "A", "C": "A"}, {"A": 100.0, "B": 1_000.0, "C": 2_900.0}),
    ({"A": None, "B": "A", "C": "A", "D": "A", "E": "A"},
     {"A": 200.0, "B": 12_450.0, "C": 12_450.0, "D": 12_450.0, "E": 12_450.0}),
    # refunds: negative personal and group volumes
    ({"A": None, "B": "A"}, {"A": -50.0, "B": 20.0}),
    ({"A": None, "B": "A"}, {"A": 150.0, "B": -5_000.0}),
    # members listed before their sponsors, several top accounts, unknown sponsors
    ({"D": "C", "C": "B", "B": "A", "A": None}, {"A": 150.0, "B": 150.0, "C": 2_000.0, "D": 3_000.0}),
    ({"A": None, "X": None, "B": "X", "C": "A"}, {"A": 150.0, "X": 150.0, "B": 5_000.0, "C": 5_000.0}),
    ({"B": "ZZ", "C": "ZZ", "D": "B"}, {"ZZ": 1e6, "B": 150.0, "C": 1_200.0, "D": 5_000.0}),
    # volumes for people who are not in the roster, or are only sponsors
    ({"A": None}, {"A": 100.0, "Q": 9e9}),
    # ids that are not strings
    ({1: None, 2: 1, 3: 1, 4: 3}, {1: 150, 2: 1_000.5, 3: 10, 4: 3_000}),
    ({("EU", 1): None, ("EU", 2): ("EU", 1)}, {("EU", 1): 100.0, ("EU", 2): 1_000.0}),
    ({"A": "", "B": "A", "": None}, {"": 500.0, "A": 100.0, "B": 1_000.0}),
    # a plan without a catch-all rank, plans with integer thresholds, a plan entry that is too short
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0}, [("Top", 100, 1_000, 1, 1)]),
    (TREE, {"A": 120.0, "B": 1_500.0, "C": 400.0}, [("Top", 100, 1_000, 1, 0.25)]),
    (TREE, {"A": 120.0}, [("Top", 100, 1_000, 1)]),
    (TREE, {"A": 120.0}, [("Top", 1e9, 1e9, 9, 0.25), ("Broken",)]),
    # bad values
    ({"A": None, "B": "A"}, {"A": None, "B": 5.0}),
    ({"A": None, "B": "A"}, {"A": 5.0, "B": None}),
    ({"A": None, "B": "A"}, {"A": "5"}),
    ({"A": None}, None),
    (None, {}),
    ({"A": None, "B": "A"}, {"A": 100.0, "B": 1_000.0}, RANK_PLAN, None),
    ({"A": None, "B": ["A"]}, {"A": 100.0}),
    # volumes that stress rounding to the cent
    ({"A": None, "B": "A"}, {"A": 100.005, "B": 1_000.015}),
    ({"A": None, "B": "A"}, {"A": 2.675, "B": 1_000.125}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(monthly_bonuses, reference, *case)


def test_keyword_arguments() -> None:
    personal = {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0}
    assert_same(monthly_bonuses, reference, roster=TREE, personal=personal, plan=SMALL_PLAN, leg_volume=300.0)
    assert_same(monthly_bonuses, reference, TREE, personal, leg_volume=2_000)


def _random_cases():
    rng = random.Random(31071)
    for _ in range(240):
        size = rng.choice([0, 1, 2, 5, 12, 40, 90])
        members = [f"D{number:03d}" for number in range(size)]
        pairs = []
        for index, member in enumerate(members):
            roll = rng.random()
            if index == 0 or roll < 0.08:
                sponsor = None
            elif roll < 0.12:
                sponsor = "UNKNOWN"
            elif roll < 0.7:
                sponsor = members[max(0, index - rng.randint(1, 4))]
            else:
                sponsor = members[rng.randrange(index)]
            pairs.append((member, sponsor))
        if rng.random() < 0.3:
            rng.shuffle(pairs)
        roster = dict(pairs)
        personal = {}
        for member in members:
            if rng.random() < 0.8:
                value = rng.choice([0, 50, 100, 150, 250, 1_000, 5_000, 20_000]) * rng.choice([1, 1, 2, 3])
                if rng.random() < 0.6:
                    value = round(value * rng.uniform(0.5, 1.5), rng.choice([0, 1, 2]))
                if rng.random() < 0.05:
                    value = -value
                personal[member] = value
        args = [roster, personal]
        if rng.random() < 0.4:
            args.append(rng.choice([RANK_PLAN, SMALL_PLAN, RANK_PLAN[2:], []]))
            if rng.random() < 0.5:
                args.append(rng.choice([0, 500.0, 1_000, 4_000.0]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(monthly_bonuses, reference, *case)


def test_deep_organisation() -> None:
    """Three thousand distributors, mostly recruited by recent joiners, so the tree is deep."""
    rng = random.Random(3108)
    members = [f"D{number:05d}" for number in range(3000)]
    roster = {}
    for index, member in enumerate(members):
        if index < 2:
            roster[member] = None
        elif rng.random() < 0.95:
            roster[member] = members[max(0, index - rng.randint(1, 20))]
        else:
            roster[member] = members[rng.randrange(index)]
    personal = {member: round(rng.choice([25.0, 40.0, 62.5, 110.0]) * rng.randint(0, 4), 2)
                for member in members if rng.random() < 0.7}
    assert_same(monthly_bonuses, reference, roster, personal)
