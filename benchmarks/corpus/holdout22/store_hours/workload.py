"""Check a week of click-and-collect bookings against the stores' opening hours."""

import random

from openhours.pickups import Pickup, Store, check_pickups

PATTERNS = [
    "Mo-Fr 08:00-20:00; Sa 09:00-18:00; Su off",
    "Mo-Sa 07:00-22:00; Su 10:00-16:00",
    "24/7",
    "Mo-Fr 09:00-12:30,13:30-18:00; Sa 09:00-13:00",
    "Mo-Th 08:00-21:00; Fr 08:00-22:00; Sa 08:00-22:00; Su 09:00-19:00",
    "Mo,We,Fr 10:00-19:00; Tu,Th 12:00-20:00; Sa 10:00-14:00",
    "Mo-Su 06:00-24:00; Fr-Sa 06:00-02:00",
    "Tu-Sa 10:00-18:30",
]


def main() -> None:
    rng = random.Random(20240506)
    stores = []
    for number in range(800):
        closures = sorted({f"2024-05-{rng.randint(6, 12):02d}" for _ in range(rng.choice([0, 0, 1, 2]))})
        stores.append(Store(f"S{number:04d}", f"Store {number}", rng.choice(PATTERNS), closures))
    codes = [store.code for store in stores] + ["S9999", "X0001"]
    pickups = []
    for number in range(90_000):
        quarter = rng.randrange(4 * 24)
        slot = f"2024-05-{rng.randint(6, 12):02d} {quarter // 4:02d}:{15 * (quarter % 4):02d}"
        pickups.append(Pickup(f"CC{number:07d}", rng.choice(codes), slot, rng.choice([15, 30, 30, 60])))
    report = check_pickups(pickups, stores)
    print("ok", len(report["ok"]), "closed", len(report["closed"]), "unknown", len(report["unknown_store"]))
    print("S0000", report["per_store"]["S0000"])


if __name__ == "__main__":
    main()
