"""Nightly backup of the shared address book as a .vcf file, contact photos included."""

import random

from vcards.export import export_vcards

FIRST = ["Ann", "Björn", "Chloé", "Dmitri", "Eva", "François", "Grace", "Hiro", "Inés", "José", "Zoë", "Łukasz"]
LAST = ["Lee", "Müller", "García", "O'Brien", "Nørgaard", "Smith", "Dubois", "Kowalski", "Tanaka", "Silva"]


def main() -> None:
    rng = random.Random(3031)
    contacts = []
    for number in range(400):
        contact = {
            "given": rng.choice(FIRST),
            "family": rng.choice(LAST),
            "org": rng.choice(["", "ACME, Inc.", "Société Générale", "Müller & Söhne; Berlin"]),
            "phones": [(rng.choice(["cell", "work", "home"]), f"+44 20 7946 {rng.randrange(10000):04d}") for _ in range(rng.randint(0, 3))],
            "emails": [f"user{number}@example.org"],
            "note": " ".join(rng.choice(["Met at the fair", "prefers e-mail", "größter Kunde", "call after 3pm,", "VIP;"]) for _ in range(rng.randint(0, 40))),
        }
        if rng.random() < 0.35:
            contact["photo"] = rng.randbytes(rng.randint(60_000, 180_000))
        contacts.append(contact)
    text = export_vcards(contacts)
    lines = text.split("\r\n")
    print(len(contacts), "contacts;", len(lines), "physical lines;", len(text.encode("utf-8")), "bytes")


if __name__ == "__main__":
    main()
