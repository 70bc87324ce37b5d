"""Spring funding round: rank every proposal reviewed by the life-sciences panel."""

import random

from panelscore.ranking import rank_proposals


def main() -> None:
    rng = random.Random(3031)
    reviewers = [f"rev{n:03d}" for n in range(140)]
    leniency = {name: rng.uniform(-1.5, 1.5) for name in reviewers}
    reviews = []
    for number in range(2100):
        proposal = f"BB/Z{number:06d}/1"
        quality = rng.uniform(2, 8)
        for reviewer in rng.sample(reviewers, rng.randint(2, 5)):
            score = min(9, max(1, round(quality + leniency[reviewer] + rng.gauss(0, 1))))
            reviews.append({"proposal": proposal, "reviewer": reviewer, "score": score, "confidence": rng.choice("HML")})
    rng.shuffle(reviews)
    ranked = rank_proposals(reviews)
    print(len(reviews), "reviews;", len(ranked), "ranked; top", [(row["proposal"], row["adjusted_mean"]) for row in ranked[:3]])


if __name__ == "__main__":
    main()
