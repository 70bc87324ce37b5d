"""Single-die chances and damage characteristics, as exact fractions."""

from __future__ import annotations

from fractions import Fraction


def success_chance(target: int) -> Fraction:
    """Chance that a D6 rolls ``target`` or more (2-6); 7 or more can never succeed."""
    if isinstance(target, bool) or not isinstance(target, int):
        raise TypeError("roll targets are whole numbers")
    if target < 2:
        raise ValueError("a roll of 1 always fails, targets start at 2+")
    return Fraction(max(0, 7 - target), 6)


def wound_target(strength: int, toughness: int) -> int:
    """The roll needed to wound, from the strength versus toughness table."""
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


def damage_distribution(spec: str) -> dict[int, Fraction]:
    """Damage per unsaved wound: a fixed number ("2") or a dice expression ("D3", "D6+1")."""
    text = spec.strip().upper()
    base, plus, bonus = text.partition("+")
    extra = int(bonus) if plus else 0
    if base in ("D3", "D6"):
        sides = int(base[1])
        return {face + extra: Fraction(1, sides) for face in range(1, sides + 1)}
    if plus or not base.isdigit() or int(base) < 1:
        raise ValueError(f"cannot read damage {spec!r}")
    return {int(base): Fraction(1)}
