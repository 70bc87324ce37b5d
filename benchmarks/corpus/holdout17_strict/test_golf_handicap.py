"""Strict equivalence tests for index_history (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from handicap.courses import Tee
from handicap.history import index_history

TARGET = "handicap/history.py:index_history"

MAX_INDEX = 54.0

LOWEST_DIFFERENTIALS = {
    3: (1, -2.0), 4: (1, -1.0), 5: (1, 0.0), 6: (2, -1.0), 7: (2, 0.0), 8: (2, 0.0),
    9: (3, 0.0), 10: (3, 0.0), 11: (3, 0.0), 12: (4, 0.0), 13: (4, 0.0), 14: (4, 0.0),
    15: (5, 0.0), 16: (5, 0.0), 17: (6, 0.0), 18: (6, 0.0), 19: (7, 0.0), 20: (8, 0.0),
}


def find_tee(tees, course, name):
    wanted = (course.strip().casefold(), name.strip().casefold())
    for tee in tees:
        if (tee.course.casefold(), tee.name.casefold()) == wanted:
            return tee
    raise KeyError(f"no rating for the {name} tees at {course}")


def score_differential(adjusted_gross, tee, pcc=0):
    return round((113 / tee.slope) * (adjusted_gross - tee.rating - pcc), 1)


def handicap_index(differentials):
    recent = list(differentials[-20:])
    if len(recent) < 3:
        return None
    count, adjustment = LOWEST_DIFFERENTIALS[len(recent)]
    best = sorted(recent)[:count]
    return min(round(sum(best) / count + adjustment, 1), MAX_INDEX)


def reference(rounds, tees):
    ordered = sorted(rounds, key=lambda played: played["date"])
    players = []
    for played in ordered:
        if played["player"] not in players:
            players.append(played["player"])
    history = {}
    for player in players:
        own = [played for played in ordered if played["player"] == player]
        entries = []
        for count in range(1, len(own) + 1):
            differentials = [
                score_differential(played["gross"], find_tee(tees, played["course"], played["tee"]),
                                   played.get("pcc", 0))
                for played in own[:count]
            ]
            entries.append((own[count - 1]["date"], differentials[-1], handicap_index(differentials)))
        history[player] = entries
    return history


TEES = [
    Tee("Kings Links", "White", 72.3, 131, 72),
    Tee("Kings Links", "Yellow", 70.1, 125, 72),
    Tee("Cedar Valley", "White", 69.0, 113, 70),
    Tee("Cedar Valley", "Red", 71.4, 127, 72),
    Tee("Straße Park", "Weiß", 68.2, 119, 70),
    Tee("Kings Links", "white", 99.9, 150, 72),
    Tee("Flat Links", "Blue", 64.0, 55, 60),
]


def g(player, day, gross, course="Cedar Valley", tee="White", **extra):
    played = {"player": player, "date": f"2024-05-{day:02d}", "course": course, "tee": tee, "gross": gross}
    played.update(extra)
    return played


def series(player, grosses, **extra):
    return [g(player, day + 1, gross, **extra) for day, gross in enumerate(grosses)]


CASES = [
    ([], TEES),
    ([], []),
    ((), TEES),
    ([g("ann", 1, 85)], TEES),
    ([g("ann", 1, 85)], []),
    ([g("ann", 1, 85)], ()),
    ([g("ann", 1, 85), g("ann", 2, 85), g("ann", 3, 85)], TEES),
    ([g("ann", 3, 80), g("bob", 1, 90), g("ann", 1, 85), g("ann", 2, 83)], TEES),
    ([g("ann", 1, 80), g("bob", 1, 90), g("ann", 1, 85), g("bob", 1, 70)], TEES),
    (series("ann", [85, 90, 78, 88, 92, 80, 79, 101, 84, 86, 95, 77, 80, 81, 83, 82, 85, 90, 88, 79, 76, 75]), TEES),
    (series("ann", list(range(60, 90))), TEES),
    (series("pro", [62, 63, 64, 65, 61, 60]), TEES),
    (series("hacker", [150, 160, 170, 155]), TEES),
    (series("hacker", [140] * 25), TEES),
    (series("cap", [123, 123, 123]), TEES),
    (series("cap", [124, 124, 124, 124]), TEES),
    # course and tee spelling
    ([g("ann", 1, 85, course=" kings links ", tee="WHITE")], TEES),
    ([g("ann", 1, 85, course="KINGS LINKS", tee=" yellow\n")], TEES),
    ([g("ann", 1, 85, course="Kings  Links")], TEES),
    ([g("ann", 1, 85, course="STRASSE PARK", tee="weiss")], TEES),
    ([g("ann", 1, 85, course="straße park", tee="WEISS")], TEES),
    ([g("ann", 1, 85, course="Kings Links", tee="white")], TEES),
    ([g("ann", 1, 85, course="Kings Links", tee="white")], list(reversed(TEES))),
    ([g("ann", 1, 85), g("ann", 2, 85, course="Nowhere")], TEES),
    ([g("bob", 1, 85, course="Nowhere"), g("ann", 2, 85)], TEES),
    ([g("ann", 1, 85, course="Flat Links", tee="Blue")], TEES),
    ([g("ann", 1, 85, course=None)], TEES),
    ([g("ann", 1, 85, tee=7)], TEES),
    ([g("ann", 1, 85)], [Tee("Cedar Valley", "White", 69.0, 0, 70)]),
    ([g("ann", 1, 85)], [Tee("Cedar Valley", "White", 69, 113, 70)]),
    ([g("ann", 1, 85)], [Tee("Cedar Valley", "White", 69.0, 113.0, 70)]),
    # pcc and gross
    ([g("ann", 1, 85, pcc=1), g("ann", 2, 85, pcc=-1), g("ann", 3, 85, pcc=3)], TEES),
    ([g("ann", 1, 85, pcc=0.5)], TEES),
    ([g("ann", 1, 85, pcc=None)], TEES),
    ([g("ann", 1, 85.5), g("ann", 2, 84.4), g("ann", 3, 83.25)], TEES),
    ([g("ann", 1, "85")], TEES),
    ([g("ann", 1, None)], TEES),
    ([g("ann", 1, True)], TEES),
    ([g("ann", 1, 0), g("ann", 2, -10), g("ann", 3, 40)], TEES),
    ([g("ann", 1, 69), g("ann", 2, 69), g("ann", 3, 69)], TEES),
    # players
    ([g(None, 1, 85), g(None, 2, 86), g("None", 3, 87)], TEES),
    ([g(1, 1, 85), g(1.0, 2, 86), g(True, 3, 87), g(2, 1, 90)], TEES),
    ([g(("ann", "smith"), 1, 85), g(("ann", "smith"), 2, 86)], TEES),
    ([g(["ann"], 1, 85)], TEES),
    ([g("Zoë", 1, 85), g("zoë", 2, 86), g("Zoë ", 3, 87)], TEES),
    # keys and dates
    ([{"player": "ann", "date": "2024-01-01", "course": "Cedar Valley", "tee": "White"}], TEES),
    ([{"player": "ann", "course": "Cedar Valley", "tee": "White", "gross": 80}], TEES),
    ([{"date": "2024-01-01", "course": "Cedar Valley", "tee": "White", "gross": 80}], TEES),
    ([{"player": "ann", "date": "2024-01-01", "tee": "White", "gross": 80}], TEES),
    ([g("ann", 1, 85), {"player": "ann", "date": 20240102, "course": "Cedar Valley", "tee": "White", "gross": 80}],
     TEES),
    ([g("ann", 1, 85, extra="x", notes="windy")], TEES),
    ([dict(g("ann", 1, 85), date="2024-05-01T08:00"), g("ann", 1, 90), dict(g("ann", 1, 70), date="2024-04-30 ")],
     TEES),
    ([g("ann", 2, 85), g("bob", 2, 86), g("ann", 2, 87), g("bob", 1, 88), g("cy", 2, 77)], TEES),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(index_history, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(index_history, reference, tees=TEES, rounds=series("ann", [85, 86, 87, 88]))


def _random_cases():
    rng = random.Random(2113)
    names = ["White", "Yellow", "Red"]
    for index in range(150):
        tees = []
        for course in ["Alpha", "Bravo", "Charlie"][: rng.randint(1, 3)]:
            for name in names[: rng.randint(1, 3)]:
                tees.append(Tee(course, name, round(rng.uniform(64, 76), 1), rng.randint(95, 150), rng.choice([70, 72])))
        rounds = []
        for player in range(rng.randint(0, 5)):
            skill = rng.uniform(-2, 36)
            for _ in range(rng.randint(0, 30)):
                tee = rng.choice(tees)
                course = tee.course if rng.random() < 0.8 else rng.choice([tee.course.upper(), f" {tee.course}"])
                name = tee.name if index % 10 or rng.random() < 0.97 else "Gold"
                played = {"player": f"p{player}", "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          "course": course, "tee": name, "gross": round(72 + skill + rng.gauss(0, 5))}
                if rng.random() < 0.3:
                    played["pcc"] = rng.choice([-1, 0, 1, 2, 3])
                rounds.append(played)
        rng.shuffle(rounds)
        yield rounds, tees


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(index_history, reference, *case)


def test_large_club() -> None:
    rng = random.Random(5)
    tees = [Tee(f"Course {c}", name, round(rng.uniform(66, 75), 1), rng.randint(105, 145), 72)
            for c in range(6) for name in ("White", "Yellow")]
    rounds = []
    for player in range(40):
        skill = rng.uniform(0, 30)
        for _ in range(rng.randint(10, 45)):
            tee = rng.choice(tees)
            rounds.append({"player": f"m{player}", "date": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           "course": tee.course, "tee": tee.name, "gross": round(72 + skill + rng.gauss(0, 4))})
    assert_same(index_history, reference, rounds, tees)
