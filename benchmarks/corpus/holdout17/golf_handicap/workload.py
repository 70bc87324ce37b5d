"""Rebuild every member's index history for the club's new website."""

import random
from datetime import date, timedelta

from handicap.courses import load_tees
from handicap.history import index_history

COURSES = ["Royal Heathland", "Kings Links", "Cedar Valley", "Old Quarry", "Riverside Park", "Windmill Hill",
           "St. Aidan's", "Marsh End", "Beacon Downs", "Holloway Common", "Greyfriars", "Ashcombe Vale",
           "Lakeside", "Northfield", "Pine Ridge", "Saltings", "Thornbury Castle", "Upper Brook"]
TEE_NAMES = ["White", "Yellow", "Red", "Blue", "Black"]


def rating_rows(rng: random.Random) -> list:
    rows = []
    for course in COURSES:
        par = rng.choice([70, 71, 72])
        for position, tee in enumerate(TEE_NAMES):
            rows.append({"course": course, "tee": tee, "rating": f"{par + 1.5 - position * 1.1 + rng.uniform(-0.8, 0.8):.1f}",
                         "slope": str(rng.randint(112, 140) - position * 3), "par": str(par)})
    return rows


def posted_rounds(rng: random.Random, members: int) -> list:
    rounds = []
    season = date(2023, 3, 1)
    for member in range(members):
        name = f"M{member:04d}"
        ability = rng.uniform(0, 30)
        home = rng.choice(COURSES)
        tee = rng.choice(TEE_NAMES[:3])
        for _ in range(rng.randint(5, 75)):
            course = home if rng.random() < 0.7 else rng.choice(COURSES)
            played = season + timedelta(days=rng.randint(0, 400))
            spelled = course if rng.random() < 0.8 else rng.choice([course.upper(), course.lower(), f" {course} "])
            rounds.append({"player": name, "date": played.isoformat(), "course": spelled, "tee": tee,
                           "gross": round(72 + ability + rng.gauss(0, 4)), "pcc": rng.choice([0, 0, 0, 0, 1, -1])})
    rng.shuffle(rounds)
    return rounds


def main() -> None:
    rng = random.Random(113)
    tees = load_tees(rating_rows(rng))
    rounds = posted_rounds(rng, 320)
    history = index_history(rounds, tees)
    current = sorted((entries[-1][2], player) for player, entries in history.items() if entries[-1][2] is not None)
    print("members", len(history), "rounds", len(rounds))
    print("lowest", current[:3])
    print("highest", current[-3:])


if __name__ == "__main__":
    main()
