"""Year-end interest run for the business savings book."""

import random
from datetime import date, timedelta
from decimal import Decimal

from savingsint.account import SavingsAccount

TIERS = [(Decimal("0"), Decimal("0.0125")), (Decimal("25000"), Decimal("0.0210")), (Decimal("100000"), Decimal("0.0285")),
         (Decimal("250000"), Decimal("0.0320"))]


def main() -> None:
    rng = random.Random(2023)
    accounts = []
    for number in range(24):
        account = SavingsAccount(f"BSA-{number:05d}", TIERS)
        day = date(2021, 1, 4)
        account.deposit(day, Decimal(rng.randint(5_000, 200_000)), "Opening deposit")
        while day < date(2023, 12, 31):
            day += timedelta(days=1)
            if day.weekday() < 5:
                account.deposit(day, Decimal(rng.randint(2_000, 400_000)) / 100, "Card takings sweep")
                if rng.random() < 0.6:
                    account.deposit(day, Decimal(rng.randint(500, 90_000)) / 100, "Transfer in")
            if day.day == 28:
                account.withdraw(day, Decimal(rng.randint(1_000, 9_000)), "Payroll transfer")
        accounts.append(account)
    total = Decimal("0")
    for account in accounts:
        rows = account.interest_statement(2023)
        total += sum(row["interest"] for row in rows)
    print("accounts", len(accounts), "transactions", sum(len(account.transactions) for account in accounts),
          "interest paid", total)
    print(accounts[0].account_id, accounts[0].transactions[-1])


if __name__ == "__main__":
    main()
