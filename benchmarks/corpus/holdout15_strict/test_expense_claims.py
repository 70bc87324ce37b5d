"""Strict equivalence tests for audit_claims (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from expensecheck.audit import audit_claims
from expensecheck.models import CardTransaction, PolicyLimit

TARGET = "expensecheck/audit.py:audit_claims"


def find_limit(limits, category, grade):
    for limit in limits:
        if limit.category == category and limit.grade in (grade, "*"):
            return limit.daily_cents
    return None


def reference(claims, transactions, limits):
    used = []
    verdicts = []
    totals = {"approved": 0, "rejected": 0, "referred": 0}
    for claim in claims:
        match = None
        if claim["paid_by"] == "card":
            for txn in transactions:
                if (txn.card_holder == claim["employee"] and txn.date == claim["date"]
                        and txn.amount_cents == claim["amount_cents"] and txn.txn_id not in used):
                    match = txn
                    break
            if match is None:
                verdicts.append({"claim_id": claim["claim_id"], "status": "rejected", "reason": "no matching card transaction"})
                totals["rejected"] += 1
                continue
            used.append(match.txn_id)
        limit = find_limit(limits, claim["category"], claim["grade"])
        if limit is None:
            verdicts.append({"claim_id": claim["claim_id"], "status": "referred", "reason": "no policy limit"})
            totals["referred"] += 1
            continue
        day_total = sum(other["amount_cents"] for other in claims
                        if other["employee"] == claim["employee"] and other["date"] == claim["date"]
                        and other["category"] == claim["category"])
        if day_total > limit:
            verdicts.append({"claim_id": claim["claim_id"], "status": "rejected", "reason": f"over daily limit by {day_total - limit}"})
            totals["rejected"] += 1
            continue
        verdicts.append({"claim_id": claim["claim_id"], "status": "approved",
                         "reason": match.txn_id if match is not None else "cash"})
        totals["approved"] += 1
    return {"verdicts": verdicts, "totals": totals}


def c(cid, amount, category="meals", paid_by="card", employee="E1", date="2024-03-04", grade="staff", **extra):
    return {"claim_id": cid, "employee": employee, "grade": grade, "date": date, "category": category,
            "amount_cents": amount, "paid_by": paid_by, **extra}


def t(tid, amount, holder="E1", date="2024-03-04", merchant="Cafe"):
    return CardTransaction(tid, holder, date, amount, merchant)


L = [PolicyLimit("meals", "director", 12000), PolicyLimit("meals", "*", 6000), PolicyLimit("lodging", "*", 25000)]

CASES = [
    ([], [], []),
    ([], [t("T1", 100)], L),
    ([c("C1", 2500)], [], L),
    ([c("C1", 2500)], [t("T1", 2500)], L),
    ([c("C1", 2500)], [t("T1", 2500)], []),
    ([c("C1", 2500, paid_by="cash")], [], L),
    ([c("C1", 2500, paid_by="Card")], [], L),
    ([c("C1", 2500, paid_by=None)], [], L),
    ([c("C1", 2500), c("C2", 2500)], [t("T1", 2500)], L),
    ([c("C1", 2500), c("C2", 2500)], [t("T1", 2500), t("T2", 2500)], L),
    ([c("C1", 2500), c("C2", 2500)], [t("T2", 2500), t("T1", 2500)], L),
    ([c("C1", 2500), c("C2", 2500)], [t("T1", 2500), t("T1", 2500)], L),
    ([c("C1", 2500), c("C2", 2500), c("C3", 2500)], [t("T1", 2500), t("T1", 2500), t("T2", 2500)], L),
    ([c("C1", 2500), c("C2", 1500)], [t("T1", 2500), t("T1", 1500)], L),
    ([c("C1", 2500), c("C2", 1500)], [t("T1", 1500), t("T1", 2500)], L),
    ([c("C1", 2500, employee="E2")], [t("T1", 2500)], L),
    ([c("C1", 2500, date="2024-03-05")], [t("T1", 2500)], L),
    ([c("C1", 2500)], [t("T1", 2501)], L),
    ([c("C1", 2500.0)], [t("T1", 2500)], L),
    ([c("C1", 2500)], [t("T1", 2500.0)], L),
    ([c("C1", True, paid_by="cash")], [], L),
    ([c("C1", 1)], [t("T1", True)], L),
    ([c("C1", 0)], [t("T1", 0)], L),
    ([c("C1", -500)], [t("T1", -500)], L),
    ([c("C1", -500, paid_by="cash"), c("C2", 6400, paid_by="cash")], [], L),
    ([c("C1", 6000, paid_by="cash")], [], L),
    ([c("C1", 6001, paid_by="cash")], [], L),
    ([c("C1", 6000.5, paid_by="cash")], [], L),
    ([c("C1", 0.1, paid_by="cash"), c("C2", 0.2, paid_by="cash"), c("C3", 0.3, paid_by="cash")],
     [], [PolicyLimit("meals", "*", 0.6)]),
    ([c("C1", 0.1, paid_by="cash"), c("C2", 0.2, paid_by="cash"), c("C3", 0.3, paid_by="cash")],
     [], [PolicyLimit("meals", "*", 0.5)]),
    ([c("C3", 0.3, paid_by="cash"), c("C2", 0.2, paid_by="cash"), c("C1", 0.1, paid_by="cash")],
     [], [PolicyLimit("meals", "*", 0.6)]),
    ([c("C1", 1e16, paid_by="cash"), c("C2", 1.0, paid_by="cash"), c("C3", -1e16, paid_by="cash")],
     [], [PolicyLimit("meals", "*", 0)]),
    ([c("C1", 4000, paid_by="cash"), c("C2", 3000, paid_by="cash")], [], L),
    ([c("C1", 4000, paid_by="cash"), c("C2", 3000, paid_by="cash", category="lodging")], [], L),
    ([c("C1", 4000, paid_by="cash"), c("C2", 3000, paid_by="cash", date="2024-03-05")], [], L),
    ([c("C1", 4000, paid_by="cash"), c("C2", 3000, paid_by="cash", employee="E2")], [], L),
    ([c("C1", 4000), c("C2", 3000)], [t("T1", 4000)], L),
    ([c("C1", 4000), c("C2", 3000)], [t("T2", 3000)], L),
    ([c("C1", 9000, paid_by="cash", grade="director")], [], L),
    ([c("C1", 9000, paid_by="cash", grade="Director")], [], L),
    ([c("C1", 9000, paid_by="cash", grade="*")], [], L),
    ([c("C1", 9000, paid_by="cash", grade=None)], [], L),
    ([c("C1", 9000, paid_by="cash", grade="director")], [], [PolicyLimit("meals", "*", 6000), PolicyLimit("meals", "director", 12000)]),
    ([c("C1", 9000, paid_by="cash")], [], [PolicyLimit("meals", "staff", 1000), PolicyLimit("meals", "staff", 10000)]),
    ([c("C1", 900, paid_by="cash", category="taxi")], [], L),
    ([c("C1", 900, category="taxi")], [t("T1", 900)], L),
    ([c("C1", 900, category="taxi"), c("C2", 900)], [t("T1", 900)], L),
    ([c("C1", 900, paid_by="cash", category="Meals")], [], L),
    ([c("C1", 900, paid_by="cash", category=None)], [], [PolicyLimit(None, "*", 1000)]),
    ([c("C1", 900, paid_by="cash")], [], [PolicyLimit("meals", "*", None)]),
    ([c("C1", 900, paid_by="cash")], [], [PolicyLimit("meals", "*", "1000")]),
    ([c("C1", "900", paid_by="cash")], [], L),
    ([c("C1", None, paid_by="cash")], [], L),
    ([c("C1", None)], [t("T1", None)], L),
    ([c("C1", 900), c("C1", 900)], [t("T1", 900), t("T2", 900)], L),
    ([c(None, 900), c(7, 900, paid_by="cash")], [t("T1", 900)], L),
    ([c("C1", 900, employee="Jürgen", date="2024-03-04")], [t("T1", 900, holder="Jürgen")], L),
    ([c("C1", 900, employee=1)], [t("T1", 900, holder=1.0)], L),
    ([c("C1", 900, employee=None)], [t("T1", 900, holder=None)], L),
    ([c("C1", 900, note="team lunch", receipt=True)], [t("T1", 900)], L),
    ([c("C1", 900)], [t(None, 900), t(None, 900)], L),
    ([c("C1", 900), c("C2", 900)], [t(None, 900), t(None, 900)], L),
    ([c("C1", 900), c("C2", 900)], [t("T1", 900), t("t1", 900)], L),
    ([c("C1", 900), c("C2", 900)], [t(1, 900), t(1.0, 900), t(2, 900)], L),
    ([{"claim_id": "C1", "employee": "E1", "date": "2024-03-04", "amount_cents": 1, "paid_by": "card"}], [], L),
    ([{"claim_id": "C1", "employee": "E1", "date": "2024-03-04", "amount_cents": 1, "paid_by": "card"}], [t("T1", 1)], L),
    ([{"claim_id": "C1", "employee": "E1", "date": "2024-03-04", "amount_cents": 1, "category": "meals"}], [], L),
    ([{"employee": "E1", "date": "2024-03-04", "amount_cents": 1, "category": "meals", "paid_by": "card", "grade": "x"}], [], L),
    ((c("C1", 900), c("C2", 900, paid_by="cash")), (t("T1", 900),), tuple(L)),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(audit_claims, reference, *case)


def _random_cases():
    rng = random.Random(9009)
    categories = ["meals", "lodging", "taxi", "rail"]
    for index in range(130):
        limits = []
        for category in categories:
            for grade in ("director", "*", "staff"):
                if rng.random() < 0.4:
                    limits.append(PolicyLimit(category, grade, rng.choice([500, 1000, 2000, 5000])))
        rng.shuffle(limits)
        people = [f"E{n}" for n in range(rng.randint(1, 4))]
        days = ["2024-03-01", "2024-03-02", "2024-03-03"][: rng.randint(1, 3)]
        amounts = [100, 250, 400, 1000, 1500] if index % 4 else [0.5, 1.25, 100.1, 0.1, 0.2]
        claims, txns = [], []
        for number in range(rng.randint(0, 20)):
            person, day, amount = rng.choice(people), rng.choice(days), rng.choice(amounts)
            paid_by = rng.choice(["card", "card", "cash"])
            claims.append(c(f"C{number}", amount, rng.choice(categories), paid_by, person, day, rng.choice(["staff", "director", "senior"])))
            if paid_by == "card" and rng.random() < 0.8:
                txns.append(t(f"T{rng.randrange(30)}", amount, person, day))
        for _ in range(rng.randint(0, 6)):
            txns.append(t(f"T{rng.randrange(30)}", rng.choice(amounts), rng.choice(people), rng.choice(days)))
        rng.shuffle(txns)
        yield claims, txns, limits


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(audit_claims, reference, *case)


def test_large_month() -> None:
    rng = random.Random(64)
    limits = [PolicyLimit(cat, "*", rng.choice([3000, 6000, 9000])) for cat in ("meals", "lodging", "taxi")]
    claims, txns = [], []
    for number in range(300):
        person, day, amount = f"E{rng.randrange(30)}", f"2024-03-{rng.randint(1, 9):02d}", rng.randrange(100, 5000, 50)
        paid_by = "card" if rng.random() < 0.8 else "cash"
        claims.append(c(f"C{number}", amount, rng.choice(["meals", "lodging", "taxi", "gifts"]), paid_by, person, day))
        if paid_by == "card" and rng.random() < 0.9:
            txns.append(t(f"T{len(txns)}", amount, person, day))
    rng.shuffle(txns)
    assert_same(audit_claims, reference, claims, txns, limits)
