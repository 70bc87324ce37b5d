"""Romanise the Russian section of the gazetteer for the next print run."""

import random

from translit.romanise import romanise_gazetteer
from translit.rules import default_rules

PREFIXES = ["", "", "", "Ново", "Старо", "Верхне", "Нижне", "Красно", "Бело", "Усть-", "Большое ", "Малая "]
ROOTS = ["москв", "волог", "ярослав", "ерм", "тверск", "ельц", "щукин", "хабар", "жуков", "цариц", "черемх",
         "озёрск", "юрьев", "яблонов", "подольск", "сосн", "берёз", "липец", "кедр", "тайм", "иван", "петров",
         "отрад", "светл", "шахт", "заречн", "каменск", "гусев", "ейск", "эльбрус", "выборг", "кхолм"]
SUFFIXES = ["а", "ово", "ево", "ино", "ка", "овка", "евка", "ск", "ый", "ий", "ое", "ьевск", "иха", "ец", "ья", "ая"]


def place_name(rng: random.Random) -> str:
    name = rng.choice(PREFIXES) + rng.choice(ROOTS) + rng.choice(SUFFIXES)
    name = " ".join(part[:1].upper() + part[1:] for part in name.split(" "))
    if "-" in name:
        head, tail = name.split("-", 1)
        name = head + "-" + tail[:1].upper() + tail[1:]
    return name


def main() -> None:
    rng = random.Random(1994)
    rules = default_rules()
    entries = []
    for number in range(22_000):
        entries.append({
            "id": 100_000 + number,
            "name": place_name(rng),
            "alternates": [place_name(rng) for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))],
        })
    rows = romanise_gazetteer(entries, rules)
    print("rows", len(rows), "with alternates", sum(1 for row in rows if row["alternates"]))
    print([row["latin"] for row in rows[:3]], [row["latin"] for row in rows[-3:]])


if __name__ == "__main__":
    main()
