"""Nightly job: refresh the repayment schedules shown in the member portal."""

import random

from amortize.schedule import amortization_schedule, total_interest


def main() -> None:
    rng = random.Random(2417)
    products = [("mortgage", 360, 0.041, 0.069), ("mortgage", 240, 0.039, 0.065), ("auto", 72, 0.055, 0.119),
                ("auto", 60, 0.049, 0.109), ("personal", 48, 0.079, 0.159), ("home-equity", 180, 0.062, 0.089)]
    weights = [14, 8, 60, 50, 70, 18]
    interest_total = 0.0
    installments = 0
    early = 0
    for _ in range(220):
        kind, months, low, high = rng.choices(products, weights)[0]
        principal = round(rng.uniform(4_000, 40_000) if months <= 72 else rng.uniform(60_000, 420_000), 2)
        rate = round(rng.uniform(low, high), 4)
        extras = {}
        if rng.random() < 0.35:
            for _ in range(rng.randint(1, 12)):
                extras[rng.randint(1, months)] = round(rng.uniform(100, principal / 20), 2)
        if rng.random() < 0.1:
            monthly = round(rng.uniform(50, 400), 2)
            extras.update({number: monthly for number in range(1, months + 1)})
        schedule = amortization_schedule(principal, rate, months, extras)
        interest_total += total_interest(schedule)
        installments += len(schedule)
        early += len(schedule) < months
    print(f"loans=220 installments={installments} paid_off_early={early} interest={interest_total:,.2f}")


if __name__ == "__main__":
    main()
