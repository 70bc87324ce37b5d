"""Strict equivalence tests for totals_by_store (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from ledger.aggregate import totals_by_store
from strict_support import assert_same

TARGET = "ledger/aggregate.py:totals_by_store"


def reference(text):
    totals = []
    for line in text.split("\n")[1:]:
        if not line.strip():
            continue
        store, _product, amount = line.split(",")
        for pair in totals:
            if pair[0] == store:
                pair[1] += float(amount)
                break
        else:
            totals.append([store, float(amount)])
    return [(store, round(total, 2)) for store, total in totals]


CASES = [
    "",
    "store,product,amount",
    "store,product,amount\n",
    "store,product,amount\n\n\n",
    "S1,tea,1.00\nS2,jam,2",
    "store,product,amount\nS1,tea,1",
    "store,product,amount\nS1,tea,0.1\nS1,tea,0.2\nS1,tea,0.3\n",
    "store,product,amount\r\nS1,tea,1.5\r\nS1,jam,2\r\n",
    "store,product,amount\nS1,tea,1\n  \nS2,jam,2\n",
    "store,product,amount\n S1,tea,1\nS1,jam,2\n",
    "store,product,amount\nS1,tea, 3 \nS1,jam,-1e2\n",
    "store,product,amount\nS1,tea,1,extra\n",
    "store,product,amount\nS1,tea\n",
    'store,product,amount\nS1,"tea, green",1\n',
    "store,product,amount\nS1,tea,abc\n",
    "store,product,amount\nZürich,Tee,2.5\nzürich,Tee,1\n",
    "store,product,amount\n,tea,1\n,jam,2\n",
]


def _random():
    rng = random.Random(6)
    for _ in range(30):
        lines = ["store,product,amount"] + [
            f"S{rng.randrange(6)},p{rng.randrange(4)},{rng.randint(-500, 5000) / 100}" for _ in range(rng.randrange(0, 40))
        ]
        yield "\n".join(lines) + rng.choice(["", "\n", "\n\n"])


@pytest.mark.parametrize("text", CASES + list(_random()))
def test_same_as_reference(text) -> None:
    assert_same(totals_by_store, reference, text)
