"""Month-end bill run for a regional electricity retailer."""

import random

from meterbill.tariff import bill_accounts, parse_tariff

TARIFF = """
# residential inclining-block tariff, hundredths of a cent per kWh
upto 150: 1180
upto 400: 1460
upto 800: 1975
upto 1500: 2430
rest: 3120
"""


def main() -> None:
    rng = random.Random(2024)
    tiers = parse_tariff(TARIFF)
    readings = []
    for n in range(12000):
        account = f"AC{n:06d}"
        for _meter in range(1 if rng.random() < 0.85 else 2):
            previous = rng.randint(1000, 90000)
            used = int(rng.lognormvariate(6.4, 0.6))
            readings.append((account, previous, previous + used))
    rng.shuffle(readings)
    bills = bill_accounts(readings, tiers, standing_charge=1150)
    total = sum(bills.values())
    top = max(bills, key=bills.get)
    print(f"{len(bills)} bills, total ${total / 100:,.2f}, largest {top} ${bills[top] / 100:,.2f}")


if __name__ == "__main__":
    main()
