"""Strict equivalence tests for categorise (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal

import pytest
from spendtags.categorise import categorise
from spendtags.rules import Rule, Transaction
from strict_support import assert_same

TARGET = "spendtags/categorise.py:categorise"


# --- verbatim copy of the original implementation ----------------------------------------

UNCATEGORISED = "Uncategorised"


def reference(transactions, rules):
    ordered = sorted(rules, key=lambda rule: -rule.priority)
    labels = []
    totals = {}
    for transaction in transactions:
        label = UNCATEGORISED
        for rule in ordered:
            pattern = r"\b" + re.escape(rule.keyword.strip()) + r"\b"
            if re.search(pattern, transaction.description, flags=re.IGNORECASE):
                label = rule.category
                break
        labels.append(label)
        totals[label] = totals.get(label, 0) + transaction.amount
    return {"labels": labels, "totals": dict(sorted(totals.items()))}


# --- cases -------------------------------------------------------------------------------

R, T = Rule, Transaction


@dataclass
class BankLine:  # a look-alike record from the open-banking feed
    description: object
    amount: object


@dataclass
class UserRule:  # a look-alike rule from the mobile app
    keyword: object
    category: object
    priority: object


Line = namedtuple("Line", "booked description amount")

RULES = [R("tesco", "Groceries"), R("shell", "Fuel"), R("amazon", "Shopping"), R("prime video", "Subscriptions", 5),
         R("M&S", "Groceries", 1), R(" 7-ELEVEN ", "Snacks"), R("uber eats", "Takeaway", 2), R("uber", "Transport")]
TXNS = [T("2024-05-01", "TESCO STORES 3021", -23.4), T("2024-05-01", "SHELLFISH BAR", -12.0),
        T("2024-05-02", "Shell Oxford Rd", -40.0), T("2024-05-02", "AMAZON PRIME VIDEO", -8.99),
        T("2024-05-03", "AMZN MKTP", -20), T("2024-05-03", "M&S SIMPLY FOOD", -5), T("2024-05-04", "7-Eleven 0042", -2),
        T("2024-05-04", "UBER   EATS", -15.5), T("2024-05-05", "UBER EATS LONDON", -18.25), T("2024-05-05", "UBER *TRIP", -9),
        T("2024-05-06", "Refund TESCO", 3.2), T("2024-05-06", "", 0)]


def one(description, amount=-1.0):
    return [T("2024-05-01", description, amount)]


CASES = [
    ([], []),
    ([], RULES),
    (TXNS, []),
    (TXNS, RULES),
    (TXNS[::-1], RULES),
    (TXNS, RULES[::-1]),
    (tuple(TXNS), tuple(RULES)),
    (TXNS + TXNS, RULES + RULES),
    ([], [R("x", "y", None)]),
    (TXNS, [R("x", "y", None)]),
    (TXNS, [R("tesco", "A", 1), R("tesco", "B", 1.5), R("tesco", "C", True), R("tesco", "D", -1)]),
    (TXNS, [R("tesco", "A", 0), R("tesco", "B", -0.0), R("tesco", "C", False)]),
    (TXNS, [R("tesco", "A", 10 ** 30), R("tesco", "B", float("inf"))]),
    (TXNS, [R("tesco", "A", "1")]),
    (one("C++ BOOKS"), [R("C++", "Books")]),
    (one("C++BOOKS"), [R("C++", "Books")]),
    (one("PAYMENT (ONLINE)"), [R("(ONLINE)", "Web")]),
    (one("PAYMENT ONLINE"), [R("(ONLINE)", "Web")]),
    (one("A.B"), [R(".", "Dot")]),
    (one("AxB"), [R("A.B", "Dot")]),
    (one("ANYTHING"), [R("", "Empty")]),
    (one("   "), [R("", "Empty")]),
    (one(""), [R("", "Empty")]),
    (one("-- --"), [R("  ", "Blank")]),
    (one("+44 20 7946 0000"), [R("+44", "Phone")]),
    (one("CALL +44 20"), [R("+44", "Phone")]),
    (one("CAFÉ NERO"), [R("café", "Coffee")]),
    (one("CAFÉS"), [R("café", "Coffee")]),
    (one("STRASSE"), [R("straße", "Street")]),
    (one("STRAẞE"), [R("straße", "Street")]),
    (one("İSTANBUL KEBAB"), [R("istanbul", "Food")]),
    (one("ǅEMAL"), [R("ǆemal", "Person")]),
    (one("ПЯТЁРОЧКА 12"), [R("пятёрочка", "Groceries")]),
    (one("ＴＥＳＣＯ"), [R("tesco", "Groceries")]),
    (one("TESCO_EXPRESS"), [R("tesco", "Groceries")]),
    (one("TESCO-EXPRESS"), [R("tesco", "Groceries")]),
    (one("TESCO2GO"), [R("tesco", "Groceries")]),
    (one("TESCO\nEXPRESS"), [R("tesco", "Groceries")]),
    (one("tesco "), [R("tesco\n", "Groceries")]),
    (one("UBER EATS"), [R("uber  eats", "Takeaway")]),
    (one("UBER\tEATS"), [R("uber eats", "Takeaway")]),
    (one("x"), [R("x", "Uncategorised")]),
    (one("x"), [R("x", None)]),
    (one("x") + one("y"), [R("x", None)]),
    (one("x") + one("y"), [R("x", 1)]),
    (one("x") + one("y"), [R("x", ("a", "b"))]),
    (one("x") + one("y"), [R("x", "a"), R("y", "B")]),
    (one("x", 1) + one("x", 2.5) + one("x", True), [R("x", "X")]),
    (one("x", Decimal("1.10")) + one("x", 2), [R("x", "X")]),
    (one("x", Decimal("1.10")) + one("x", 2.5), [R("x", "X")]),
    (one("x", None), [R("x", "X")]),
    (one("x", "12.50"), [R("x", "X")]),
    (one("x", "12.50") + one("x", "1"), [R("x", "X")]),
    (one("x", 1e308) + one("x", 1e308), [R("x", "X")]),
    (one("x", 0.1) + one("x", 0.2) + one("x", 0.3), [R("x", "X")]),
    (one("x", 0.3) + one("x", 0.2) + one("x", 0.1), [R("x", "X")]),
    (one(None), []),
    (one(None), [R("x", "X")]),
    (one(123), [R("1", "X")]),
    (one(b"TESCO"), [R("tesco", "X")]),
    (one("TESCO"), [R(b"TESCO", "X")]),
    (one("TESCO"), [R(None, "X")]),
    (one("TESCO"), [R(5, "X")]),
    ([BankLine("TESCO 1", -3), Line("2024-05-01", "SHELL", -4.5)], [UserRule("tesco", "Groceries", 0), R("shell", "Fuel")]),
    ([BankLine("TESCO 1", -3)], [UserRule("tesco", "Groceries", None)]),
    ([None], RULES),
    ([None], []),
    (TXNS, [None]),
    (TXNS, RULES + [None]),
    (None, RULES),
    (TXNS, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(categorise, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(categorise, reference, rules=RULES, transactions=TXNS)


WORDS = ["tesco", "TESCO", "shell", "Uber", "eats", "café", "CAFE", "M&S", "c++", "7-eleven", "(uk)", "ltd", "ÅRHUS", "x"]


def _random_cases():
    rng = random.Random(73)
    for _ in range(220):
        rules = [R(rng.choice(WORDS + ["uber eats", " tesco ", "shell oxford"]), rng.choice(["A", "B", "C", "D"]),
                   rng.choice([0, 0, 1, 2, -1])) for _ in range(rng.choice([0, 1, 3, 8, 20]))]
        transactions = []
        for _ in range(rng.choice([0, 1, 4, 10, 30])):
            description = rng.choice([" ", "", "*", "-", "  "]).join(rng.choice(WORDS + ["1234", "LONDON"])
                                                                   for _ in range(rng.randint(0, 4)))
            transactions.append(T("2024-05-01", description, rng.choice([-rng.randint(1, 99), -round(rng.uniform(0, 99), 2), 5])))
        yield transactions, rules


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(categorise, reference, *case)


def test_monthly_import() -> None:
    rng = random.Random(9)
    rules = [R(f"MERCHANT {n}", f"Cat{n % 9}", rng.choice([0, 1, 5])) for n in range(120)]
    transactions = [T("2024-05-01", f"MERCHANT {rng.randint(0, 150)} LONDON {rng.randint(1000, 9999)}",
                      -round(rng.uniform(1, 80), 2)) for _ in range(600)]
    assert_same(categorise, reference, transactions, rules)
