"""Coefficients of kinship from a herd book, used to avoid close matings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence


@dataclass(frozen=True)
class Animal:
    """A registered animal; parents are herd-book ids, or None when not recorded."""

    id: str
    born: int
    sire: str | None = None
    dam: str | None = None


def load_herd(rows: Iterable[Sequence[str]]) -> dict[str, Animal]:
    """Build a herd from `(id, born, sire, dam)` rows; an empty or '-' parent means unknown."""
    herd: dict[str, Animal] = {}
    for animal_id, born, sire, dam in rows:
        herd[animal_id] = Animal(animal_id, int(born), sire.strip() if sire.strip() not in ("", "-") else None, dam.strip() if dam.strip() not in ("", "-") else None)
    return herd


def check_pedigree(herd: Mapping[str, Animal]) -> None:
    """Every recorded parent must be in the herd and born before its offspring."""
    for animal in herd.values():
        for parent in (animal.sire, animal.dam):
            if parent is None:
                continue
            if parent not in herd:
                raise KeyError(f"{animal.id}: parent {parent} is not in the herd book")
            if herd[parent].born >= animal.born:
                raise ValueError(f"{animal.id}: parent {parent} is not older than its offspring")


def kinship_matrix(herd: Mapping[str, Animal], ids: Sequence[str]) -> dict[tuple[str, str], float]:
    """Coefficient of kinship for each pair `(a, b)` with `a` not after `b` in `ids`.

    The pairs include each animal with itself (half of one plus its inbreeding
    coefficient). Unknown parents count as unrelated founders. Kinship of two different
    animals is half the sum of the kinships of the other animal with each parent of the
    younger one (ties in birth year broken by the larger id), so an ancestor is never
    expanded before its descendants. The pedigree is checked first (see
    `check_pedigree`); an id that is not in the herd raises KeyError.
    """
    check_pedigree(herd)

    def kinship(a: str | None, b: str | None) -> float:
        if a is None or b is None:
            return 0.0
        if a == b:
            animal = herd[a]
            return 0.5 * (1.0 + kinship(animal.sire, animal.dam))
        first, second = herd[a], herd[b]
        younger, other = (first, b) if (first.born, first.id) > (second.born, second.id) else (second, a)
        return 0.5 * (kinship(younger.sire, other) + kinship(younger.dam, other))

    matrix: dict[tuple[str, str], float] = {}
    for position, a in enumerate(ids):
        for b in ids[position:]:
            matrix[(a, b)] = kinship(a, b)
    return matrix


def inbreeding(herd: Mapping[str, Animal], animal_id: str) -> float:
    """Wright's inbreeding coefficient of one animal."""
    animal = herd[animal_id]
    if animal.sire is None or animal.dam is None:
        return 0.0
    return kinship_matrix(herd, [animal.sire, animal.dam])[(animal.sire, animal.dam)]
