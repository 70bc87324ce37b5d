"""Merge contact lists, dropping repeated e-mail addresses.

Hottest function: dedupe (membership test on a list).
"""

import random


def load_contacts(n: int, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    names = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"]
    return [
        {"name": rng.choice(names), "email": f"{rng.choice(names)}{rng.randrange(n // 2)}@example.org"}
        for _ in range(n)
    ]


def normalise(contacts: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"name": c["name"].title(), "email": c["email"].strip().lower()} for c in contacts]


def dedupe(contacts: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: list[str] = []
    kept = []
    for contact in contacts:
        if contact["email"] not in seen:  # HOT
            seen.append(contact["email"])
            kept.append(contact)
    return kept


if __name__ == "__main__":
    contacts = normalise(load_contacts(15000))
    print(len(dedupe(contacts)))
