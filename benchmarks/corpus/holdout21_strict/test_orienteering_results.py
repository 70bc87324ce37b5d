"""Strict equivalence tests for course_results (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from sicard.model import Card, Course
from sicard.results import course_results

TARGET = "sicard/results.py:course_results"


# --- verbatim copy of the original implementation and its helpers -------------------------

def find_course(courses, name):
    for course in courses:
        if course.name == name:
            return course
    raise KeyError(name)


def match_punches(controls, punches):
    times = []
    remaining = list(punches)
    for code in controls:
        for position, (punched, at) in enumerate(remaining):
            if punched == code:
                times.append(at)
                remaining = remaining[position + 1:]
                break
        else:
            return None
    return times


def reference(courses, cards):
    results = {course.name: [] for course in courses}
    for card in cards:
        course = find_course(courses, card.course)
        row = {"bib": card.bib, "name": card.name, "club": card.club, "status": "ok",
               "time": None, "place": None, "behind": None, "splits": []}
        if card.finish is None:
            row["status"] = "dnf"
        else:
            times = match_punches(course.controls, card.punches)
            if times is None:
                row["status"] = "mp"
            else:
                marks = [card.start] + times + [card.finish]
                row["splits"] = [marks[k + 1] - marks[k] for k in range(len(marks) - 1)]
                row["time"] = card.finish - card.start
        results[course.name].append(row)
    for name, rows in results.items():
        ok = sorted((row for row in rows if row["status"] == "ok"), key=lambda row: (row["time"], row["name"], row["bib"]))
        for row in ok:
            row["place"] = 1 + sum(1 for other in ok if other["time"] < row["time"])
            row["behind"] = row["time"] - min(other["time"] for other in ok)
        rest = sorted((row for row in rows if row["status"] != "ok"), key=lambda row: (row["status"] != "mp", row["bib"]))
        results[name] = ok + rest
    return results


# --- cases -------------------------------------------------------------------------------

@dataclass
class Readout:  # a mutable look-alike card from another timing system
    bib: object
    name: object
    club: object
    course: object
    start: object
    finish: object
    punches: object


SHORT = Course("Short", (31, 32, 33))
LONG = Course("Long", (40, 41, 42, 43))
EMPTY = Course("Sprint prologue", ())
LOOP = Course("Loop", (50, 51, 50, 52))
COURSES = [SHORT, LONG]
FULL = ((31, 1100), (32, 1200), (33, 1300))


def card(bib, name="Runner", course="Short", start=1000, finish=1400, punches=FULL, club="OK Test"):
    return Card(bib, name, club, course, start, finish, punches)


CASES = [
    ([], []),
    (COURSES, []),
    ((SHORT,), ()),
    (COURSES, [card(1)]),
    (COURSES, (card(1),)),
    (COURSES, [card(1, course="Long")]),
    (COURSES, [card(1, course="Middle")]),
    ([], [card(1)]),
    (COURSES, [card(1, course="short")]),
    (COURSES, [card(1, course="Short ")]),
    (COURSES, [card(1), card(2, course="Nowhere"), card(3)]),
    ([SHORT, Course("Short", (31,))], [card(1), card(2, punches=((31, 1100),))]),
    ([Course("Short", (31,)), SHORT], [card(1), card(2, punches=((31, 1100),))]),
    ([EMPTY], [card(1, course=EMPTY.name, punches=()), card(2, course=EMPTY.name)]),
    ([EMPTY], [card(1, course=EMPTY.name, finish=None)]),
    ([LOOP], [card(1, course="Loop", punches=((50, 1), (51, 2), (50, 3), (52, 4)))]),
    ([LOOP], [card(1, course="Loop", punches=((50, 1), (51, 2), (52, 4)))]),
    ([LOOP], [card(1, course="Loop", punches=((50, 1), (50, 2), (51, 3), (52, 4)))]),
    ([LOOP], [card(1, course="Loop", punches=((51, 1), (50, 2), (51, 3), (50, 4), (52, 5)))]),
    (COURSES, [card(1, punches=((31, 1100), (99, 1150), (32, 1200), (33, 1300), (31, 1350)))]),
    (COURSES, [card(1, punches=((32, 1050), (31, 1100), (32, 1200), (33, 1300)))]),
    (COURSES, [card(1, punches=((31, 1100), (33, 1200), (32, 1300)))]),
    (COURSES, [card(1, punches=((31, 1300), (32, 1200), (33, 1100)))]),
    (COURSES, [card(1, punches=())]),
    (COURSES, [card(1, punches=FULL + FULL)]),
    (COURSES, [card(1, finish=None)]),
    (COURSES, [card(1, finish=None, punches=())]),
    (COURSES, [card(1, finish=0)]),
    (COURSES, [card(1, finish=1000)]),
    (COURSES, [card(1, finish=900)]),
    (COURSES, [card(1, start=0, finish=0, punches=((31, 0), (32, 0), (33, 0)))]),
    (COURSES, [card(1, start=1000.5, finish=1400.25)]),
    (COURSES, [card(1, finish=1400.0), card(2, finish=1400)]),
    (COURSES, [card(1, finish=True, start=False, punches=((31, 0), (32, 1), (33, 1)))]),
    (COURSES, [card(2, "Bo"), card(1, "Bo"), card(3, "Al")]),
    (COURSES, [card(3, "Bo"), card(1, "bo"), card(2, "Åsa"), card(4, "Zoe"), card(5, "")]),
    (COURSES, [card(1, "Same"), card(1, "Same"), card(1, "Same", finish=1500)]),
    (COURSES, [card(b, f"R{b % 3}", finish=1400 + (b % 4) * 10) for b in range(12)]),
    (COURSES, [card(b, "Tie", finish=1400) for b in range(6, 0, -1)]),
    (COURSES, [card(4, finish=None), card(2, punches=()), card(3, finish=None), card(1, punches=((31, 5),)), card(5)]),
    (COURSES, [card(4, finish=None), card(2, punches=())]),
    (COURSES, [card(1, course="Long", punches=((40, 1), (41, 2), (42, 3), (43, 4)), finish=1500), card(2, finish=1600)]),
    (COURSES, [card(1, club="Ñandú OK"), card(2, club=""), card(3, club=None)]),
    (COURSES, [card(1, "名前"), card(2, "Ærø"), card(3, "Aero")]),
    ([Course("Ö", (31,)), Course("", (32,))], [card(1, course="Ö", punches=((31, 1),)), card(2, course="", punches=((32, 2),))]),
    ([Course(7, (31,))], [card(1, course=7, punches=((31, 1),))]),
    ([Course(7, (31,))], [card(1, course=7.0, punches=((31, 1),))]),
    ([Course(None, (31,))], [card(1, course=None, punches=((31, 1),))]),
    ([Course("S", [31, 32])], [card(1, course="S", punches=[(31, 1), (32, 2)])]),
    ([Course("S", (31, 32))], [card(1, course="S", punches=[[31, 1], [32, 2]])]),
    ([Course("S", ("31", 32))], [card(1, course="S", punches=((31, 1), (32, 2)))]),
    ([Course("S", (31.0, 32))], [card(1, course="S", punches=((31, 1), (32, 2)))]),
    (COURSES, [Readout(1, "R", "C", "Short", 1000, 1400, list(FULL)), card(2)]),
    (COURSES, [Readout(None, "R", "C", "Short", 1000, None, ()), Readout("x", "R", "C", "Short", 1000, None, ())]),
    # invalid input
    (None, []),
    (COURSES, None),
    (COURSES, [None]),
    ([None], [card(1)]),
    ([None], []),
    (COURSES, [card(1, punches=None)]),
    (COURSES, [card(1, punches=((31,),))]),
    (COURSES, [card(1, punches=((31, 1, 2),))]),
    (COURSES, [card(1, start=None)]),
    (COURSES, [card(1, start="1000")]),
    (COURSES, [card(1, finish="1400")]),
    (COURSES, [card(1, name=None), card(2)]),
    (COURSES, [card(1, name=None), card(2, finish=1500)]),
    (COURSES, [card(None), card(2, finish=None)]),
    (COURSES, [card("3", punches=()), card(2, punches=())]),
    (COURSES, [card(1, name=None), card(2, name=None, finish=1500)]),
    (COURSES, [card(1, course=["Short"])]),
    ([Course(["S"], (31,))], []),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(course_results, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(course_results, reference, cards=[card(2), card(1, finish=1300)], courses=COURSES)


def test_cards_are_not_modified() -> None:
    cards = [Readout(1, "R", "C", "Short", 1000, 1400, list(FULL))]
    course_results(COURSES, cards)
    assert cards == [Readout(1, "R", "C", "Short", 1000, 1400, list(FULL))]


NAMES = ["Anna Berg", "Erik Lind", "Åsa Holm", "Anna Berg", "Nils Ek", "Ida Falk", "bo strand"]


def _random_cases():
    rng = random.Random(2718)
    for index in range(200):
        codes = list(range(31, 31 + rng.choice([3, 6, 20])))
        courses = [Course(f"C{n}", tuple(rng.choice(codes) for _ in range(rng.randint(0, 6)))) for n in range(rng.randint(1, 4))]
        cards = []
        for bib in rng.sample(range(1, 500), rng.choice([0, 1, 2, 5, 15, 40])):
            course = rng.choice(courses)
            start = rng.choice([0, 3600, 36000 + rng.randrange(0, 7200, 60)])
            clock = start
            punches = []
            for code in course.controls:
                clock += rng.choice([30, 60, 60, 120, rng.randint(1, 500)])
                if rng.random() < 0.1:
                    punches.append((rng.choice(codes), clock - 5))
                if rng.random() < 0.93:
                    punches.append((code, clock))
            if rng.random() < 0.1:
                rng.shuffle(punches)
            finish = None if rng.random() < 0.08 else clock + rng.choice([10, 30, 45])
            cards.append(Card(bib if index % 7 else bib % 5, rng.choice(NAMES), "OK", course.name, start, finish, tuple(punches)))
        yield courses, cards


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(course_results, reference, *case)


def test_big_course() -> None:
    rng = random.Random(8)
    courses = [Course("H21", tuple(rng.sample(range(31, 120), 20))), Course("D21", tuple(rng.sample(range(31, 120), 15)))]
    cards = []
    for bib in range(1, 901):
        course = rng.choice(courses)
        clock = start = 36000 + rng.randrange(0, 7200, 60)
        punches = []
        for code in course.controls:
            clock += rng.randint(60, 300)
            punches.append((code, clock))
        cards.append(Card(bib, rng.choice(NAMES), "OK", course.name, start, None if bib % 50 == 0 else clock + 30,
                          tuple(punches if bib % 37 else punches[1:])))
    assert_same(course_results, reference, courses, cards)
