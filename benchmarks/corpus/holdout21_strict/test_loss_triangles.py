"""Strict equivalence tests for paid_triangle (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from strict_support import assert_same
from reserving.claims import Payment
from reserving.triangle import paid_triangle

TARGET = "reserving/triangle.py:paid_triangle"


# --- verbatim copy of the original implementation and its helpers -------------------------

def origin_quarter(day):
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def development_quarter(loss_date, paid_date):
    return (paid_date.year - loss_date.year) * 4 + (paid_date.month - 1) // 3 - (loss_date.month - 1) // 3


def quarters_between(origin, as_of):
    year, quarter = origin.split("Q")
    return (as_of.year - int(year)) * 4 + (as_of.month - 1) // 3 - (int(quarter) - 1)


def reference(payments, as_of=None):
    if as_of is None:
        as_of = max(payment.paid_date for payment in payments)
    origins = sorted({origin_quarter(payment.loss_date) for payment in payments})
    triangle = {}
    for origin in origins:
        row = []
        cumulative = 0.0
        for age in range(quarters_between(origin, as_of) + 1):
            incremental = 0.0
            for payment in payments:
                if (origin_quarter(payment.loss_date) == origin
                        and development_quarter(payment.loss_date, payment.paid_date) == age
                        and payment.paid_date <= as_of):
                    incremental += payment.amount
            cumulative += incremental
            row.append(round(cumulative, 2))
        triangle[origin] = row
    return triangle


# --- cases -------------------------------------------------------------------------------

@dataclass
class LedgerLine:  # a look-alike record type from another system
    claim_id: str
    loss_date: date
    paid_date: date
    amount: float


def p(loss, paid, amount, claim="C1"):
    return Payment(claim, date.fromisoformat(loss), date.fromisoformat(paid), amount)


BASIC = [p("2022-01-10", "2022-02-01", 100), p("2022-01-10", "2022-08-01", 50),
         p("2022-05-01", "2022-05-02", 10), p("2022-05-01", "2022-07-15", -2.5)]
CENTS = [p("2021-01-05", "2021-01-06", 0.1), p("2021-01-05", "2021-01-07", 0.2), p("2021-02-05", "2021-04-07", 0.7),
         p("2021-03-05", "2021-04-07", 1e-3), p("2021-01-05", "2021-04-08", 0.005), p("2021-02-05", "2021-05-07", 1 / 3),
         p("2021-03-05", "2021-03-06", 1e16), p("2021-03-06", "2021-03-07", 1.0), p("2021-03-06", "2021-03-07", -1e16)]

CASES = [
    ([], date(2022, 1, 1)),
    ((), date(2022, 1, 1)),
    ([],),
    ([], None),
    (BASIC,),
    (BASIC, None),
    (tuple(BASIC),),
    (BASIC, date(2022, 9, 30)),
    (BASIC, date(2022, 3, 31)),
    (BASIC, date(2022, 4, 1)),
    (BASIC, date(2022, 1, 1)),
    (BASIC, date(2021, 12, 31)),
    (BASIC, date(2019, 6, 1)),
    (BASIC, date(2030, 12, 31)),
    (BASIC, datetime(2022, 9, 30, 12)),
    (list(reversed(BASIC)),),
    (BASIC + BASIC,),
    ([BASIC[0]] * 7,),
    (CENTS,),
    (CENTS, date(2021, 6, 30)),
    (list(reversed(CENTS)), date(2021, 6, 30)),
    ([p("2022-03-31", "2022-04-01", 10)],),
    ([p("2022-12-31", "2023-01-01", 10)],),
    ([p("2022-06-30", "2022-06-01", 10), p("2022-06-30", "2022-06-30", 1)],),  # paid before the loss
    ([p("2022-06-30", "2021-06-01", 10), p("2022-06-30", "2022-08-30", 1)],),
    ([p("2022-06-30", "2021-06-01", 10)],),
    ([p("2022-06-30", "2021-06-01", 10)], date(2022, 7, 1)),
    ([p("2022-01-01", "2022-01-01", 0), p("2022-01-01", "2022-01-01", -0.0)],),
    ([p("2022-01-01", "2022-01-01", -5), p("2022-01-01", "2022-04-01", 5)],),
    ([p("2022-01-01", "2022-01-01", 5)], date(2022, 1, 1)),
    ([p("2022-01-01", "2022-01-02", 5)], date(2022, 1, 1)),
    ([p("2022-01-01", "2022-01-01", 5), p("2023-01-01", "2023-01-01", 5)], date(2022, 6, 1)),
    ([p("2023-01-01", "2023-01-01", 5)], date(2022, 6, 1)),
    ([p("2022-01-01", "2022-01-01", 7)], date(2022, 3, 31)),
    ([p("2022-01-01", "2025-01-01", 7)],),
    ([p("1999-12-31", "2000-01-01", 7)],),
    ([p("0001-01-01", "0001-04-01", 7)],),
    ([p("9999-10-01", "9999-12-31", 7)],),
    ([p("2022-01-01", "2022-01-01", 10 ** 20), p("2022-01-01", "2022-01-01", 1)],),
    ([p("2022-01-01", "2022-01-01", 2.675), p("2022-01-01", "2022-04-01", 0.01)],),
    ([p("2022-01-01", "2022-01-01", 1.005)],),
    ([p("2022-01-01", "2022-01-01", float("inf"))],),
    ([p("2022-01-01", "2022-01-01", float("-inf")), p("2022-01-01", "2022-04-01", 1e308), p("2022-01-01", "2022-07-01", 1e308)],),
    ([p("2022-01-01", "2022-01-01", True), p("2022-01-01", "2022-01-01", 2)],),
    ([p("2022-01-01", "2022-01-01", 1, "Ä-ß"), p("2022-01-01", "2022-01-01", 1, "")],),
    ([LedgerLine("X", date(2022, 2, 2), date(2022, 5, 5), 12.5), p("2022-02-02", "2022-05-05", 1)],),
    ([Payment("C", datetime(2022, 2, 2, 23, 59), datetime(2022, 5, 5, 1), 3.0)],),
    ([Payment("C", datetime(2022, 2, 2, 23, 59), datetime(2022, 5, 5, 1), 3.0)], date(2022, 6, 30)),
    ([Payment("C", date(2022, 2, 2), datetime(2022, 5, 5, 1), 3.0)], date(2022, 6, 30)),
    # invalid input
    (None,),
    ([None],),
    ([BASIC[0], None],),
    (BASIC, "2022-09-30"),
    (BASIC, 2022),
    ([Payment("C", None, date(2022, 1, 1), 1.0)],),
    ([Payment("C", date(2022, 1, 1), None, 1.0)],),
    ([Payment("C", date(2022, 1, 1), None, 1.0)], date(2022, 1, 1)),
    ([Payment("C", date(2022, 1, 1), date(2022, 1, 1), None)],),
    ([Payment("C", date(2022, 1, 1), date(2022, 1, 1), "10")],),
    ([Payment("C", date(2022, 1, 1), date(2022, 1, 1), "10")], date(2021, 1, 1)),
    ([Payment("C", "2022-01-01", "2022-01-01", 10.0)],),
    ([Payment("C", date(2022, 1, 1), date(2022, 1, 1), [1])],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(paid_triangle, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(paid_triangle, reference, as_of=date(2022, 6, 30), payments=BASIC)


def test_listing_is_not_modified() -> None:
    payments = list(BASIC)
    paid_triangle(payments)
    assert payments == BASIC


def _random_cases():
    rng = random.Random(777)
    for index in range(200):
        start = date(rng.choice([2018, 2020, 2021]), rng.randint(1, 12), rng.randint(1, 28))
        span = rng.choice([30, 120, 400, 900])
        payments = []
        for n in range(rng.choice([0, 1, 2, 5, 12, 30, 80])):
            loss = start + timedelta(days=rng.randrange(span))
            lag = rng.choice([0, 0, 3, 45, 100, 250, 700, -20])
            amount = rng.choice([round(rng.uniform(-200, 5000), 2), rng.randint(1, 900), 0.1, 19.99, -0.01])
            payments.append(Payment(f"C{n % 9}", loss, loss + timedelta(days=lag), amount))
        if not payments or index % 3 == 0:
            as_of = start + timedelta(days=rng.choice([-40, 0, 90, 365, 800, 2000]))
        else:
            as_of = None
        yield (payments, as_of) if index % 2 else (payments,) if as_of is None else (payments, as_of)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(paid_triangle, reference, *case)


def test_book_of_business() -> None:
    rng = random.Random(12)
    payments = []
    for claim in range(600):
        loss = date(2019, 1, 1) + timedelta(days=rng.randrange(1500))
        paid = loss
        for _ in range(rng.choice([1, 2, 3])):
            paid += timedelta(days=int(rng.expovariate(1 / 150)))
            payments.append(Payment(f"M{claim}", loss, paid, round(rng.lognormvariate(6.5, 1.0), 2)))
    assert_same(paid_triangle, reference, payments)
    assert_same(paid_triangle, reference, payments, date(2021, 12, 31))
