"""Nightly export: redact the day's chat transcripts of one support queue before handing them to analytics."""

import random

from piiscrub.redact import redact_transcript

FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Isabella", "Mateo", "Mia", "Levi",
         "Amelia", "Ezra", "Harper", "Luca", "Evelyn", "Asher", "Aurora", "Leo", "Chloé", "José", "Zoë", "Søren",
         "Priya", "Wei", "Fatima", "Kwame", "Ingrid", "Tomasz"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "O'Brien", "Nguyen", "Kowalski", "Müller", "Okafor", "Van der Berg", "Dubois", "Rossi", "Sato", "Haddad"]
PHRASES = ["thanks for waiting", "I can see your order", "the parcel left our depot yesterday",
           "could you confirm the billing address", "I have refunded the delivery charge", "is there anything else",
           "my router keeps dropping the connection", "please reset my password", "the invoice shows the wrong amount",
           "I'd like to cancel the subscription", "we have escalated this to the second line team"]


def luhn_number(rng):
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for position, value in enumerate(reversed(digits)):
        if position % 2 == 0:
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return " ".join(text[i:i + 4] for i in range(0, 16, 4))


def main() -> None:
    rng = random.Random(5150)
    customers = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(900)})[:560]
    lines = []
    for _ in range(110):
        parts = [rng.choice(PHRASES)]
        if rng.random() < 0.5:
            parts.insert(0, f"Hi {rng.choice(customers) if rng.random() < 0.7 else rng.choice(FIRST)},")
        if rng.random() < 0.15:
            parts.append(f"my email is {rng.choice(FIRST).lower()}.{rng.randint(1, 99)}@example.com")
        if rng.random() < 0.08:
            parts.append(f"card {luhn_number(rng)}")
        lines.append(" ".join(parts))
    redacted, counts = redact_transcript(lines, customers)
    print("lines", len(redacted), "customers", len(customers), "masked", counts)
    print(redacted[0])


if __name__ == "__main__":
    main()
