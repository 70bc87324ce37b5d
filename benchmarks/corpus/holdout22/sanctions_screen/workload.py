"""Screen today's onboarding batch against the consolidated sanctions list."""

import random

from namescreen.screen import Customer, ListEntry, screen_customers

GIVEN = ["Ivan", "Olga", "Ahmed", "Fatima", "José", "María", "Wei", "Li", "Dmitrijs", "Ana", "Mohammed", "Yusuf",
         "Sergei", "Elena", "Kim", "Jong", "Abdul", "Nasser", "Hassan", "Leila", "Pierre", "Zoë", "Björn", "Søren",
         "Mehmet", "Ayşe", "Juan", "Carlos", "Omar", "Khalid", "Nikolai", "Tatiana", "Viktor", "Ali", "Reza"]
FAMILY = ["Petrov", "Ivanova", "al-Rashid", "Hussein", "García", "Fernández", "Zhang", "Wang", "Šlesers", "Kuznetsov",
          "bin Laden", "Kim", "Park", "Haddad", "Nasrallah", "Dubois", "Østergård", "Yilmaz", "Öztürk", "Rodríguez",
          "el-Sayed", "Popescu", "Nowak", "Kowalski", "Sokolov", "Volkov", "Mahmoud", "Karimi", "Tehrani", "Orlov"]
COMPANY = ["Trading", "Shipping", "Petroleum", "Holdings", "Logistics", "Metals", "Energy", "Maritime", "Export", "Finance"]
FORMS = ["LLC", "Ltd.", "OOO", "JSC", "GmbH", "S.A.", "FZE", "PJSC", "Co."]
TITLES = ["", "", "", "Dr. ", "Mr ", "Gen. ", "Sheikh "]


def person(rng: random.Random) -> str:
    name = rng.choice(GIVEN) + " " + rng.choice(FAMILY)
    if rng.random() < 0.3:
        name = rng.choice(GIVEN) + " " + name
    return rng.choice(TITLES) + name


def company(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(COMPANY)} {rng.choice(FORMS)}"


def main() -> None:
    rng = random.Random(31337)
    entries = []
    for number in range(1800):
        is_person = rng.random() < 0.7
        primary = person(rng) if is_person else company(rng)
        aliases = [primary]
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            words = primary.split()
            alias = " ".join(reversed(words)) if rng.random() < 0.4 else (words[-2][0] + ". " + words[-1] if len(words) > 1 else primary)
            aliases.append(alias.upper() if rng.random() < 0.3 else alias)
        entries.append(ListEntry(f"CSL-{number:05d}", aliases, rng.choice(["EU-RUS", "UN-1267", "OFAC-SDN", "UK-IRN"]),
                                 rng.randint(1940, 1995) if is_person and rng.random() < 0.6 else None))
    customers = [Customer(f"C{number:06d}", person(rng) if rng.random() < 0.8 else company(rng),
                          rng.randint(1940, 2004) if rng.random() < 0.9 else None, rng.choice(["DE", "FR", "AE", "TR", "LV"]))
                 for number in range(60)]
    hits = screen_customers(customers, entries)
    flagged = sum(1 for customer in customers if customer.flags)
    print("customers", len(customers), "entries", len(entries), "hits", len(hits), "flagged", flagged)
    print(hits[:2])


if __name__ == "__main__":
    main()
