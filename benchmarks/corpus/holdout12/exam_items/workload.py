"""End-of-term run: item analysis for every multiple-choice paper sat this term."""

import math
import random

from itemstats.analysis import item_analysis


def simulate(rng: random.Random, candidates: int, questions: int) -> tuple[dict[str, list[str]], list[str]]:
    options = "ABCDE" if questions > 45 else "ABCD"
    key = [rng.choice(options) for _ in range(questions)]
    difficulty = [rng.gauss(0, 1) for _ in range(questions)]
    discrimination = [max(0.1, rng.gauss(1.1, 0.4)) for _ in range(questions)]
    favourite_wrong = [rng.choice([o for o in options if o != k]) for k in key]
    responses = {}
    for number in range(candidates):
        ability = rng.gauss(0, 1)
        answers = []
        for q in range(questions):
            chance = 1 / len(options) + (1 - 1 / len(options)) / (1 + math.exp(-discrimination[q] * (ability - difficulty[q])))
            if rng.random() < 0.01:
                answers.append("")
            elif rng.random() < chance:
                answers.append(key[q])
            elif rng.random() < 0.5:
                answers.append(favourite_wrong[q])
            else:
                answers.append(rng.choice(options))
        responses[f"C{rng.randint(10000, 99999)}-{number:04d}"] = answers
    return responses, key


def main() -> None:
    rng = random.Random(4242)
    papers = [("maths", 2100, 50), ("physics", 1300, 60), ("history", 1600, 45), ("biology", 1400, 60), ("french", 800, 40), ("chemistry", 1500, 55)]
    flagged = 0
    hardest = None
    for name, candidates, questions in papers:
        responses, key = simulate(rng, candidates, questions)
        reports = item_analysis(responses, key)
        flagged += sum(1 for report in reports if report.point_biserial < 0.2 or report.discrimination < 0.2)
        paper_hardest = min(reports, key=lambda report: report.difficulty)
        if hardest is None or paper_hardest.difficulty < hardest[1].difficulty:
            hardest = (name, paper_hardest)
        print(f"{name}: candidates={len(responses)} questions={len(key)} "
              f"mean_difficulty={sum(r.difficulty for r in reports) / len(reports):.3f}")
    print(f"items flagged for review: {flagged}; hardest item: {hardest[0]} Q{hardest[1].question} ({hardest[1].difficulty})")


if __name__ == "__main__":
    main()
