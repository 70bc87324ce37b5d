"""Quote a month of repair orders from the dealer group's workshops against this month's catalogue extract."""

import random

from repair_quotes.catalogue import parse_labour_guide, parse_parts_extract
from repair_quotes.orders import RepairOrder, parse_repair_order
from repair_quotes.quote import quote_orders, quote_with_vat

GROUPS = ["Brake pads", "Brake disc", "Oil filter", "Air filter", "Pollen filter", "Wiper blade", "Spark plug",
          "Timing belt kit", "Water pump", "Drop link", "Track rod end", "Wheel bearing", "Clutch kit", "Bulb H7",
          "Thermostat", "Glow plug", "Fuel filter", "Drive belt", "Shock absorber", "Coil spring", "Lambda sensor"]
HEADS = ["1K0", "5Q0", "3C0", "06J", "04E", "2Q0", "5G0", "03L", "6R0", "8W0"]


def catalogue_text(rng: random.Random) -> tuple[str, list[str]]:
    rows, numbers = [], []
    for index in range(8000):
        number = f"{rng.choice(HEADS)}{rng.randint(100, 999)}{rng.randint(100, 999)}{rng.choice('ABCDEFGHJK')}"
        numbers.append(number)
    for index, number in enumerate(numbers):
        superseded = ""
        if index + 1 < len(numbers) and rng.random() < 0.12:
            superseded = numbers[rng.randrange(index + 1, len(numbers))]
        price = rng.randint(350, 60000)
        rows.append(f"{number}|{rng.choice(GROUPS)}, {rng.choice(['front', 'rear', 'left', 'right', 'set'])}|"
                    f"{price // 100}.{price % 100:02d}|{superseded}")
    return "\n".join(rows) + "\n", numbers


def labour_text(rng: random.Random) -> tuple[str, list[str]]:
    codes = [f"{group:02d}{operation:02d}" for group in range(1, 90) for operation in range(1, 5)]
    rows = [f"{code}|{rng.choice(GROUPS)} - remove and refit|{rng.choice([0.3, 0.5, 0.8, 1.2, 1.5, 2.4, 3.1])}"
            for code in codes]
    return "\n".join(rows) + "\n", codes


def month_of_orders(rng: random.Random, numbers: list, codes: list) -> list:
    orders = []
    for ro in range(5200):
        order = RepairOrder(str(40000 + ro), f"WVWZZZ{rng.randint(10**10, 10**11 - 1)}")
        for _ in range(rng.randint(1, 7)):
            number = rng.choice(numbers) if rng.random() < 0.97 else f"NLA{rng.randint(1000, 9999)}"
            order.parts.append((number, rng.choice([1, 1, 1, 2, 4])))
        order.operations = rng.sample(codes, rng.randint(1, 3)) + (["XX99"] if rng.random() < 0.02 else [])
        orders.append(order)
    return orders


def main() -> None:
    rng = random.Random(3005)
    parts_text, numbers = catalogue_text(rng)
    guide_text, codes = labour_text(rng)
    parts = parse_parts_extract(parts_text)
    operations = parse_labour_guide(guide_text)
    orders = month_of_orders(rng, numbers, codes)
    orders[:3] = [parse_repair_order(f"RO {order.ro_number} VIN {order.vin}\n"
                                     + "".join(f"P {number} x{quantity}\n" for number, quantity in order.parts)
                                     + "".join(f"L {code}\n" for code in order.operations)) for order in orders[:3]]
    quotes = quote_orders(orders, parts, operations, 13900)
    gross = sum(quote_with_vat(quote) for quote in quotes)
    unknown = sum(len(quote.unknown) for quote in quotes)
    superseded = sum(1 for order, quote in zip(orders, quotes) for line in quote.lines
                     if line.kind == "part" and line.code not in {number for number, _ in order.parts})
    print(f"{len(quotes)} repair orders quoted, {gross / 100:,.2f} EUR incl. VAT, "
          f"{unknown} unknown codes, {superseded} lines priced on a superseding part")


if __name__ == "__main__":
    main()
