"""Nightly import: audit the VINs of all listings uploaded by partner dealerships."""

import random
from collections import Counter

from vinkit.vin import audit_listings

ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))}
WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
MAKERS = ["1HG", "1FA", "2T1", "3VW", "JHM", "WBA", "WDB", "VF1", "KMH", "5YJ", "SAL", "ZFA"]


def make_vin(rng: random.Random) -> str:
    body = rng.choice(MAKERS) + "".join(rng.choices(ALPHABET, k=14))
    total = sum(VALUES[c] * w for c, w in zip(body, WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def main() -> None:
    rng = random.Random(3779)
    fleet = [make_vin(rng) for _ in range(14000)]
    uploads = []
    for _ in range(17000):
        vin = rng.choice(fleet) if rng.random() < 0.3 else make_vin(rng)
        roll = rng.random()
        if roll < 0.03:
            vin = vin[:-1]
        elif roll < 0.06:
            vin = vin[:5] + "O" + vin[6:]
        elif roll < 0.09:
            vin = vin[:3] + rng.choice(ALPHABET) + vin[4:]
        if rng.random() < 0.2:
            vin = f" {vin[:3]}-{vin[3:9]}-{vin[9:].lower()} "
        uploads.append(vin)
    report = audit_listings(uploads)
    reasons = Counter(reason for _, reason in report["invalid"])
    print(len(report["valid"]), len(report["duplicates"]), sorted(reasons.items()))


if __name__ == "__main__":
    main()
