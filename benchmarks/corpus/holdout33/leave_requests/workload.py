"""Replay two years of annual-leave requests from the agency's staff portal."""

import random
from datetime import date, timedelta

from leavebank.ledger import process_requests
from leavebank.models import LeaveAccount, LeaveRequest
from leavebank.report import balances, rejection_reasons

HOLIDAYS = frozenset(date.fromisoformat(day) for day in [
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
    "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26"])


def staff(rng: random.Random) -> dict[str, LeaveAccount]:
    accounts = {}
    for number in range(1, 61):
        employee = f"N{number:03d}"
        contract = rng.choice([1.0, 1.0, 0.8, 0.6])
        history = [(f"2023-{month:02d}-01", "accrual", round(16.88 * contract, 2)) for month in range(1, 13)]
        accounts[employee] = LeaveAccount(employee, round(rng.uniform(0, 120) * contract, 2), date(2023, 12, 31),
                                          round(16.88 * contract, 2), round(37.5 * contract, 2), history)
    return accounts


def requests(rng: random.Random, employees: list[str]) -> list[LeaveRequest]:
    result = []
    for number in range(780):
        submitted = date(2024, 1, 2) + timedelta(days=rng.randint(0, 700))
        first = submitted + timedelta(days=rng.choice([0, 3, 14, 30, 60, 90]) + rng.randint(-2, 6))
        length = rng.choice([0, 0, 1, 2, 4, 6, 13, 20])
        employee = rng.choice(employees) if rng.random() > 0.01 else "N999"
        result.append(LeaveRequest(f"LR{number:05d}", employee, submitted, first, first + timedelta(days=length),
                                   rng.choice([7.5, 7.5, 6.0, 11.5])))
    result.sort(key=lambda item: item.submitted)
    return result


def main() -> None:
    rng = random.Random(3305)
    accounts = staff(rng)
    state, decisions = process_requests(accounts, requests(rng, list(accounts)), HOLIDAYS)
    approved = sum(decision.approved for decision in decisions)
    print(f"{len(decisions)} requests, {approved} approved, rejections {rejection_reasons(decisions)}")
    print("lowest balances:", balances(state)[:5])


if __name__ == "__main__":
    main()
