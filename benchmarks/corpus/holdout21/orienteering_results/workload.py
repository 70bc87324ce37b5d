"""Day 3 of a week-long orienteering festival: read-outs of every SI card, results per course."""

import random

from sicard.model import Card, Course
from sicard.results import course_results

FIRST = ["Anna", "Erik", "Lena", "Jonas", "Maja", "Nils", "Sara", "Oskar", "Ida", "Karl", "Elin", "Hugo", "Tove", "Axel"]
LAST = ["Berg", "Lind", "Holm", "Nyström", "Ek", "Sandberg", "Åkesson", "Wikström", "Dahl", "Falk", "Strand", "Björk"]
CLUBS = ["OK Linné", "IFK Göteborg", "Tampereen Pyrintö", "Halden SK", "OK Ravinen", "Kalevan Rasti", "Lillomarka OL"]


def main() -> None:
    rng = random.Random(314)
    codes = list(range(31, 200))
    courses = [Course(f"{label}", tuple(rng.sample(codes, rng.randint(8, 28))))
               for label in ["H21E", "D21E", "H21A", "D21A", "H35", "D35", "H45", "D45", "H55", "D55"]]
    cards = []
    for bib in range(1, 15_001):
        course = rng.choice(courses)
        start = 36000 + rng.randrange(0, 4 * 3600, 60)
        clock = start
        punches = []
        for code in course.controls:
            clock += rng.randint(60, 420)
            if rng.random() < 0.06:
                punches.append((rng.choice(codes), clock - 30))  # a neighbouring control, punched by mistake
            if rng.random() > 0.004:
                punches.append((code, clock))
        finish = None if rng.random() < 0.02 else clock + rng.randint(20, 90)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        cards.append(Card(bib, name, rng.choice(CLUBS), course.name, start, finish, tuple(punches)))
    results = course_results(courses, cards)
    for course in courses[:3]:
        winner = results[course.name][0]
        print(course.name, len(results[course.name]), "runners, winner", winner["name"], winner["time"], "s")
    print("mispunches", sum(row["status"] == "mp" for rows in results.values() for row in rows))


if __name__ == "__main__":
    main()
