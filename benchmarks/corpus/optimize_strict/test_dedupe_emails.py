"""Strict equivalence tests for unique_emails (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from contacts.clean import unique_emails
from strict_support import assert_same

TARGET = "contacts/clean.py:unique_emails"


def reference(addresses):
    seen = []
    for address in addresses:
        email = address.strip().lower()
        if not email:
            continue
        if email not in seen:
            seen.append(email)
    return seen


CASES = [
    [],
    [""],
    ["   ", "\t\n"],
    ["a@x.org"],
    ["a@x.org", "a@x.org", "A@X.ORG", " a@x.org "],
    ["b@x", "a@x", "b@x", "c@x", "a@x"],
    ["STRASSE@x.de", "straße@x.de", "STRAßE@x.de"],
    ["İ@x.tr", "i̇@x.tr", "I@x.tr"],
    ["\u00a0a@x\u00a0", "a@x", "\u2003a@x"],
    ["a@x\n", "a@x\r\n", "a@x"],
    ["Ünï@cödé.org", "ünï@CÖDÉ.org"],
]


def _random():
    rng = random.Random(2)
    for _ in range(40):
        pool = ["ann@x.org", "Ann@X.org", "bob@y.com", " eve@z.net", "", " ", "ÉVE@z.net"]
        yield [rng.choice(pool) + rng.choice(["", " ", "\n"]) for _ in range(rng.randrange(0, 25))]


@pytest.mark.parametrize("addresses", CASES + list(_random()))
def test_same_as_reference(addresses) -> None:
    assert_same(unique_emails, reference, addresses)


def test_accepts_any_iterable_once() -> None:
    assert unique_emails(iter(["a@x", "A@x", "b@x"])) == ["a@x", "b@x"]
