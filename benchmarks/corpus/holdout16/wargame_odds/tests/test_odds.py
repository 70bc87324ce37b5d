from fractions import Fraction

import pytest

from hitroll.dice import damage_distribution, success_chance, wound_target
from hitroll.odds import attack_odds


def test_success_chance() -> None:
    assert success_chance(2) == Fraction(5, 6)
    assert success_chance(7) == 0
    with pytest.raises(ValueError):
        success_chance(1)
    with pytest.raises(TypeError):
        success_chance(3.0)


def test_wound_table() -> None:
    assert [wound_target(s, 4) for s in (8, 5, 4, 3, 2)] == [2, 3, 4, 5, 6]


def test_damage_distribution() -> None:
    assert damage_distribution("2") == {2: 1}
    assert damage_distribution(" d3+1") == {2: Fraction(1, 3), 3: Fraction(1, 3), 4: Fraction(1, 3)}
    with pytest.raises(ValueError):
        damage_distribution("2D6")


def test_single_attack_single_model() -> None:
    odds = attack_odds(1, 3, 4, 4, 7, "1", 1, 1)
    assert odds["p_unsaved"] == Fraction(2, 3) * Fraction(1, 2)
    assert odds["kills"] == {0: Fraction(2, 3), 1: Fraction(1, 3)}
    assert odds["p_wipe"] == Fraction(1, 3)


def test_excess_damage_is_lost() -> None:
    # one attack that always gets through (never happens) cannot be set up, so compare
    # a 3-damage weapon against 2-wound models: each unsaved wound kills exactly one model
    odds = attack_odds(2, 2, 10, 1, 7, "3", 2, 5)
    p = Fraction(5, 6) * Fraction(5, 6)
    assert odds["kills"] == {0: (1 - p) ** 2, 1: 2 * p * (1 - p), 2: p * p}


def test_distribution_sums_to_one() -> None:
    odds = attack_odds(5, 3, 5, 4, 4, "D3", 3, 2)
    assert sum(odds["kills"].values()) == 1
    assert 0 < odds["expected_kills"] < 2


def test_invalid_profiles() -> None:
    with pytest.raises(ValueError):
        attack_odds(3, 3, 4, 4, 8, "1", 1, 1)
    with pytest.raises(ValueError):
        attack_odds(3, 3, 4, 4, 4, "1", 0, 1)
