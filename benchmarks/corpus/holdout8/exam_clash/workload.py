"""Exams office: clash report for the summer sitting."""

import random

from timetable.clashes import clash_counts


def main() -> None:
    rng = random.Random(1851)
    departments = ["MATH", "PHYS", "CHEM", "BIOL", "HIST", "ECON", "LAW", "ENGL", "COMP", "GEOG"]
    courses = [f"{dept}{level}{n:02d}" for dept in departments for level in (1, 2, 3) for n in range(4)]
    enrolments = {}
    for number in range(3000):
        home = rng.choice(departments)
        level = rng.choice("123")
        own = [c for c in courses if c.startswith(home + level)]
        picks = rng.sample(own, 3) + rng.sample(courses, rng.randint(1, 3))
        enrolments[f"s{number:05d}"] = picks
    clashes = clash_counts(enrolments)
    print(len(clashes), clashes[0], sum(c[2] for c in clashes))


if __name__ == "__main__":
    main()
