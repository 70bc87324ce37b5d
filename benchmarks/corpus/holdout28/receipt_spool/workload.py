"""Render one trading day of the chain's receipts into the e-journal spool that is archived overnight."""

import hashlib
import random

from escpos.commands import PARTIAL_CUT
from escpos.receipt import Item, Receipt
from escpos.spool import render_spool

STORES = ["Bean There - Castle St", "Bean There - Station", "Bean There - Riverside", "Bean There - Campus",
          "Bean There - Market Sq", "Bean There - Hospital"]
MENU = [("Espresso", 210), ("Flat white", 320), ("Cappuccino", 330), ("Latte", 340), ("Oat latte", 375),
        ("Mocha", 365), ("Chai latte", 350), ("Hot chocolate", 310), ("Croissant", 245), ("Pain au chocolat", 265),
        ("Almond croissant", 310), ("Banana bread", 295), ("Toastie - ham & cheese", 545), ("Soup of the day", 495),
        ("Brownie", 275), ("Cinnamon bun", 305), ("Bottled water", 150), ("Fresh orange juice", 310)]


def main() -> None:
    rng = random.Random(90210)
    receipts = []
    for store_index, store in enumerate(STORES):
        for number in range(1, 191):
            minute = 7 * 60 + number * 4 + rng.randint(0, 9)
            items = tuple(Item(name, rng.choice([1, 1, 1, 2, 3]), price)
                          for name, price in rng.sample(MENU, rng.randint(1, 5)))
            total = sum(item.quantity * item.unit_cents for item in items)
            cash = rng.random() < 0.18
            paid = total + (rng.choice([0, 5, 20, 50, 100, 500]) if cash else 0)
            receipts.append(Receipt(store, store_index % 3 + 1, number, f"2024-03-14 {minute // 60:02d}:{minute % 60:02d}",
                                    items, paid, "CASH" if cash else "CARD"))
    spool = render_spool(receipts)
    cuts = spool.count(PARTIAL_CUT)
    print(f"{len(receipts)} receipts, {len(spool)} bytes, {cuts} cuts, sha1 {hashlib.sha1(spool).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
