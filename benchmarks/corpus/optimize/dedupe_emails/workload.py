"""Merge the newsletter lists of three CRMs."""

import random

from contacts.clean import unique_emails


def main() -> None:
    rng = random.Random(3)
    people = [f"{rng.choice(['ann', 'bob', 'eve', 'joe', 'liz'])}.{i}@{rng.choice(['mail.com', 'corp.org'])}"
              for i in range(6000)]
    raw = []
    for _ in range(14000):
        email = rng.choice(people)
        if rng.random() < 0.3:
            email = email.upper()
        if rng.random() < 0.2:
            email = f"  {email}\n"
        raw.append(email)
    print(len(unique_emails(raw)))


if __name__ == "__main__":
    main()
