"""Prove the season's batch of submitted compositions for the society's library."""

import random

from peal_prover.library import check_submissions, describe
from peal_prover.methods import load_library

LIBRARY = """# title|stage|place notation|bob|single
Plain Bob|5|5.1.5.1.5,125|145|
Grandsire|5|3.1.5.1.5.1.5.1.5.1|3.1|3.123
Plain Bob|6|x16x16x16,12|14|1234
Little Bob|6|x16x14,12|14|1234
Cambridge Surprise|6|x36x14x12x36x14x56,12|14|1234
Grandsire|7|3.1.7.1.7.1.7.1.7.1.7.1.7.1|3.1|3.123
Plain Bob|7|7.1.7.1.7.1.7,127|147|12347
Plain Bob|8|x18x18x18x18,12|14|1234
Little Bob|8|x18x14,12|14|1234
Double Norwich Court Bob|8|x14x36x58x18,18|16|1678
Cambridge Surprise|8|x38x14x1258x36x14x58x16x78,12|14|1234
Yorkshire Surprise|8|x38x14x58x16x12x38x14x78,12|14|1234
Bristol Surprise|8|x58x14.58x58.36.14x14.58x14x18,18|14|1234
"""

PEAL_METHODS = ["Plain Bob Major", "Cambridge Surprise Major", "Yorkshire Surprise Major",
                "Bristol Surprise Major", "Little Bob Major", "Double Norwich Court Bob Major",
                "Grandsire Triples", "Plain Bob Triples"]
TOUCH_METHODS = ["Plain Bob Minor", "Little Bob Minor", "Cambridge Surprise Minor",
                 "Plain Bob Doubles", "Grandsire Doubles"]


def calling(rng: random.Random, leads: int, calls: str) -> str:
    letters = []
    for _ in range(leads):
        roll = rng.random()
        letters.append("p" if roll < 0.6 else calls[0] if roll < 0.92 or len(calls) == 1 else calls[1])
    return "".join(letters)


def submissions(rng: random.Random, library: dict) -> list[dict]:
    batch = []
    for number in range(17):
        title = PEAL_METHODS[number % len(PEAL_METHODS)]
        method = library[title]
        leads = 5040 // len(method.lead) + rng.randint(-2, 2)
        batch.append({"id": f"P{number:03d}", "method": title, "calling": calling(rng, leads, "bs")})
    for number in range(120):
        title = rng.choice(TOUCH_METHODS)
        calls = "b" if library[title].single is None else "bs"
        batch.append({"id": f"T{number:03d}", "method": title,
                      "calling": calling(rng, rng.randint(3, 40), calls)})
    batch.append({"id": "X001", "method": "Stedman Triples", "calling": "p" * 10})
    return batch


def main() -> None:
    rng = random.Random(3201)
    library = load_library(LIBRARY)
    results = check_submissions(submissions(rng, library), library)
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result["status"]] = statuses.get(result["status"], 0) + 1
    print(f"{len(results)} submissions: {statuses}")
    for result in results[:5]:
        print(result["id"], describe(result["report"]))


if __name__ == "__main__":
    main()
