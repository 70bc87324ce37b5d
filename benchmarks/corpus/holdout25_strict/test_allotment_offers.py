"""Strict equivalence tests for replay_offers (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from plotlist.offers import Offer, replay_offers
from plotlist.records import Applicant, Vacancy
from strict_support import assert_same

TARGET = "plotlist/offers.py:replay_offers"


# --- verbatim copy of the original implementation and its helper ---------------------------

def priority(applicant):
    return (not applicant.resident, applicant.joined, applicant.applicant_id)


def reference(applicants, vacancies):
    pending = sorted(applicants, key=lambda applicant: applicant.joined)
    waiting = []
    offers = []
    next_pending = 0
    for vacancy in sorted(vacancies, key=lambda vacancy: vacancy.available):
        while next_pending < len(pending) and pending[next_pending].joined <= vacancy.available:
            waiting.append(pending[next_pending])
            next_pending += 1
        waiting.sort(key=priority)
        for position, applicant in enumerate(waiting):
            if vacancy.site in applicant.sites and vacancy.size <= applicant.max_size:
                del waiting[position]
                waited = (vacancy.available - applicant.joined).days
                offers.append(Offer(vacancy.plot_id, applicant.applicant_id, vacancy.available, waited))
                break
        else:
            offers.append(Offer(vacancy.plot_id, None, vacancy.available, None))
    return offers


# --- cases -------------------------------------------------------------------------------

A, V = Applicant, Vacancy
d = date
Person = namedtuple("Person", "applicant_id joined sites max_size resident")
Plot = namedtuple("Plot", "plot_id site size available")

ELM, MILL = "Elm Road", "Mill Lane"
TRIO = [
    A("A1", d(2018, 1, 1), (ELM,), 250, False),
    A("A2", d(2019, 1, 1), (ELM,), 250),
    A("A3", d(2018, 6, 1), (ELM, MILL), 250),
]
FOUR_ELM = [V(f"ER-{n}", ELM, 250, d(2020, 1, n)) for n in range(1, 5)]
SAME_DAY = [A(f"S{n}", d(2019, 5, 5), (ELM,), 250) for n in (3, 1, 2)]

CASES = [
    ([], []),
    ((), ()),
    (TRIO, []),
    ([], FOUR_ELM),
    (TRIO, FOUR_ELM),
    (TRIO[::-1], FOUR_ELM[::-1]),
    (tuple(TRIO), tuple(FOUR_ELM)),
    (TRIO, FOUR_ELM[:1]),
    (TRIO, [V("M1", MILL, 250, d(2020, 1, 1))] + FOUR_ELM),
    (TRIO, [V("M1", MILL, 300, d(2020, 1, 1))]),
    (TRIO, [V("M1", MILL, 250, d(2018, 5, 31)), V("M2", MILL, 250, d(2018, 6, 1))]),
    (TRIO, [V("E0", ELM, 250, d(2017, 12, 31)), V("E1", ELM, 250, d(2018, 1, 1))]),
    (TRIO, [V("E1", ELM, 250, d(2019, 1, 1)), V("E2", ELM, 250, d(2019, 1, 1)), V("E3", ELM, 250, d(2019, 1, 1))]),
    (TRIO, [V("E3", ELM, 250, d(2019, 1, 1)), V("E1", ELM, 63, d(2019, 1, 1)), V("E2", MILL, 125, d(2019, 1, 1))]),
    (SAME_DAY, FOUR_ELM),
    (SAME_DAY + SAME_DAY, FOUR_ELM + FOUR_ELM),
    ([A("X", d(2019, 5, 5), (ELM,), 250), A("X", d(2019, 5, 5), (MILL,), 250)], [V("M", MILL, 250, d(2020, 1, 1))]),
    ([A("X", d(2019, 5, 5), (MILL,), 250, False), A("X", d(2019, 5, 5), (MILL,), 63)], [V("M", MILL, 63, d(2020, 1, 1))] * 3),
    ([A("B", d(2019, 5, 6), (ELM,), 250), A("A", d(2019, 5, 5), (ELM,), 250, False)], FOUR_ELM),
    ([A("B", d(2019, 5, 5), (ELM,), 250, 1), A("A", d(2019, 5, 5), (ELM,), 250, "yes")], FOUR_ELM),
    ([A("B", d(2019, 5, 5), (ELM,), 250, 0), A("A", d(2019, 5, 5), (ELM,), 250, None), A("C", d(2019, 5, 5), (ELM,), 250, "")], FOUR_ELM),
    ([A("a", d(2019, 5, 5), (ELM,), 250), A("B", d(2019, 5, 5), (ELM,), 250), A("10", d(2019, 5, 5), (ELM,), 250),
      A("9", d(2019, 5, 5), (ELM,), 250)], FOUR_ELM),
    ([A("Ä", d(2019, 5, 5), (ELM,), 250), A("Z", d(2019, 5, 5), (ELM,), 250)], FOUR_ELM),
    ([A("A1", d(2019, 1, 1), (ELM,), 125)], [V("E", ELM, 125, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 125)], [V("E", ELM, 126, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 125.0)], [V("E", ELM, 125, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 125)], [V("E", ELM, 124.5, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), True)], [V("E", ELM, 1, d(2020, 1, 1)), V("F", ELM, False, d(2020, 1, 2))]),
    ([A("A1", d(2019, 1, 1), (ELM,), None)], [V("E", ELM, 125, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (MILL,), None)], [V("E", ELM, 125, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [V("E", ELM, None, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [V("E", ELM, "125", d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), float("inf"))], [V("E", ELM, 10 ** 9, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), "Elm Road; Mill Lane", 250)], [V("E", ELM, 250, d(2020, 1, 1)), V("M", "Mill", 250, d(2020, 1, 2))]),
    ([A("A1", d(2019, 1, 1), "Elm Road", 250)], [V("E", "Elm", 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), "Elm Road", 250)], [V("E", "", 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), [ELM, MILL], 250)], [V("M", MILL, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), {ELM, MILL}, 250)], [V("M", MILL, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), {ELM: 1}, 250)], [V("M", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), ("elm road",), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM + " ",), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), None, 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [V("E", [ELM], 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), ((ELM,),), 250)], [V("E", (ELM,), 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (1,), 250)], [V("E", 1.0, 250, d(2020, 1, 1)), V("F", True, 250, d(2020, 1, 2))]),
    ([A("A1", d(1, 1, 1), (ELM,), 250)], [V("E", ELM, 250, d(9999, 12, 31))]),
    ([A("A1", datetime(2019, 1, 1, 12), (ELM,), 250)], [V("E", ELM, 250, datetime(2019, 1, 2, 6))]),
    ([A("A1", datetime(2019, 1, 1, 12), (ELM,), 250)], [V("E", ELM, 250, datetime(2019, 1, 1, 11))]),
    ([A("A1", datetime(2019, 1, 1), (ELM,), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250), A("A2", datetime(2019, 1, 1), (ELM,), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", 2019, (ELM,), 250)], [V("E", ELM, 250, 2020)]),
    ([A("A1", 2019, (MILL,), 250)], [V("E", ELM, 250, 2020)]),
    ([A("A1", 2019.5, (MILL,), 250), A("A2", 2019, (MILL,), 250)], [V("E", ELM, 250, 2020), V("F", ELM, 250, 2019)]),
    ([A("A1", "2019-01-01", (ELM,), 250)], [V("E", ELM, 250, "2020-01-01")]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [V("E", ELM, 250, "2020-01-01")]),
    ([A("A1", None, (ELM,), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250), A("A2", None, (ELM,), 250)], []),
    ([A("A1", d(2019, 1, 1), (ELM,), 250), A("A2", d(2019, 2, 1), (ELM,), 250)], [V("E", ELM, 250, None)]),
    ([], [V("E", ELM, 250, None), V("F", ELM, 250, d(2020, 1, 1))]),
    ([], [V("E", ELM, 250, None)]),
    ([A(None, d(2019, 1, 1), (ELM,), 250), A("A2", d(2019, 1, 1), (ELM,), 250)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A(None, d(2019, 1, 1), (ELM,), 250), A("A2", d(2019, 1, 2), (ELM,), 250)], [V("E", ELM, 250, d(2020, 1, 1))] * 2),
    ([A(None, d(2019, 1, 1), (ELM,), 250), A("A2", d(2019, 1, 1), (ELM,), 250, False)], [V("E", ELM, 250, d(2020, 1, 1))]),
    ([A(7, d(2019, 1, 1), (ELM,), 250), A(3.5, d(2019, 1, 1), (ELM,), 250), A(True, d(2019, 1, 1), (ELM,), 250)], FOUR_ELM),
    ([A(("B", 1), d(2019, 1, 1), (ELM,), 250), A(("A", 2), d(2019, 1, 1), (ELM,), 250)], FOUR_ELM),
    ([A(["x"], d(2019, 1, 1), (ELM,), 250)], FOUR_ELM),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [V(None, ELM, 250, d(2020, 1, 1)), V(["P"], MILL, 250, d(2020, 1, 1))]),
    ([Person("P1", d(2019, 1, 1), (ELM,), 250, True), A("A1", d(2019, 1, 1), (ELM,), 250)], FOUR_ELM),
    ([Person("P1", d(2019, 1, 1), (ELM,), 250, True)], [Plot("X1", ELM, 250, d(2020, 1, 1))]),
    ([SimpleNamespace(applicant_id="N1", joined=d(2019, 1, 1), sites=(ELM,), max_size=250, resident=True)], FOUR_ELM),
    ([SimpleNamespace(applicant_id="N1", joined=d(2019, 1, 1), sites=(ELM,), max_size=250)], FOUR_ELM),
    ([SimpleNamespace(applicant_id="N1", joined=d(2019, 1, 1), resident=True)], FOUR_ELM),
    ([SimpleNamespace(joined=d(2021, 1, 1))], FOUR_ELM),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [SimpleNamespace(plot_id="S", available=d(2020, 1, 1))]),
    ([A("A1", d(2019, 1, 1), (ELM,), 250)], [SimpleNamespace(plot_id="S", available=d(2018, 1, 1))]),
    ([None], []),
    ([None], FOUR_ELM),
    ([A("A1", d(2019, 1, 1), (ELM,), 250), None], FOUR_ELM),
    (TRIO, [None]),
    (None, []),
    ([], None),
    ({"A1": TRIO[0]}, FOUR_ELM),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_offers, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay_offers, reference, vacancies=FOUR_ELM, applicants=TRIO)


SITES = [ELM, MILL, "Glebe"]


def _random_cases():
    rng = random.Random(2015)
    base = d(2019, 1, 1)
    for _ in range(260):
        span = rng.choice([3, 10, 60, 400])
        applicants = [A(rng.choice([f"A{n}", f"A{rng.randint(0, 5)}"]), base + timedelta(days=rng.randint(0, span)),
                        tuple(rng.sample(SITES, rng.randint(0, 3))), rng.choice([63, 125, 250]), rng.random() < 0.7)
                      for n in range(rng.randint(0, 30))]
        vacancies = [V(f"P{n}", rng.choice(SITES), rng.choice([63, 125, 250]), base + timedelta(days=rng.randint(0, span + 20)))
                     for n in range(rng.randint(0, 20))]
        if rng.random() < 0.2:
            applicants = tuple(applicants)
        yield applicants, vacancies


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay_offers, reference, *case)


def test_borough_list() -> None:
    rng = random.Random(9)
    sites = SITES + ["Brook Farm", "Hillside", "Canal Side", "Park View"]
    applicants = [A(f"APP{n:05d}", d(2010, 1, 1) + timedelta(days=rng.randint(0, 4000)), tuple(rng.sample(sites, rng.randint(1, 3))),
                    rng.choice([63, 125, 250]), rng.random() < 0.85) for n in range(900)]
    vacancies = [V(f"PL{n:04d}", rng.choice(sites), rng.choice([63, 125, 250, 250]),
                   d(2013, 1, 1) + timedelta(days=rng.randint(0, 3000))) for n in range(500)]
    assert_same(replay_offers, reference, applicants, vacancies)
