"""The financial-aid office's allocation run for the coming academic year."""

import random
from collections import Counter

from bursary.allocate import allocate_awards
from bursary.applicants import Applicant
from bursary.funds import Criteria, Fund

FACULTIES = ["Engineering", "Medicine", "Law", "Arts", "Science", "Business", "Education", "Music", "Nursing"]


def make_funds(rng: random.Random) -> list[Fund]:
    funds = []
    for index in range(320):
        faculties = frozenset(rng.sample(FACULTIES, rng.randint(1, 3))) if rng.random() < 0.7 else None
        criteria = Criteria(
            min_gpa=rng.choice([0.0, 2.5, 3.0, 3.3, 3.7]),
            max_household_income=rng.choice([None, 40000, 60000, 85000]),
            faculties=faculties,
            first_generation_only=rng.random() < 0.15,
        )
        award = rng.choice([50000, 100000, 150000, 250000])
        funds.append(Fund(f"F{index:04d}", f"Memorial Fund {index}", award * rng.randint(4, 30), award,
                          rng.choice([1, 1, 2, 2, 3, 9]), f"2024-0{rng.randint(5, 9)}-{rng.randint(1, 28):02d}", criteria))
    return funds


def main() -> None:
    rng = random.Random(1636)
    funds = make_funds(rng)
    applicants = [
        Applicant(f"S{1000000 + i}", round(rng.uniform(2.0, 4.0), 2), rng.randint(8000, 160000), rng.choice(FACULTIES),
                  rng.random() < 0.3, rng.randint(1, 5000))
        for i in range(14000)
    ]
    result = allocate_awards(applicants, funds, max_awards=2)
    per_fund = Counter(award.fund_code for award in result.awards)
    spent = sum(award.amount_cents for award in result.awards) / 100
    exhausted = sum(1 for fund in funds if result.remaining_cents[fund.code] < fund.award_cents)
    print(f"{len(result.awards)} awards to {len(applicants) - len(result.unfunded)} students, ${spent:,.0f} committed")
    print(f"{len(result.unfunded)} applicants unfunded, {exhausted} of {len(funds)} funds exhausted, busiest fund {per_fund.most_common(1)}")


if __name__ == "__main__":
    main()
