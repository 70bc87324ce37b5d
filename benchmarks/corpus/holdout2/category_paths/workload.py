"""Rebuild the breadcrumb cache after a catalogue import."""

import random

from shopcms.breadcrumbs import category_paths

NOUNS = ["Shoes", "Shirts", "Lamps", "Tools", "Toys", "Books", "Garden", "Kitchen", "Audio", "Bags", "Sports"]
ADJECTIVES = ["Kids", "Outdoor", "Vintage", "Smart", "Premium", "Eco", "Travel", "Home", "Pro", "Mini"]


def make_catalogue(rng: random.Random, level_sizes: list[int]) -> list[dict]:
    categories = []
    ids = iter(rng.sample(range(10000, 99999), sum(level_sizes)))
    previous: list[int] = [None]  # type: ignore[list-item]
    for size in level_sizes:
        level = [next(ids) for _ in range(size)]
        for category_id in level:
            name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
            parent = rng.choice(previous)
            categories.append({"id": category_id, "name": name, "parent": parent, "visible": rng.random() < 0.9})
        previous = level
    rng.shuffle(categories)
    return categories


def main() -> None:
    rng = random.Random(7)
    categories = make_catalogue(rng, [12, 130, 800, 1800, 1100])
    paths = category_paths(categories, sep=" › ")
    depths = [path.count("›") + 1 for path in paths.values()]
    print(len(paths), max(depths), round(sum(depths) / len(depths), 2))


if __name__ == "__main__":
    main()
