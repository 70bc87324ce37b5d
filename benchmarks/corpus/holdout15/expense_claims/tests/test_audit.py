from expensecheck.audit import audit_claims, find_limit
from expensecheck.models import CardTransaction, PolicyLimit

LIMITS = [PolicyLimit("meals", "director", 12000), PolicyLimit("meals", "*", 6000), PolicyLimit("lodging", "*", 25000)]


def claim(cid, amount, category="meals", paid_by="card", employee="E1", date="2024-03-04", grade="staff"):
    return {"claim_id": cid, "employee": employee, "grade": grade, "date": date, "category": category,
            "amount_cents": amount, "paid_by": paid_by}


def test_find_limit() -> None:
    assert find_limit(LIMITS, "meals", "director") == 12000
    assert find_limit(LIMITS, "meals", "staff") == 6000
    assert find_limit(LIMITS, "taxi", "staff") is None


def test_card_claim_approved() -> None:
    txns = [CardTransaction("T1", "E1", "2024-03-04", 2500, "Cafe")]
    result = audit_claims([claim("C1", 2500)], txns, LIMITS)
    assert result["verdicts"] == [{"claim_id": "C1", "status": "approved", "reason": "T1"}]


def test_transaction_used_once() -> None:
    txns = [CardTransaction("T1", "E1", "2024-03-04", 2500, "Cafe")]
    result = audit_claims([claim("C1", 2500), claim("C2", 2500)], txns, LIMITS)
    assert [v["status"] for v in result["verdicts"]] == ["approved", "rejected"]


def test_daily_limit_counts_all_claims() -> None:
    result = audit_claims([claim("C1", 4000, paid_by="cash"), claim("C2", 3000, paid_by="cash")], [], LIMITS)
    assert [v["reason"] for v in result["verdicts"]] == ["over daily limit by 1000"] * 2


def test_no_limit_is_referred() -> None:
    result = audit_claims([claim("C1", 900, category="taxi", paid_by="cash")], [], LIMITS)
    assert result["totals"] == {"approved": 0, "rejected": 0, "referred": 1}


def test_director_limit() -> None:
    result = audit_claims([claim("C1", 9000, paid_by="cash", grade="director")], [], LIMITS)
    assert result["verdicts"][0]["status"] == "approved"
