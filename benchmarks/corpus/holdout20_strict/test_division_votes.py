"""Strict equivalence tests for rebellion_report (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from hansard.loyalty import rebellion_report
from hansard.records import Division, Member
from strict_support import assert_same

TARGET = "hansard/loyalty.py:rebellion_report"


# --- verbatim copy of the original implementation and its helpers -------------------------

VOTES = ("aye", "no")


def vote_of(division, member_id):
    for voter, vote in division.votes:
        if voter == member_id:
            return vote
    return None


def party_line(division, party_of, party):
    ayes = noes = 0
    for voter, vote in division.votes:
        if party_of.get(voter) != party:
            continue
        if vote == "aye":
            ayes += 1
        elif vote == "no":
            noes += 1
    if ayes > noes:
        return "aye"
    if noes > ayes:
        return "no"
    return None


def reference(members, divisions):
    party_of = {member.member_id: member.party for member in members}
    report = {}
    for member in members:
        voted = rebellions = 0
        for division in divisions:
            vote = vote_of(division, member.member_id)
            if vote is None:
                continue
            voted += 1
            if vote in VOTES:
                line = party_line(division, party_of, member.party)
                if line is not None and vote != line:
                    rebellions += 1
        report[member.member_id] = {
            "name": member.name,
            "party": member.party,
            "voted": voted,
            "rebellions": rebellions,
            "attendance_pct": round(100 * voted / len(divisions), 1) if divisions else 0.0,
        }
    return report


# --- cases -------------------------------------------------------------------------------

M = [Member(1, "Ada", "Red"), Member(2, "Bo", "Red"), Member(3, "Cy", "Red"), Member(4, "Di", "Blue"), Member(5, "Ed", "Blue")]


def d(*votes, number=1):
    return Division(number, f"Division {number}", list(votes))


BASIC = [d((1, "aye"), (2, "aye"), (3, "no"), (4, "no"), number=1), d((1, "no"), (2, "no"), (4, "aye"), number=2),
         d((3, "abstain"), (5, "aye"), (4, "no"), number=3)]

CASES = [
    ([], []),
    ([], BASIC),
    (M, []),
    (M[:1], []),
    (M, BASIC),
    (M[::-1], BASIC),
    (M, BASIC[::-1]),
    (M, [d()]),
    (M, [d(), d(), d()]),
    (M, [d((1, "aye"))]),
    (M, [d((1, "aye"), (2, "no"))]),
    (M, [d((1, "aye"), (2, "no"), (3, "no"))]),
    (M, [d((1, "aye"), (2, "no"), (3, "abstain"))]),
    (M, [d((1, "aye"), (1, "no"), (2, "no"))]),
    (M, [d((1, "no"), (1, "aye"), (2, "aye"), (3, "no"))]),
    (M, [d((1, "abstain"), (1, "aye"), (2, "no"))]),
    (M, [d((1, None), (1, "aye"), (2, "no"))]),
    (M, [d((1, "AYE"), (2, "Aye"), (3, "aye"))]),
    (M, [d((1, "aye"), (2, "teller"), (3, "no"), (4, ""), (5, "aye"))]),
    (M, [d((99, "aye"), (98, "aye"), (1, "no"))]),
    (M, [d((1.0, "aye"), (True, "no"), (2, "aye"), (3, "aye"))]),
    (M, [d(("1", "aye"), (2, "no"), (3, "no"))]),
    (M + [Member(1, "Ada (defected)", "Blue")], BASIC),
    ([Member(1, "Ada", "Blue")] + M, BASIC),
    (M + [M[0]], BASIC),
    ([Member(1, "A", None), Member(2, "B", None)], [d((1, "aye"), (99, "no"), (98, "no"))]),
    ([Member(1, "A", None), Member(2, "B", "X")], [d((1, "aye"), (2, "no"))]),
    ([Member(1, "A", ""), Member(2, "B", "")], [d((1, "aye"), (2, "no"), (3, "no"))]),
    ([Member(1, "Å", "Grön"), Member(2, "日本", "Grön")], [d((1, "aye"), (2, "no"), (1, "no"))]),
    ([Member(10, "A", "P")], [d((10, "aye"))] * 3),
    ([Member(10, "A", "P")], [d((10, "aye")), d(), d()]),
    ([Member(10, "A", "P")], [d((10, "aye")), d(), d(), d(), d(), d()]),
    ([Member(10, "A", "P")], [d((10, "aye"))] + [d()] * 7),
    ([Member(10, "A", "P")], [d((10, "aye"))] * 2 + [d()] * 4),
    ([Member(10, "A", "P")], [d((10, "aye"))] + [d()] * 15),
    ([Member(n, f"M{n}", "P" if n % 2 else "Q") for n in range(12)],
     [d(*[(n, "aye" if (n * k) % 3 else "no") for n in range(12)], number=k) for k in range(8)]),
    ([Member((1, "a"), "T", "P"), Member((2, "b"), "U", "P")], [d(((1, "a"), "aye"), ((2, "b"), "no"), ((2, "b"), "no"))]),
    ([SimpleNamespace(member_id=1, name="NS", party="Red")], [SimpleNamespace(votes=[(1, "aye")])]),
    (M, (Division(1, "t", ((1, "aye"), (2, "no"), (3, "no"))),)),
    (tuple(M), BASIC),
    # invalid input
    (None, BASIC),
    (M, None),
    ([None], BASIC),
    ([Member([1], "L", "Red")], BASIC),
    (M, [None]),
    (M, [d((1, "aye"), (2,))]),
    (M, [d((1, "aye"), (2, "no", "extra"))]),
    (M, [d((1, "aye"), None)]),
    (M, [d((1, "aye")), 7]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(rebellion_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(rebellion_report, reference, divisions=BASIC, members=M)


def test_divisions_not_modified() -> None:
    divisions = [Division(1, "x", [(1, "aye"), (2, "no"), (1, "no")])]
    rebellion_report(M, divisions)
    assert divisions == [Division(1, "x", [(1, "aye"), (2, "no"), (1, "no")])]


PARTIES = ["Red", "Blue", "Green", "Independent"]


def _random_cases():
    rng = random.Random(1832)
    for index in range(180):
        members = [Member(rng.randint(1, 40), f"M{n}", rng.choice(PARTIES)) for n in range(rng.randint(0, 25))]
        ids = [member.member_id for member in members] or [1]
        divisions = []
        for number in range(rng.choice([0, 1, 2, 3, 5, 8, 12])):
            votes = []
            for _ in range(rng.randint(0, 30)):
                voter = rng.choice(ids) if rng.random() < 0.9 else rng.randint(41, 45)
                votes.append((voter, rng.choice(["aye", "aye", "no", "no", "abstain", "aye"])))
            divisions.append(Division(number, f"D{number}", votes))
        yield members, divisions


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(rebellion_report, reference, *case)


def test_whole_chamber() -> None:
    rng = random.Random(650)
    members = [Member(n, f"M{n}", rng.choice(PARTIES)) for n in range(200)]
    divisions = []
    for number in range(15):
        whip = {party: rng.choice(["aye", "no"]) for party in PARTIES}
        votes = [(m.member_id, whip[m.party] if rng.random() < 0.9 else rng.choice(["aye", "no", "abstain"]))
                 for m in rng.sample(members, 150)]
        divisions.append(Division(number, "d", votes))
    assert_same(rebellion_report, reference, members, divisions)
