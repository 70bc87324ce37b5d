"""Strict equivalence tests for screening_report (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from filmfest.boxoffice import screening_report
from filmfest.model import Sale, Screening, Venue
from strict_support import assert_same

TARGET = "filmfest/boxoffice.py:screening_report"


# --- verbatim copy of the original implementation and its helpers -------------------------

def find_venue(venues, code):
    for venue in venues:
        if venue.code == code:
            return venue
    raise KeyError(code)


def reference(venues, screenings, sales):
    rows = []
    for screening in screenings:
        venue = find_venue(venues, screening.venue_code)
        sold = comps = takings = 0
        for sale in sales:
            if sale.screening_id != screening.screening_id or sale.refunded:
                continue
            sold += sale.tickets
            takings += sale.tickets * sale.price_cents
            if sale.price_cents == 0:
                comps += sale.tickets
        rows.append({
            "screening": screening.screening_id,
            "film": screening.film,
            "venue": venue.name,
            "starts": screening.starts,
            "tickets": sold,
            "comps": comps,
            "takings_cents": takings,
            "fill_pct": round(100 * sold / venue.seats, 1) if venue.seats else 0.0,
        })
    return rows


# --- cases -------------------------------------------------------------------------------

VENUES = [Venue("ODE1", "Odeon Screen 1", 200), Venue("ART", "Arthouse", 80), Venue("ONL", "Online", 0)]
S = [Screening("S1", "Aftersun", "ODE1", "2024-10-12T18:30"), Screening("S2", "Aftersun", "ART", "2024-10-13T14:00"),
     Screening("S3", "Close", "ART", "2024-10-13T20:00"), Screening("S4", "Close", "ONL", "2024-10-14T00:00")]
SALES = [Sale(1, "S1", 2, 1200), Sale(2, "S1", 3, 1200, True), Sale(3, "S1", 1, 0), Sale(4, "S3", 4, 900),
         Sale(5, "S4", 10, 500), Sale(6, "S9", 7, 1000), Sale(7, "S3", 1, 0, True)]


def sale(screening_id, tickets=1, price=1000, refunded=False, order=0):
    return Sale(order, screening_id, tickets, price, refunded)


CASES = [
    ([], [], []),
    (VENUES, [], []),
    (VENUES, [], SALES),
    ([], [], SALES),
    (VENUES, S, []),
    (VENUES, S, SALES),
    (VENUES, S[::-1], SALES),
    (VENUES, S, SALES[::-1]),
    (VENUES[::-1], S, SALES),
    (VENUES, S + S[:2], SALES),
    (VENUES, [S[0], S[0]], SALES),
    (tuple(VENUES), tuple(S), tuple(SALES)),
    (VENUES + [Venue("ART", "Arthouse (old name)", 40)], S, SALES),
    ([Venue("ART", "First", 10), Venue("ART", "Second", 20)], S[1:3], SALES),
    (VENUES, S, [sale("S1", 0), sale("S1", 0, 0)]),
    (VENUES, S, [sale("S1", 5, 0), sale("S1", 2, 0, True), sale("S1", 1, 0.0), sale("S1", 1, False)]),
    (VENUES, S, [sale("S1", -2), sale("S1", 3, -500)]),
    (VENUES, S, [sale("S1", 1.5, 1000), sale("S1", 2, 999.99)]),
    (VENUES, S, [sale("S1", 200), sale("S2", 80), sale("S3", 81)]),
    (VENUES, S, [sale("S1", 1), sale("S1", 2)]),
    (VENUES, S, [sale("S2", 1), sale("S2", 1, refunded=1), sale("S2", 1, refunded="yes"), sale("S2", 1, refunded=""),
                 sale("S2", 1, refunded=None), sale("S2", 1, refunded=0)]),
    (VENUES, S, [sale("s1"), sale("S1 "), sale(" S1"), sale("")]),
    ([Venue("V", "Tiny", 3)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("V", "Tiny", 3)], [Screening("A", "F", "V", "t")], [sale("A", 2)]),
    ([Venue("V", "Tiny", 7)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("V", "Odd", 6)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("V", "Odd", 1600)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("V", "Neg", -50)], [Screening("A", "F", "V", "t")], [sale("A", 5)]),
    ([Venue("V", "None", None)], [Screening("A", "F", "V", "t")], [sale("A", 5)]),
    ([Venue("V", "Float", 2.5)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("V", "Zero", 0)], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
    ([Venue("", "Blank", 10)], [Screening("", "", "", "")], [sale("", 1)]),
    ([Venue(1, "Int", 10)], [Screening(1, "F", 1, "t")], [sale(1), sale(1.0), sale(True), sale("1")]),
    ([Venue(1, "Int", 10)], [Screening(1, "F", 1.0, "t")], [sale(1)]),
    ([Venue("Kino", "Kino Überall", 90)], [Screening("Ü1", "Ébène", "Kino", "2024-10-12T18:30")], [sale("Ü1", 3)]),
    ([SimpleNamespace(code="V", name="NS", seats=10)], [SimpleNamespace(screening_id="A", film="F", venue_code="V", starts="t")],
     [SimpleNamespace(screening_id="A", tickets=2, price_cents=500, refunded=False)]),
    (VENUES, S, [sale(f"S{1 + n % 4}", n % 5, (n * 137) % 2000, n % 9 == 0, n) for n in range(200)]),
    # invalid input
    (VENUES, [Screening("S9", "X", "GONE", "t")], []),
    (VENUES, S + [Screening("S9", "X", "GONE", "t")], SALES),
    ([], S, []),
    (VENUES, S, [sale("S1", None)]),
    (VENUES, S, [sale("S1", 1, None)]),
    (VENUES, S, [sale("S1", None, refunded=True)]),
    (VENUES, S, [sale("S1", "2")]),
    (VENUES, S, [sale("S1", "2", 0)]),
    (VENUES, S, [None]),
    (VENUES, [None], []),
    ([None], S, []),
    ([None, Venue("ODE1", "Odeon Screen 1", 200)], S[:1], []),
    (VENUES, S, None),
    (None, S, []),
    ([Venue("V", "Str", "100")], [Screening("A", "F", "V", "t")], [sale("A", 1)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(screening_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(screening_report, reference, sales=SALES, screenings=S, venues=VENUES)


def test_inputs_not_modified_and_rows_fresh() -> None:
    venues, screenings, sales = list(VENUES), list(S), list(SALES)
    first = screening_report(venues, screenings, sales)
    second = screening_report(venues, screenings, sales)
    assert (venues, screenings, sales) == (VENUES, S, SALES)
    assert first == second and first is not second and all(a is not b for a, b in zip(first, second))


def _random_cases():
    rng = random.Random(1010)
    for index in range(180):
        venues = [Venue(f"V{n}", f"Venue {n}", rng.choice([0, 10, 40, 60, 90, 250])) for n in range(rng.randint(1, 5))]
        if index % 10 == 0:
            venues.append(Venue(venues[0].code, "Duplicate", 33))
        codes = [venue.code for venue in venues]
        screenings = [Screening(f"S{rng.randint(0, 20)}", f"Film {rng.randint(0, 5)}", rng.choice(codes),
                                f"2024-10-{rng.randint(10, 19)}T{rng.randint(10, 23)}:00")
                      for _ in range(rng.randint(0, 14))]
        if index % 23 == 0:
            screenings.insert(rng.randint(0, len(screenings)), Screening("SX", "Lost", "NOWHERE", "t"))
        sales = [Sale(order, f"S{rng.randint(0, 22)}", rng.choice([1, 1, 2, 3, 4, 0]), rng.choice([1250, 950, 0, 700]),
                      rng.random() < 0.1) for order in range(rng.choice([0, 1, 5, 30, 80]))]
        yield venues, screenings, sales


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(screening_report, reference, *case)


def test_festival_programme() -> None:
    rng = random.Random(21)
    venues = [Venue(f"V{n:02d}", f"Venue {n}", rng.choice([60, 120, 400])) for n in range(12)]
    screenings = [Screening(f"S{n:04d}", f"Film {n % 40}", rng.choice(venues).code, "2024-10-12T18:30") for n in range(300)]
    sales = [Sale(n, f"S{rng.randrange(310):04d}", rng.randint(1, 6), rng.choice([1250, 950, 0]), rng.random() < 0.04)
             for n in range(5000)]
    assert_same(screening_report, reference, venues, screenings, sales)
