"""The October commissions run for a direct-selling company with twenty-six thousand distributors."""

import random

from referral_bonuses.bonuses import commission_statement, monthly_bonuses
from referral_bonuses.roster import parse_roster, validate_roster
from referral_bonuses.sales import personal_volumes


def company(rng: random.Random):
    members = [f"D{number:06d}" for number in range(26000)]
    rows = ["distributor_id,sponsor_id"]
    for index, member in enumerate(members):
        if index < 3:
            sponsor = ""
        elif rng.random() < 0.98:
            sponsor = members[max(0, index - rng.randint(1, 40))]  # recruited by someone who joined recently
        else:
            sponsor = members[rng.randrange(index)]
        rows.append(f"{member},{sponsor}")
    orders = ["# order;distributor;pv"]
    for number in range(60000):
        member = rng.choice(members)
        pv = round(rng.choice([25.0, 40.0, 62.5, 110.0]) * rng.randint(1, 3), 2)
        orders.append(f"O{number:07d};{member.lower() if number % 11 == 0 else member};{-pv if rng.random() < 0.03 else pv}")
    return "\n".join(rows), orders


def main() -> None:
    rng = random.Random(3107)
    roster_text, orders = company(rng)
    roster = parse_roster(roster_text)
    problems = validate_roster(roster)
    assert not problems, problems[:3]
    results = monthly_bonuses(roster, personal_volumes(orders))
    for line in commission_statement(results, top=5):
        print(line)


if __name__ == "__main__":
    main()
