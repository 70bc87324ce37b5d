"""Strict equivalence tests for find_rings (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from fraudlink.rings import find_rings

TARGET = "fraudlink/rings.py:find_rings"

ADDRESS_WORDS = {"street": "st", "road": "rd", "avenue": "ave", "lane": "ln", "drive": "dr", "court": "ct",
                 "flat": "apt", "apartment": "apt", "close": "cl", "crescent": "cres", "north": "n", "south": "s"}
_NOT_WORD = re.compile(r"[^\w\s]")


def normalise_phone(value):
    digits = "".join(character for character in value if character.isdigit())
    if len(digits) < 7:
        return None
    return digits[-10:]


def normalise_email(value):
    text = value.strip().lower()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return None
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def normalise_address(value):
    words = _NOT_WORD.sub(" ", value.casefold()).split()
    return " ".join(ADDRESS_WORDS.get(word, word) for word in words) or None


def normalise_account(value):
    return "".join(value.split()).upper() or None


FIELDS = (
    ("phone", normalise_phone),
    ("email", normalise_email),
    ("address", normalise_address),
    ("bank_account", normalise_account),
)


def claim_identifiers(claim):
    identifiers = []
    for field, normaliser in FIELDS:
        value = claim.get(field)
        if not value:
            continue
        key = normaliser(value)
        if key is not None and (field, key) not in identifiers:
            identifiers.append((field, key))
    return identifiers


def reference(claims, min_claims=3):
    if min_claims < 2:
        raise ValueError("a ring needs at least two claims")
    groups = []
    for index, claim in enumerate(claims):
        identifiers = claim_identifiers(claim)
        touching = [group for group in groups
                    if any(identifier in group["identifiers"] for identifier in identifiers)]
        merged = {"members": [index], "identifiers": list(identifiers)}
        for group in touching:
            merged["members"] = group["members"] + merged["members"]
            for identifier in group["identifiers"]:
                if identifier not in merged["identifiers"]:
                    merged["identifiers"].append(identifier)
            groups.remove(group)
        groups.append(merged)
    rings = []
    for group in groups:
        if len(group["members"]) < min_claims:
            continue
        members = sorted(group["members"])
        shared = sorted(identifier for identifier in group["identifiers"]
                        if sum(1 for member in members if identifier in claim_identifiers(claims[member])) >= 2)
        ring = {
            "claims": [claims[member]["id"] for member in members],
            "total": round(sum(claims[member]["amount"] for member in members), 2),
            "shared": shared,
        }
        rings.append((-len(members), -ring["total"], members[0], ring))
    rings.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in rings]


def C(claim_id, amount=100.0, **details):
    return {"id": claim_id, "amount": amount, **details}


P1, P2 = "07700 900123", "+44 7700 900123"
CHAIN = [C("a", phone=P1), C("b", phone=P2, email="x@example.com"), C("c", email="X@Example.com ", bank_account="GB00 1234"),
         C("d", bank_account="gb001234"), C("e", phone="07999 111222")]

CASES = [
    ([],),
    ([], 2),
    ([], 1),
    ([], 0),
    ([], -1),
    ([], None),
    ([], 2.5),
    ([C("a")],),
    ([C("a"), C("b"), C("c")], 2),
    ([C("a", phone=P1), C("b", phone=P1), C("c", phone=P1)],),
    ([C("a", phone=P1), C("b", phone=P1)],),
    ([C("a", phone=P1), C("b", phone=P1)], 2),
    ([C("a", phone=P1), C("b", phone=P1)], 2.5),
    ([C("a", phone=P1), C("b", phone=P1)], 1),
    ([C("a", phone=P1), C("b", phone=P1)], True),
    (CHAIN,),
    (CHAIN, 2),
    (CHAIN, 4),
    (CHAIN, 5),
    (list(reversed(CHAIN)), 2),
    (tuple(CHAIN), 2),
    # a late claim bridging several groups
    ([C("a", phone="0770000001"), C("b", email="p@q.com"), C("c", address="1 high st"), C("d", bank_account="X1"),
      C("e", phone="0770000001"), C("f", email="p@q.com"),
      C("z", phone="0770000001", email="p@q.com", address="1 High Street", bank_account="x 1")], 2),
    ([C("a", phone="0770000001"), C("b", email="p@q.com"),
      C("z", phone="0770000001", email="p@q.com"), C("y", email="P@Q.COM")], 2),
    # normalisation
    ([C("a", phone="0121 496 0000"), C("b", phone="(0121) 4960000"), C("c", phone="+44 121 496 0000")], 2),
    ([C("a", phone="12345"), C("b", phone="12345"), C("c", phone="123456")], 2),
    ([C("a", phone="1234567"), C("b", phone="1234567")], 2),
    ([C("a", phone="ext 1234567"), C("b", phone="1234567 ext")], 2),
    ([C("a", phone="٠٧٧٠٠٩٠٠١٢٣"), C("b", phone="07700900123")], 2),
    ([C("a", phone="00 44 7700 900 123"), C("b", phone="7700900123")], 2),
    ([C("a", email="j.smith+x@gmail.com"), C("b", email="JSMITH@googlemail.com"), C("c", email="j.smith@outlook.com")], 2),
    ([C("a", email="j.smith@outlook.com"), C("b", email="jsmith@outlook.com")], 2),
    ([C("a", email="@x.com"), C("b", email="@x.com")], 2),
    ([C("a", email="a@"), C("b", email="a@")], 2),
    ([C("a", email="a@b@c.com"), C("b", email="a@B@C.com")], 2),
    ([C("a", email="+tag@x.com"), C("b", email="@x.com"), C("c", email="+other@x.com")], 2),
    ([C("a", address="12 Station Road, Walsall."), C("b", address="12 station rd walsall"),
      C("c", address="12  STATION   RD WALSALL")], 2),
    ([C("a", address="Flat 3, 9 North Lane"), C("b", address="apt 3 9 n ln")], 2),
    ([C("a", address="Hauptstraße 5"), C("b", address="HAUPTSTRASSE 5")], 2),
    ([C("a", address="..."), C("b", address="!!!")], 2),
    ([C("a", address="  \t "), C("b", address=" ")], 2),
    ([C("a", bank_account="GB29 NWBK 6016 1331 9268 19"), C("b", bank_account="gb29nwbk60161331926819")], 2),
    ([C("a", bank_account="   "), C("b", bank_account="\t")], 2),
    ([C("a", phone=P1, email=P1, address=P1, bank_account=P1), C("b", address="07700 900123")], 2),
    # falsy and odd values
    ([C("a", phone="", email=None, address=0, bank_account=[]), C("b", phone="", email=None)], 2),
    ([C("a", phone=7700900123)], 2),
    ([C("a", phone=0)], 2),
    ([C("a", phone=["0770", "0900123"]), C("b", phone=["07700900123"])], 2),
    ([C("a", email=5)], 2),
    ([C("a", address=b"1 high st")], 2),
    ([{"phone": P1}, {"phone": P1}], 3),
    ([{"phone": P1}, {"phone": P1}], 2),
    ([{"phone": P1, "id": "x"}, {"phone": P1, "id": "y"}], 2),
    ([{"phone": P1, "amount": 1.0}, {"phone": P1, "amount": 2.0}], 2),
    ([C("a", "12.5", phone=P1), C("b", "1", phone=P1)], 2),
    ([C("a", None, phone=P1), C("b", 1.0, phone=P1)], 2),
    (["not a claim"], 2),
    ([None], 2),
    # amounts and ordering
    ([C("a", 10, phone=P1), C("b", 20, phone=P1)], 2),
    ([C("a", 0.1, phone=P1), C("b", 0.2, phone=P1)], 2),
    ([C("a", 1.005, phone=P1), C("b", 1.0, phone=P1)], 2),
    ([C("a", -50.0, phone=P1), C("b", 20.0, phone=P1)], 2),
    ([C("a", 5.0, phone="0770000001"), C("b", 5.0, phone="0770000001"), C("c", 5.0, email="p@q.com"),
      C("d", 5.0, email="p@q.com")], 2),
    ([C("x", 5.0, email="p@q.com"), C("a", 5.0, phone="0770000001"), C("b", 5.0, phone="0770000001"),
      C("y", 5.0, email="p@q.com")], 2),
    ([C("a", 1.0, phone="0770000001"), C("b", 1.0, phone="0770000001"), C("c", 1.5, email="p@q.com"),
      C("d", 0.5, email="p@q.com"), C("e", 9.0, address="x"), C("f", 9.0, address="x"), C("g", 9.0, address="x")], 2),
    ([C("a", phone=P1), C("a", phone=P1), C("a", phone=P1)],),
    ([C(None, phone=P1), C(7, phone=P1), C(("t", 1), phone=P1)], 2),
    ([C("Ünïcødé-1", phone=P1), C("Ünïcødé-2", phone=P2)], 2),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(find_rings, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(find_rings, reference, CHAIN, min_claims=2)
    assert_same(find_rings, reference, claims=CHAIN)


def _random_cases():
    rng = random.Random(7007)
    for index in range(150):
        phones = [f"07700 90{rng.randint(0, 9999):04d}" for _ in range(rng.randint(1, 6))]
        emails = [f"user{rng.randint(0, 9)}@{rng.choice(['gmail.com', 'x.org'])}" for _ in range(rng.randint(1, 6))]
        addresses = [f"{rng.randint(1, 5)} {rng.choice(['High Street', 'high st', 'Mill Road'])}" for _ in range(4)]
        accounts = [f"GB{rng.randint(0, 3)} {rng.randint(0, 3)}" for _ in range(3)]
        claims = []
        for number in range(rng.randint(0, 35)):
            claim = {"id": f"C{number}", "amount": rng.choice([round(rng.uniform(10, 5000), 2), rng.randint(1, 900)])}
            for field, pool in (("phone", phones), ("email", emails), ("address", addresses), ("bank_account", accounts)):
                roll = rng.random()
                if roll < 0.3:
                    value = rng.choice(pool)
                    if rng.random() < 0.2:
                        value = value.upper()
                    claim[field] = value
                elif roll < 0.4:
                    claim[field] = rng.choice(["", None, "n/a"])
                elif roll < 0.8:
                    claim[field] = f"{field}-{index}-{number}" if field != "phone" else f"0800 {index:03d}{number:04d}"
            claims.append(claim)
        if index % 4 == 0:
            yield (claims,)
        else:
            yield (claims, rng.choice([2, 2, 3, 4]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(find_rings, reference, *case)


def test_large_screen() -> None:
    rng = random.Random(31337)
    shared_phones = [f"07{rng.randint(10**8, 10**9 - 1)}" for _ in range(60)]
    claims = []
    for number in range(900):
        claim = {"id": f"CLM-{number:05d}", "amount": round(rng.lognormvariate(7, 1), 2),
                 "phone": rng.choice(shared_phones) if rng.random() < 0.1 else f"07{rng.randint(10**8, 10**9 - 1)}",
                 "email": f"p{rng.randint(0, 4000)}@mail.com",
                 "address": f"{rng.randint(1, 700)} {rng.choice(['High St', 'Mill Rd', 'Church Lane'])}"}
        claims.append(claim)
    assert_same(find_rings, reference, claims)
