"""Strict equivalence tests for attack_odds (never shown to wattlens)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from strict_support import assert_same
from hitroll.odds import attack_odds

TARGET = "hitroll/odds.py:attack_odds"


def success_chance(target):
    if isinstance(target, bool) or not isinstance(target, int):
        raise TypeError("roll targets are whole numbers")
    if target < 2:
        raise ValueError("a roll of 1 always fails, targets start at 2+")
    return Fraction(max(0, 7 - target), 6)


def wound_target(strength, toughness):
    if strength < 1 or toughness < 1:
        raise ValueError("strength and toughness are at least 1")
    if strength >= 2 * toughness:
        return 2
    if strength > toughness:
        return 3
    if strength == toughness:
        return 4
    if 2 * strength > toughness:
        return 5
    return 6


def damage_distribution(spec):
    text = spec.strip().upper()
    base, plus, bonus = text.partition("+")
    extra = int(bonus) if plus else 0
    if base in ("D3", "D6"):
        sides = int(base[1])
        return {face + extra: Fraction(1, sides) for face in range(1, sides + 1)}
    if plus or not base.isdigit() or int(base) < 1:
        raise ValueError(f"cannot read damage {spec!r}")
    return {int(base): Fraction(1)}


def _kills(attacks, models, wounds_left, wounds, p_unsaved, damage):
    if attacks == 0 or models == 0:
        return {0: Fraction(1)}
    result = {}
    for kills, chance in _kills(attacks - 1, models, wounds_left, wounds, p_unsaved, damage).items():
        result[kills] = result.get(kills, 0) + chance * (1 - p_unsaved)
    for amount, p_amount in damage.items():
        if amount >= wounds_left:
            rest, killed = _kills(attacks - 1, models - 1, wounds, wounds, p_unsaved, damage), 1
        else:
            rest, killed = _kills(attacks - 1, models, wounds_left - amount, wounds, p_unsaved, damage), 0
        for kills, chance in rest.items():
            result[kills + killed] = result.get(kills + killed, 0) + chance * p_unsaved * p_amount
    return result


def reference(attacks, to_hit, strength, toughness, save, damage, wounds, models):
    if attacks < 0 or wounds < 1 or models < 1:
        raise ValueError("attacks >= 0, wounds >= 1 and models >= 1 required")
    if save > 7:
        raise ValueError("save 7+ means no save; higher values are invalid")
    p_hit = success_chance(to_hit)
    p_wound = success_chance(wound_target(strength, toughness))
    p_unsaved = p_hit * p_wound * (1 - success_chance(save))
    distribution = _kills(attacks, models, wounds, wounds, p_unsaved, damage_distribution(damage))
    kills = {count: distribution[count] for count in sorted(distribution)}
    expected = sum((count * chance for count, chance in kills.items()), Fraction(0))
    return {"p_unsaved": p_unsaved, "kills": kills, "expected_kills": expected,
            "p_wipe": kills.get(models, Fraction(0))}


CASES = [
    (0, 3, 4, 4, 3, "1", 1, 1),
    (0, 3, 4, 4, 3, "D6", 3, 5),
    (1, 3, 4, 4, 7, "1", 1, 1),
    (1, 2, 4, 4, 7, "1", 1, 1),
    (1, 6, 4, 4, 2, "1", 1, 1),
    (1, 7, 4, 4, 3, "1", 1, 1),
    (3, 7, 4, 4, 3, "D3", 2, 2),
    (3, 8, 4, 4, 3, "1", 1, 1),
    (3, 3, 4, 4, 7, "1", 1, 3),
    (3, 3, 4, 4, 6, "1", 1, 3),
    (3, 3, 4, 4, 2, "1", 1, 3),
    (4, 3, 4, 4, 3, "1", 2, 2),
    (4, 3, 4, 4, 3, "2", 2, 2),
    (4, 3, 4, 4, 3, "3", 2, 2),
    (4, 3, 4, 4, 3, "D3", 2, 2),
    (4, 3, 4, 4, 3, "D3+1", 2, 2),
    (4, 3, 4, 4, 3, "d3+1", 2, 2),
    (4, 3, 4, 4, 3, " D6 ", 4, 2),
    (4, 3, 4, 4, 3, "D6+2", 4, 2),
    (4, 3, 4, 4, 3, "D6+0", 4, 2),
    (4, 3, 4, 4, 3, "D6+-1", 4, 2),
    (4, 3, 4, 4, 3, "D6+-2", 4, 2),
    (4, 3, 4, 4, 3, "D3 + 1", 2, 2),
    (4, 3, 4, 4, 3, "12", 12, 1),
    (4, 3, 4, 4, 3, "01", 1, 4),
    (4, 3, 4, 4, 3, "0", 1, 1),
    (4, 3, 4, 4, 3, "-1", 1, 1),
    (4, 3, 4, 4, 3, "2+1", 1, 1),
    (4, 3, 4, 4, 3, "D4", 1, 1),
    (4, 3, 4, 4, 3, "2D6", 1, 1),
    (4, 3, 4, 4, 3, "D6+", 1, 1),
    (4, 3, 4, 4, 3, "D6+x", 1, 1),
    (4, 3, 4, 4, 3, "", 1, 1),
    (4, 3, 4, 4, 3, "³", 1, 1),
    (4, 3, 4, 4, 3, None, 1, 1),
    (4, 3, 4, 4, 3, 2, 1, 1),
    (2, 3, 8, 4, 3, "1", 1, 1),
    (2, 3, 5, 4, 3, "1", 1, 1),
    (2, 3, 3, 4, 3, "1", 1, 1),
    (2, 3, 2, 4, 3, "1", 1, 1),
    (2, 3, 1, 4, 3, "1", 1, 1),
    (2, 3, 2, 3, 3, "1", 1, 1),
    (2, 3, 1, 2, 3, "1", 1, 1),
    (2, 3, 0, 4, 3, "1", 1, 1),
    (2, 3, 4, 0, 3, "1", 1, 1),
    (2, 3, 4, -1, 3, "1", 1, 1),
    (2, 3, 4.5, 4, 3, "1", 1, 1),
    (2, 3, 4, 4, 8, "1", 1, 1),
    (2, 3, 4, 4, 1, "1", 1, 1),
    (2, 3, 4, 4, 0, "1", 1, 1),
    (2, 3, 4, 4, 3.0, "1", 1, 1),
    (2, 3, 4, 4, "3", "1", 1, 1),
    (2, 1, 4, 4, 3, "1", 1, 1),
    (2, 0, 4, 4, 3, "1", 1, 1),
    (2, 3.0, 4, 4, 3, "1", 1, 1),
    (2, True, 4, 4, 3, "1", 1, 1),
    (2, "3", 4, 4, 3, "1", 1, 1),
    (2, None, 4, 4, 3, "1", 1, 1),
    (-1, 3, 4, 4, 3, "1", 1, 1),
    (2, 3, 4, 4, 3, "1", 0, 1),
    (2, 3, 4, 4, 3, "1", 1, 0),
    (2, 3, 4, 4, 3, "1", -2, 1),
    (2, 1, 4, 4, 9, "1", 1, 1),
    (2, 1, 0, 4, 3, "1", 1, 1),
    (2, 1, 4, 4, 3, "bad", 1, 1),
    (2.0, 3, 4, 4, 3, "1", 1, 1),
    (True, 3, 4, 4, 3, "1", 1, 1),
    (False, 3, 4, 4, 3, "1", 1, 1),
    (2, 3, 4, 4, 3, "1", 1.0, 2),
    (2, 3, 4, 4, 3, "1", 1, 2.0),
    (8, 3, 4, 3, 5, "1", 1, 10),
    (10, 2, 10, 3, 7, "1", 1, 10),
    (10, 2, 10, 3, 7, "1", 1, 3),
    (6, 3, 12, 10, 3, "D6+1", 12, 1),
    (5, 3, 8, 5, 2, "D3", 3, 5),
    (5, 4, 8, 4, 3, "2", 2, 5),
    (5, 4, 8, 4, 3, "2", 3, 5),
    (5, 4, 8, 4, 3, "D3", 1, 1),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(attack_odds, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(attack_odds, reference, attacks=3, to_hit=4, strength=5, toughness=4, save=4, damage="D3", wounds=2, models=2)


def _random_cases():
    rng = random.Random(1987)
    for _ in range(130):
        damage = rng.choice(["1", "2", "3", "D3", "D3+1", "D6", "d6+1", "6"])
        limit = 5 if damage.upper().startswith("D6") else 6 if damage.upper().startswith("D3") else 9
        yield (rng.randint(0, limit), rng.randint(2, 7), rng.randint(1, 12), rng.randint(1, 10), rng.randint(2, 7),
               damage, rng.choice([1, 1, 2, 3, 4, 6, 12]), rng.randint(1, 6))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(attack_odds, reference, *case)


def test_large_profile() -> None:
    assert_same(attack_odds, reference, 9, 3, 5, 4, 4, "D3", 3, 3)
