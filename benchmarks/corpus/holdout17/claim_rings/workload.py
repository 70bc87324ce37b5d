"""Monthly ring screen over the region's new motor claims."""

import random

from fraudlink.rings import find_rings

STREETS = ["High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Close", "Queens Crescent",
           "North Drive", "Victoria Road", "Green Lane", "Manor Court"]
TOWNS = ["Walsall", "Dudley", "Wolverhampton", "West Bromwich", "Smethwick", "Oldbury"]


def person(rng: random.Random, number: int) -> dict:
    first = rng.choice(["john", "sarah", "imran", "li", "grace", "tomasz", "amy", "oluwaseun", "mark", "priya"])
    return {
        "phone": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "email": f"{first}.{number}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com'])}",
        "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        "bank_account": f"GB{rng.randint(10, 99)} BARC {rng.randint(2000, 2099)} {rng.randint(10**7, 10**8 - 1)}",
    }


def disguise(rng: random.Random, field: str, value: str) -> str:
    if field == "phone":
        digits = value.replace(" ", "")
        return rng.choice([f"+44 {digits[1:]}", f"({digits[:5]}) {digits[5:]}", digits])
    if field == "email":
        local, domain = value.split("@")
        return rng.choice([value.upper(), f"{local}+claims@{domain}", f"{local.replace('.', '')}@{domain}"])
    if field == "address":
        return value.replace("Road", "Rd.").replace("Street", "St").upper()
    return value.lower().replace(" ", "")


def claims(rng: random.Random, count: int) -> list:
    organisers = [person(rng, number) for number in range(40)]
    result = []
    for number in range(count):
        details = person(rng, 1000 + number)
        if rng.random() < 0.12:
            source = rng.choice(organisers)
            for field in rng.sample(list(source), rng.randint(1, 2)):
                details[field] = disguise(rng, field, source[field])
        for field in list(details):
            if rng.random() < 0.15:
                details[field] = ""
        details.update({"id": f"CLM-{number:06d}", "amount": round(rng.lognormvariate(7.5, 0.9), 2)})
        result.append(details)
    return result


def main() -> None:
    rng = random.Random(999)
    batch = claims(rng, 3100)
    rings = find_rings(batch)
    print("claims", len(batch), "rings", len(rings))
    for ring in rings[:5]:
        print(len(ring["claims"]), ring["total"], ring["shared"][:2])


if __name__ == "__main__":
    main()
