"""End-of-day billing: quote every parcel handed to the carrier today."""

import random

from shipping.quotes import Shipment, quote_shipments

ZONES = ["DE", "FR", "NL", "BE", "AT", "PL", "IT", "ES", "DK", "SE", "CZ", "PT", "IE", "FI", "GB", "CH", "US", "CA"]
BRACKETS = [0.5, 1, 2, 3, 5, 10, 15, 20, 25, 31.5]


def rate_card(rng: random.Random) -> str:
    lines = ["zone,max_kg,price,service"]
    for zone in ZONES:
        base = rng.uniform(3, 15)
        for bracket in BRACKETS:
            lines.append(f"{zone},{bracket},{base + bracket * rng.uniform(0.4, 0.9):.2f},standard")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(515)
    card = rate_card(rng)
    parcels = [Shipment(f"PCL{n:07d}", rng.choice(ZONES).lower() if rng.random() < 0.2 else rng.choice(ZONES),
                        round(rng.uniform(0.05, 31.5), 2)) for n in range(1400)]
    quotes = quote_shipments(parcels, card)
    print(len(quotes), sum(price for _, price in quotes), quotes[0])


if __name__ == "__main__":
    main()
