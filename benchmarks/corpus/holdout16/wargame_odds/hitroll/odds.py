"""Kill odds of one weapon profile firing at one target unit."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from hitroll.dice import damage_distribution, success_chance, wound_target


def _kills(attacks: int, models: int, wounds_left: int, wounds: int,
           p_unsaved: Fraction, damage: dict[int, Fraction]) -> dict[int, Fraction]:
    """Distribution of models destroyed by the remaining attacks (excess damage is lost)."""
    if attacks == 0 or models == 0:
        return {0: Fraction(1)}
    result: dict[int, Fraction] = {}
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


def attack_odds(attacks: int, to_hit: int, strength: int, toughness: int, save: int,
                damage: str, wounds: int, models: int) -> dict[str, Any]:
    """Exact odds for ``attacks`` attacks against ``models`` models of ``wounds`` wounds each.

    ``save`` is the target's save roll (7 for no save). Returns the chance that one attack
    gets through (``p_unsaved``), the distribution of models destroyed (``kills``, in
    ascending order), the expected number destroyed and the chance the unit is wiped out.
    """
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
