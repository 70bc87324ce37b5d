"""Validate a customer export before it is loaded into the billing system."""

import random

from rowcheck.validate import Column, RowValidator, validate_text


def main() -> None:
    rng = random.Random(1999)
    schema = [
        Column("customer_id", required=True, pattern=r"C\d{6}", unique=True),
        Column("email", required=True, pattern=r"[^@\s]+@[^@\s]+\.[a-z]{2,}", unique=True),
        Column("country", required=True, choices=("DE", "FR", "NL", "BE", "AT", "CH", "IT", "ES")),
        Column("plan", choices=("free", "team", "business", "enterprise")),
        Column("seats", pattern=r"\d{1,4}"),
    ]
    lines = ["customer_id,name,email,country,plan,seats"]
    for n in range(7000):
        cid = f"C{rng.randint(0, 999999):06d}"
        email = f"user{rng.randint(0, 60000)}@example.{rng.choice(['com', 'de', 'fr'])}"
        country = rng.choice(["DE", "FR", "NL", "BE", "AT", "CH", "IT", "ES", "UK"])
        plan = rng.choice(["free", "team", "business", "enterprise", "", "trial"])
        lines.append(f"{cid},Customer {n},{email},{country},{plan},{rng.randint(1, 400)}")
    validator = RowValidator(schema)
    problems = validate_text(validator, "\n".join(lines) + "\n")
    print(validator.rows_checked, len(problems), sum(1 for p in problems if p.message.startswith("duplicate")))


if __name__ == "__main__":
    main()
