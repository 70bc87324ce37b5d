"""March reimbursement run: every submitted claim against the card provider's statement."""

import random
from datetime import date, timedelta

from expensecheck.audit import audit_claims
from expensecheck.models import CardTransaction, PolicyLimit

CATEGORIES = ["meals", "lodging", "taxi", "rail", "parking", "client_entertainment", "conference"]
GRADES = ["staff", "senior", "manager", "director"]


def main() -> None:
    rng = random.Random(3303)
    limits = []
    for category in CATEGORIES[:-1]:
        for grade in ("director", "manager"):
            if rng.random() < 0.7:
                limits.append(PolicyLimit(category, grade, rng.randrange(8000, 40000, 500)))
        limits.append(PolicyLimit(category, "*", rng.randrange(3000, 20000, 500)))
    employees = {f"E{n:05d}": rng.choice(GRADES) for n in range(700)}
    start = date(2024, 3, 1)
    claims, transactions = [], []
    for number in range(6000):
        employee = rng.choice(list(employees))
        day = (start + timedelta(days=rng.randrange(31))).isoformat()
        amount = rng.randrange(300, 22000, 5)
        paid_by = "card" if rng.random() < 0.8 else "cash"
        if paid_by == "card" and rng.random() < 0.97:
            transactions.append(CardTransaction(f"TX{len(transactions):07d}", employee, day, amount, rng.choice(["Pret", "Hilton", "Uber", "LNER"])))
        claims.append({"claim_id": f"CL{number:06d}", "employee": employee, "grade": employees[employee], "date": day,
                       "category": rng.choice(CATEGORIES), "amount_cents": amount, "paid_by": paid_by})
    for _ in range(3000):  # card spend nobody has claimed yet
        transactions.append(CardTransaction(f"TX{len(transactions):07d}", rng.choice(list(employees)),
                                            (start + timedelta(days=rng.randrange(31))).isoformat(), rng.randrange(300, 22000, 5), "Misc"))
    rng.shuffle(transactions)
    result = audit_claims(claims, transactions, limits)
    print(len(claims), "claims,", len(transactions), "card transactions;", result["totals"])


if __name__ == "__main__":
    main()
