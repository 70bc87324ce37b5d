"""Mating plan: kinship among this year's candidate heifers and the bulls on offer."""

import random

from breeding.kinship import Animal, kinship_matrix


def main() -> None:
    rng = random.Random(1953)
    herd: dict[str, Animal] = {}
    generation = [f"F{n}" for n in range(6)]
    for animal_id in generation:
        herd[animal_id] = Animal(animal_id, 1990)
    for year in range(1, 11):
        parents = generation
        generation = [f"G{year}-{n}" for n in range(6)]
        for animal_id in generation:
            sire, dam = rng.sample(parents, 2)
            herd[animal_id] = Animal(animal_id, 1990 + 2 * year, sire, dam)
    candidates = generation[:3] + [a.sire for a in herd.values() if a.id in generation[:3]][:2]
    matrix = kinship_matrix(herd, candidates)
    closest = max((pair for pair in matrix if pair[0] != pair[1]), key=matrix.get)
    print(len(herd), len(matrix), closest, round(matrix[closest], 4))


if __name__ == "__main__":
    main()
