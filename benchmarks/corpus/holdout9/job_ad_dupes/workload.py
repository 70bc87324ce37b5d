"""Moderation queue: find job adverts that are re-posts of another advert."""

import random

from shingles.similarity import near_duplicates

ROLES = ["Senior Python Developer", "Warehouse Operative", "Staff Nurse", "Data Analyst", "Sous Chef", "HGV Driver",
         "Account Manager", "Primary Teacher", "Electrician", "Customer Service Advisor"]
PHRASES = ["competitive salary", "flexible working", "join our friendly team", "immediate start", "full training provided",
           "must have a valid licence", "experience with SQL is a plus", "weekend shifts", "pension scheme", "career progression",
           "hybrid working from our Leeds office", "25 days holiday", "you will report to the operations manager",
           "great benefits package", "we are an equal opportunities employer", "apply today with your CV"]


def _advert(rng: random.Random) -> str:
    role = rng.choice(ROLES)
    sentences = [f"We are hiring a {role}."]
    for _ in range(rng.randint(6, 14)):
        sentences.append(rng.choice(PHRASES).capitalize() + rng.choice([".", "!", "."]))
    sentences.append(f"Salary from £{rng.randint(18, 70)},000, ref {rng.randint(1000, 9999)}.")
    return " ".join(sentences)


def main() -> None:
    rng = random.Random(1995)
    adverts = []
    for n in range(330):
        if adverts and rng.random() < 0.25:
            words = rng.choice(adverts)[1].split()
            for _ in range(rng.randint(0, 4)):
                words[rng.randrange(len(words))] = rng.choice(["urgent", "NEW", "remote", "bonus"])
            adverts.append((f"ad{n}", " ".join(words)))
        else:
            adverts.append((f"ad{n}", _advert(rng)))
    pairs = near_duplicates(adverts, threshold=0.6)
    print(f"{len(adverts)} adverts, {len(pairs)} near-duplicate pairs; e.g. {pairs[:2]}")


if __name__ == "__main__":
    main()
