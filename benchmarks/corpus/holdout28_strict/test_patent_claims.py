"""Strict equivalence tests for feature_sets (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from claimchart.chart import feature_sets
from claimchart.claims import Claim

TARGET = "claimchart/chart.py:feature_sets"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_collect(by_number, number):
    claim = by_number[number]
    features = []
    for reference in claim.depends_on:
        features.extend(_ref_collect(by_number, reference))
    features.extend(claim.features)
    return features


def reference(claims):
    by_number = {}
    for claim in claims:
        if claim.number in by_number:
            raise ValueError(f"claim {claim.number} appears twice")
        by_number[claim.number] = claim
    for claim in claims:
        for reference in claim.depends_on:
            if reference not in by_number:
                raise ValueError(f"claim {claim.number} refers to missing claim {reference}")
            if reference >= claim.number:
                raise ValueError(f"claim {claim.number} refers to claim {reference}, which does not precede it")
    return {claim.number: tuple(dict.fromkeys(_ref_collect(by_number, claim.number))) for claim in claims}


# --- cases -------------------------------------------------------------------------------

C = Claim
NS = SimpleNamespace

CASES = [
    [],
    (),
    [C(1, (), ())],
    [C(1, (), ("a housing",))],
    [C(1, (), ("a", "b", "a"))],
    [C(1, (), ("a", "b")), C(2, (1,), ("c",))],
    [C(1, (), ("a", "b")), C(2, (1,), ("a",))],
    [C(1, (), ("a", "b")), C(2, (1,), ("b", "a", "c"))],
    [C(1, (), ("a",)), C(2, (1,), ("b",)), C(3, (1, 2), ("c",))],
    [C(1, (), ("a",)), C(2, (1,), ("b",)), C(3, (2, 1), ("c",))],
    [C(1, (), ("a",)), C(2, (), ("b",)), C(3, (2, 1), ("c",))],
    [C(1, (), ("a",)), C(2, (), ("b",)), C(3, (1, 2), ("c",))],
    [C(1, (), ("a",)), C(2, (1,), ()), C(3, (2,), ()), C(4, (3,), ("d",))],
    [C(1, (), ("x",)), C(2, (1, 1), ("y",))],
    [C(3, (), ("c",)), C(1, (), ("a",)), C(2, (1,), ("b",))],
    [C(5, (), ("c",)), C(9, (5,), ("a",)), C(7, (5,), ("b",)), C(8, (7, 5), ("d",))],
    [C(2, (1,), ("b",)), C(1, (), ("a",))],
    [C(1, (), ("a",)), C(1, (), ("b",))],
    [C(1, (), ("a",)), C(2, (1,), ("b",)), C(2, (1,), ("b",))],
    [C(1, (), ("a",)), C(2, (3,), ("b",))],
    [C(1, (), ("a",)), C(2, (2,), ("b",))],
    [C(1, (2,), ("a",)), C(2, (), ("b",))],
    [C(1, (0,), ("a",))],
    [C(1, (), ("a",)), C(2, (1, 4), ("b",)), C(4, (), ("d",))],
    [C(1, (), ("a",)), C(2, (4, 1), ("b",)), C(4, (), ("d",))],
    [C(1, (2,), ("a",)), C(2, (9,), ("b",))],
    [C(2, (1,), ("a",)), C(2, (), ("b",))],
    [C(0, (), ("zero",)), C(1, (0,), ("one",))],
    [C(-3, (), ("neg",)), C(-1, (-3,), ("less neg",)), C(2, (-1, -3), ("pos",))],
    [C(1, (), ("a",)), C(1.0, (), ("b",))],
    [C(1, (), ("a",)), C(True, (), ("b",))],
    [C(1, (), ("a",)), C(2.5, (1,), ("b",)), C(3, (2.5,), ("c",))],
    [C(1.0, (), ("a",)), C(2, (1,), ("b",))],
    [C(True, (), ("a",)), C(2, (1,), ("b",))],
    [C(1, (), ("a",)), C(2, (True,), ("b",))],
    [C(False, (), ("a",)), C(True, (False,), ("b",))],
    [C(1, (), ("a",)), C(2, (1.0,), ("b",)), C(3, (2.0, 1.0), ("c",))],
    [C(float("nan"), (), ("a",))],
    [C(1, (), ("a",)), C(2, (float("nan"),), ("b",))],
    [C(float("inf"), (), ("a",)), C(float("-inf"), (), ("b",))],
    [C(1, (), ("a",)), C(float("inf"), (1,), ("b",))],
    [C(None, (), ("a",))],
    [C(None, (), ("a",)), C(2, (None,), ("b",))],
    [C(1, (), ("a",)), C(2, (None,), ("b",))],
    [C("1", (), ("a",)), C("2", ("1",), ("b",))],
    [C("1", (), ("a",)), C("10", ("1",), ("b",)), C("9", ("10",), ("c",))],
    [C(1, (), ("a",)), C("2", (1,), ("b",))],
    [C(10**20, (), ("big",)), C(10**20 + 1, (10**20,), ("bigger",))],
    [C(1, (), ("Gehäuse aus Aluminium",)), C(2, (1,), ("ventil 🚰", "Gehäuse aus Aluminium"))],
    [C(1, (), ("a housing ", "a housing")), C(2, (1,), ("a housing\n",))],
    [C(1, (), ("", "a")), C(2, (1,), ("",))],
    [C(1, (), ("A housing", "a housing"))],
    [C(1, (), ["a", "b"]), C(2, [1], ["c"])],
    [C(1, [], []), C(2, [1], ["a"])],
    [C(1, (), "abc"), C(2, (1,), "bcd")],
    [C(1, (), ("a",)), C(2, (1,), None)],
    [C(1, None, ("a",))],
    [C(1, (), (1, 1.0, True, "1"))],
    [C(1, (), (0, False, 0.0)), C(2, (1,), (None, None))],
    [C(1, (), (("tuple", "feature"), ("tuple", "feature")))],
    [C(1, (), (["unhashable"],))],
    [C(1, (), ("a",)), C(2, (1,), ({"k": 1},))],
    [C(1, (), (frozenset({"a"}), frozenset({"a"})))],
    [NS(number=1, depends_on=(), features=("a",)), NS(number=2, depends_on=(1,), features=("b",))],
    [NS(number=1, depends_on=(), features=("a",)), C(2, (1,), ("b",))],
    [NS(number=1, depends_on=(), features=["a"]), NS(number=2, depends_on=[1, 1], features=["a", "b"])],
    [NS(number=1, depends_on=())],
    [NS(number=1, features=("a",))],
    [None],
    [C(1, (), ("a",)), None],
    [(1, (), ("a",))],
    "12",
    None,
    [C(n, (n - 1,) if n > 1 else (), (f"feature {n % 7}",)) for n in range(1, 60)],
    [C(n, tuple(range(max(1, n - 2), n)), (f"f{n}",)) for n in range(1, 16)],
    [C(n, tuple(range(n - 1, max(0, n - 3), -1)), (f"f{n % 4}", f"g{n % 3}")) for n in range(1, 15)],
    [C(n, tuple(range(1, n)), (f"f{n}",)) for n in range(1, 12)],
    [C(n, tuple(range(n - 1, 0, -1)), (f"f{n % 5}",)) for n in range(1, 11)],
    [C(2 * n, (2 * n - 2,) if n > 1 else (), (f"even {n}",)) for n in range(1, 20)],
    [C(n, (n - 1,) if n > 1 else (), ("same",)) for n in range(1, 300)],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(feature_sets, reference, case)


def test_keyword_argument() -> None:
    assert_same(feature_sets, reference, claims=[C(1, (), ("a",)), C(2, (1,), ("b",))])


def test_claims_are_reusable() -> None:
    claims = [C(1, (), ("a",)), C(2, (1,), ("b",)), C(3, (1, 2), ("c", "a"))]
    assert feature_sets(claims) == feature_sets(claims) == reference(claims)
    claims.append(C(4, (3,), ("d",)))
    assert feature_sets(claims) == reference(claims)
    assert feature_sets(claims[:2]) == reference(claims[:2])


def test_shared_feature_tuples() -> None:
    shared = ("a", "b")
    claims = [C(1, (), shared), C(2, (1,), shared), C(3, (2, 1), shared)]
    assert_same(feature_sets, reference, claims)


def _random_claim_set(rng):
    size = rng.randint(0, 14)
    pool = [f"feature {i}" for i in range(rng.randint(1, 12))]
    claims = []
    numbers = list(range(1, size + 1))
    if rng.random() < 0.15:
        numbers = sorted(rng.sample(range(1, 40), size))
    for index, number in enumerate(numbers):
        earlier = numbers[:index]
        if earlier and rng.random() < 0.8:
            refs = tuple(rng.choice(earlier) for _ in range(rng.randint(1, 3)))
        else:
            refs = ()
        features = tuple(rng.choice(pool) for _ in range(rng.randint(0, 3)))
        claims.append(C(number, refs, features))
    roll = rng.random()
    if claims and roll < 0.05:
        claims.append(C(claims[0].number, (), ("duplicate",)))
    elif claims and roll < 0.10:
        claims[-1] = C(claims[-1].number, (claims[-1].number + 1,), claims[-1].features)
    elif claims and roll < 0.15:
        claims[-1] = C(claims[-1].number, (claims[-1].number,), claims[-1].features)
    elif len(claims) > 2 and roll < 0.2:
        rng.shuffle(claims)
    return claims


def _random_cases():
    rng = random.Random(28001)
    return [_random_claim_set(rng) for _ in range(240)]


@pytest.mark.parametrize("case", _random_cases())
def test_random(case) -> None:
    assert_same(feature_sets, reference, case)


def test_realistic_application() -> None:
    """A medical-device application: two families with multiple dependent claims."""
    rng = random.Random(97)
    parts = ["catheter", "balloon", "guidewire", "hub", "valve", "lumen", "marker band", "coating", "tip", "sheath"]
    claims = []
    number = 0
    for family in range(2):
        number += 1
        root = number
        claims.append(C(number, (), tuple(f"a {part}" for part in rng.sample(parts, 4))))
        for _ in range(21):
            number += 1
            low = max(root, number - rng.randint(2, 5))
            refs = tuple(sorted({rng.randint(low, number - 1) for _ in range(rng.randint(1, 3))}))
            claims.append(C(number, refs, (f"the {rng.choice(parts)} is {rng.choice(['radiopaque', 'hydrophilic', 'tapered', 'braided'])}",)))
    assert_same(feature_sets, reference, claims)
