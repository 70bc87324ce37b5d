"""Weekly shelf-reading list for the whole non-fiction collection of a library branch."""

import random

from shelfread.callnumbers import shelf_order

SURNAMES = ["SMI", "JON", "GAR", "MÜL", "OKA", "LEE", "BRO", "DAV", "NGU", "KIM", "PAT", "ROS", "Wil", "tan", "CHE"]


def main() -> None:
    rng = random.Random(641)
    labels = []
    for _ in range(65000):
        whole = rng.randint(0, 999)
        digits = "".join(rng.choices("0123456789", k=rng.choice([0, 1, 2, 2, 3, 4, 6])))
        label = f"{whole:03d}.{digits}" if digits else f"{whole:03d}"
        label += " " + rng.choice(SURNAMES)
        if rng.random() < 0.8:
            label += f" {rng.randint(1950, 2024)}"
        if rng.random() < 0.07:
            label += f" v.{rng.randint(1, 12)}"
        labels.append(label)
    ordered = shelf_order(labels)
    print(len(ordered), ordered[0], ordered[len(ordered) // 2], ordered[-1])


if __name__ == "__main__":
    main()
