"""Slugs for the whole archive of a busy blog (many repeated titles)."""

import random

from blog.slugs import unique_slugs


def main() -> None:
    rng = random.Random(37)
    words = ["Weekly", "update", "Release", "notes", "Café", "news", "How", "to", "deploy", "Python", "tips"]
    titles = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) + rng.choice(["", "!", "?"])
              for _ in range(2800)]
    slugs = unique_slugs(titles)
    print(len(slugs), slugs[-3:])


if __name__ == "__main__":
    main()
