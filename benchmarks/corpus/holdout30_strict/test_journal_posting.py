"""Strict equivalence tests for post_entries (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from strict_support import assert_same
from journal_posting.accounts import new_ledger
from journal_posting.journal import JournalEntry
from journal_posting.posting import post_entries

TARGET = "journal_posting/posting.py:post_entries"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(ledger, entries):
    rejected = []
    for entry in entries:
        snapshot = copy.deepcopy(ledger)
        debits = credits = 0
        problem = None
        for account, debit, credit in entry.lines:
            if account not in ledger:
                problem = f"unknown account {account}"
                break
            if debit < 0 or credit < 0 or (debit and credit):
                problem = f"bad amounts on account {account}"
                break
            ledger[account]["balance"] += debit - credit
            ledger[account]["postings"].append(entry.ref)
            debits += debit
            credits += credit
        if problem is None and not entry.lines:
            problem = "no lines"
        if problem is None and debits != credits:
            problem = f"out of balance by {debits - credits}"
        if problem is not None:
            ledger.clear()
            ledger.update(snapshot)
            rejected.append((entry.ref, problem))
    return rejected


# --- cases -------------------------------------------------------------------------------

CHART = [("1200", "Bank", "asset"), ("4000", "Sales", "income"), ("2200", "VAT", "liability"),
         ("7500", "Stationery", "expense")]


def ledger():
    return new_ledger(CHART)


def used_ledger():
    book = new_ledger(CHART)
    book["1200"].update(balance=5000, postings=["J0", "J0b"])
    book["4000"].update(balance=-5000, postings=["J0"])
    book["7500"]["notes"] = {"budget": 12000, "tags": ["office"]}
    return book


def entry(ref, *lines):
    return JournalEntry(ref, "2024-05-02", "narrative", list(lines))


SALE = entry("J1", ("1200", 12000, 0), ("4000", 0, 10000), ("2200", 0, 2000))
SPEND = entry("J2", ("7500", 500, 0), ("1200", 0, 500))
SHORT = entry("J3", ("7500", 500, 0), ("1200", 0, 400))
UNKNOWN_FIRST = entry("J4", ("9999", 5, 0), ("1200", 0, 5))
UNKNOWN_LAST = entry("J5", ("1200", 5, 0), ("4000", 0, 3), ("9999", 0, 2))
BOTH = entry("J6", ("1200", 5, 5))
NEGATIVE = entry("J7", ("1200", -5, 0), ("4000", 0, -5))
NEGATIVE_LATE = entry("J8", ("1200", 5, 0), ("4000", 0, -5))
EMPTY = entry("J9")
ZERO = entry("J10", ("1200", 0, 0))
TWICE = entry("J11", ("1200", 300, 0), ("1200", 0, 100), ("4000", 0, 200))

CASES = [
    (ledger(), []),
    ({}, []),
    ({}, [SALE]),
    ({}, [EMPTY]),
    (None, []),
    (ledger(), [SALE]),
    (ledger(), [SALE, SPEND]),
    (ledger(), [SALE, SHORT, SPEND]),
    (ledger(), [SHORT]),
    (ledger(), [UNKNOWN_FIRST]),
    (ledger(), [SALE, UNKNOWN_LAST, SPEND]),
    (ledger(), [BOTH]),
    (ledger(), [NEGATIVE]),
    (ledger(), [SALE, NEGATIVE_LATE]),
    (ledger(), [EMPTY]),
    (ledger(), [ZERO]),
    (ledger(), [TWICE, TWICE]),
    (ledger(), [SALE, SALE, SHORT, SALE]),
    (ledger(), (SALE, SPEND)),
    (used_ledger(), [SALE, SHORT, SPEND, EMPTY, ZERO]),
    (used_ledger(), [UNKNOWN_LAST]),
    (used_ledger(), []),
    (ledger(), [entry("J12", ("1200", 0.1, 0), ("1200", 0.2, 0), ("4000", 0, 0.3))]),
    (ledger(), [entry("J13", ("1200", 0.5, 0), ("4000", 0, 0.5))]),
    (ledger(), [entry("J14", ("1200", True, 0), ("4000", 0, 1))]),
    (ledger(), [entry("J15", ("1200", 10 ** 20, 0), ("4000", 0, 10 ** 20))]),
    (ledger(), [entry("J16", ("1200", 0, 0), ("4000", 0, 0))]),
    (ledger(), [entry("J17", ("1200", 7, 0))]),
    (ledger(), [entry("J18", ("4000", 0, 7))]),
    (ledger(), [entry("", ("1200", 1, 0), ("4000", 0, 1))]),
    (ledger(), [entry(None, ("1200", 1, 0), ("4000", 0, 1)), entry(None, ("1200", 1, 0))]),
    (ledger(), [entry("J19", (1200, 1, 0), ("4000", 0, 1))]),
    ({1200: {"balance": 0, "postings": []}}, [entry("J20", (1200, 1, 0), (1200.0, 0, 1))]),
    (ledger(), [entry("J21", ("1200", None, 0))]),
    (ledger(), [SALE, entry("J22", ("1200", "5", 0))]),
    (ledger(), [entry("J23", ("1200", 5))]),
    (ledger(), [SALE, None]),
    (ledger(), None),
    (None, [SALE]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(post_entries, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(post_entries, reference, ledger=ledger(), entries=[SALE, SHORT])
    assert_same(post_entries, reference, used_ledger(), entries=[SPEND])


def _random_cases():
    rng = random.Random(30088)
    for case in range(240):
        codes = [f"{rng.choice('124567')}{number:03d}" for number in range(rng.randint(1, 6))]
        book = {code: {"name": f"Account {code}", "type": "asset", "balance": rng.choice([0, 0, 100, -250]),
                       "postings": [f"OLD{n}" for n in range(rng.randint(0, 3))]} for code in codes}
        entries = []
        for number in range(rng.randint(0, 12)):
            lines = []
            for _ in range(rng.randint(0, 4)):
                account = rng.choice(codes) if rng.random() < 0.93 else "9999"
                amount = rng.choice([0, 100, 250, 350, 1000])
                roll = rng.random()
                if roll < 0.45:
                    lines.append((account, amount, 0))
                elif roll < 0.9:
                    lines.append((account, 0, amount))
                elif roll < 0.95:
                    lines.append((account, amount, amount))
                else:
                    lines.append((account, -amount, 0))
            if rng.random() < 0.5 and lines:
                debit = sum(line[1] for line in lines)
                credit = sum(line[2] for line in lines)
                if debit > credit:
                    lines.append((rng.choice(codes), 0, debit - credit))
                elif credit > debit:
                    lines.append((rng.choice(codes), credit - debit, 0))
            entries.append(entry(f"J{case}-{number}", *lines))
        yield (book, entries if rng.random() < 0.9 else tuple(entries))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(post_entries, reference, *case)
