"""Post-match replay of all turnstile scans for the operations debrief."""

import random

from turnstile.admission import process_scans
from turnstile.barcodes import luhn_valid


def barcode(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


def main() -> None:
    rng = random.Random(1888)
    sold = [barcode(rng) for _ in range(16000)]
    voided = rng.sample(sold, 150)
    gates = [f"{side}{n}" for side in "NESW" for n in range(1, 7)]
    attending = rng.sample(sold, 13300)
    codes = attending + rng.sample(attending, 300)  # passback attempts
    codes += [barcode(rng) for _ in range(200)]  # another match's ticket or a forgery
    codes += [barcode(rng)[:-1] + "x" for _ in range(200)]  # smudged print
    scans = []
    for code in codes:
        minute = int(rng.triangular(0, 120, 95))
        clock = f"{13 + minute // 60:02d}:{minute % 60:02d}:{rng.randint(0, 59):02d}"
        scans.append((clock, rng.choice(gates), code if rng.random() < 0.9 else f" {code}"))
    scans.sort(key=lambda scan: scan[0])
    result = process_scans(scans, sold, voided)
    print(len(scans), "scans;", result["admitted"], "admitted;", "refused", result["refused"], "peak", result["peak"])


if __name__ == "__main__":
    main()
