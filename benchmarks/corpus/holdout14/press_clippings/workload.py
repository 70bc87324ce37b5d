"""Morning run: collapse the overnight wire feed before the clippings e-mail goes out."""

import random

from clippings.dedupe import collapse_syndicated

WORDS = ("council budget vote strike rail port energy prices inflation minister hospital school storm flood "
         "election court ruling merger profits bank rates housing climate summit police festival football "
         "café résumé naïve coöperation zürich são paulo méxico").split()


def main() -> None:
    rng = random.Random(909)
    outlets = [f"Outlet {n}" for n in range(80)]
    originals = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11))).capitalize() for _ in range(800)]
    stories = []
    for number in range(1300):
        base = rng.choice(originals) if rng.random() < 0.5 else originals[number % len(originals)]
        variant = rng.random()
        if variant < 0.2:
            base = base.upper()
        elif variant < 0.3:
            base = f"UPDATE {rng.randint(1, 3)}: {base}"
        elif variant < 0.4:
            base = base.replace(" ", ",  ", 1) + "!"
        stories.append({"id": f"wire-{number:05d}", "headline": base, "outlet": rng.choice(outlets),
                        "published": f"2024-06-01T{number % 24:02d}:00"})
    result = collapse_syndicated(stories)
    widest = max(result["outlets"], key=lambda story_id: len(result["outlets"][story_id]))
    print(len(stories), "stories ->", len(result["kept"]), "kept;", sum(map(len, result["copies"].values())), "copies; widest:", widest, len(result["outlets"][widest]))


if __name__ == "__main__":
    main()
