"""Nightly categorisation of the imported statements of a batch of app users."""

import random

from spendtags.budget import budget_status
from spendtags.categorise import categorise
from spendtags.rules import Rule, Transaction

MERCHANTS = {
    "Groceries": ["TESCO", "SAINSBURYS", "ALDI", "LIDL", "ASDA", "WAITROSE", "CO-OP", "M&S", "MORRISONS", "ICELAND"],
    "Eating out": ["PRET", "GREGGS", "COSTA", "STARBUCKS", "NANDOS", "WAGAMAMA", "PIZZA EXPRESS", "LEON", "ITSU"],
    "Transport": ["TFL", "TRAINLINE", "UBER", "SHELL", "BP", "ESSO", "NATIONAL RAIL", "STAGECOACH", "LIME"],
    "Shopping": ["AMAZON", "ARGOS", "JOHN LEWIS", "IKEA", "PRIMARK", "BOOTS", "SUPERDRUG", "CURRYS", "ETSY", "EBAY"],
    "Bills": ["THAMES WATER", "OCTOPUS ENERGY", "BT GROUP", "VODAFONE", "COUNCIL TAX", "TV LICENCE", "EE LIMITED"],
    "Subscriptions": ["NETFLIX", "SPOTIFY", "DISNEY PLUS", "AUDIBLE", "PATREON", "ICLOUD", "PUREGYM", "DROPBOX"],
}


def main() -> None:
    rng = random.Random(99)
    grand = {}
    for user in range(40):
        rules = []
        for category, names in MERCHANTS.items():
            for name in names:
                rules.append(Rule(name, category, rng.choice([0, 0, 0, 1, 5])))
        for number in range(60):  # the user's own one-off rules
            rules.append(Rule(f"PAYEE {user}-{number:03d}", rng.choice(list(MERCHANTS)), 0))
        rng.shuffle(rules)
        merchants = [name for names in MERCHANTS.values() for name in names] + ["CASH WITHDRAWAL", "TRANSFER", "PAYPAL *XYZ"]
        transactions = [Transaction(f"2024-05-{rng.randint(1, 31):02d}",
                                    f"{rng.choice(merchants)} {rng.choice(['LONDON', 'LEEDS', 'ONLINE', ''])} {rng.randint(1000, 9999)}",
                                    -round(rng.uniform(1, 45), 2)) for _ in range(520)]
        result = categorise(transactions, rules)
        for category, amount in result["totals"].items():
            grand[category] = round(grand.get(category, 0.0) + amount, 2)
        if user == 0:
            for row in budget_status(result["totals"], {"Groceries": 400, "Eating out": 150, "Transport": 120}):
                print(*row)
    print("totals", grand)


if __name__ == "__main__":
    main()
