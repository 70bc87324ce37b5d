"""Strict equivalence tests for assess_claims (never shown to wattlens)."""

from __future__ import annotations

import calendar
import random
from collections import OrderedDict, namedtuple
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from warranty.assess import assess_claims
from warranty.cover import Policy
from warranty.records import Claim, Decision, Registration

TARGET = "warranty/assess.py:assess_claims"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_add_months(start, months):
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _ref_cover_ends(purchased, policy):
    return date.fromordinal(_ref_add_months(purchased, policy.months).toordinal() - 1)


def reference(claims, registrations, policies):
    decisions = []
    for claim in claims:
        matches = [
            registration
            for registration in registrations
            if registration.serial == claim.serial and registration.purchased <= claim.reported
        ]
        if not matches:
            decisions.append(Decision(claim.claim_id, "unregistered", 0.0))
            continue
        registration = max(matches, key=lambda registration: registration.purchased)
        policy = policies.get(registration.model)
        if policy is None:
            decisions.append(Decision(claim.claim_id, "unknown model", 0.0, registration.model))
        elif claim.reported > _ref_cover_ends(registration.purchased, policy):
            decisions.append(Decision(claim.claim_id, "expired", 0.0, registration.model))
        elif claim.amount > policy.repair_limit:
            decisions.append(Decision(claim.claim_id, "capped", round(policy.repair_limit, 2), registration.model))
        else:
            decisions.append(Decision(claim.claim_id, "approved", round(claim.amount, 2), registration.model))
    return decisions


# --- cases -------------------------------------------------------------------------------

POLICIES = {"WM-1": Policy(24, 300.0), "HB-2": Policy(12, 100.0), "FF-3": Policy(60, 650.0), "ZERO": Policy(0, 10.0),
            "NEG": Policy(-3, 10.0), "INT": Policy(12, 250), "ODD": Policy(1, 99.999)}
D = date
REGS = [
    Registration("S1", "WM-1", D(2022, 5, 1)),
    Registration("S2", "XX-9", D(2023, 1, 1)),
    Registration("S3", "HB-2", D(2022, 1, 10)),
    Registration("S4", "HB-2", D(2021, 1, 1)),
    Registration("S4", "WM-1", D(2022, 6, 1)),
    Registration("S5", "HB-2", D(2022, 6, 1)),
    Registration("S5", "WM-1", D(2022, 6, 1)),
    Registration("S6", "HB-2", D(2020, 2, 29)),
    Registration("S7", "ODD", D(2023, 1, 31)),
    Registration("S8", "ZERO", D(2023, 1, 1)),
    Registration("S9", "NEG", D(2023, 1, 1)),
    Registration("S10", "INT", D(2023, 1, 1)),
    Registration("s1", "FF-3", D(2019, 1, 1)),
    Registration("S1 ", "FF-3", D(2019, 1, 1)),
]


def claim(serial, reported, amount=50.0, claim_id="C"):
    return Claim(claim_id, serial, reported, "E01", amount)


CLAIM_CASES = [
    claim("S1", D(2023, 5, 1), 120.456),
    claim("S1", D(2023, 5, 1), 999.0),
    claim("S1", D(2023, 5, 1), 300.0),
    claim("S1", D(2023, 5, 1), 300.004),
    claim("S1", D(2023, 5, 1), 300.0000001),
    claim("S1", D(2023, 5, 1), 0.005),
    claim("S1", D(2023, 5, 1), 0.015),
    claim("S1", D(2023, 5, 1), 2.675),
    claim("S1", D(2023, 5, 1), -40.0),
    claim("S1", D(2023, 5, 1), 0),
    claim("S1", D(2023, 5, 1), 120),
    claim("S1", D(2023, 5, 1), True),
    claim("S1", D(2023, 5, 1), 1e300),
    claim("S1", D(2023, 5, 1), float("inf")),
    claim("S1", D(2022, 5, 1)),
    claim("S1", D(2022, 4, 30)),
    claim("S1", D(2024, 4, 30)),
    claim("S1", D(2024, 5, 1)),
    claim("S2", D(2023, 6, 1)),
    claim("S2", D(2022, 6, 1)),
    claim("S3", D(2023, 1, 9)),
    claim("S3", D(2023, 1, 10)),
    claim("S4", D(2021, 6, 1)),
    claim("S4", D(2022, 5, 31)),
    claim("S4", D(2022, 6, 1)),
    claim("S4", D(2023, 6, 1), 350.0),
    claim("S5", D(2023, 3, 1)),
    claim("S5", D(2023, 7, 1)),
    claim("S6", D(2021, 2, 27)),
    claim("S6", D(2021, 2, 28)),
    claim("S6", D(2021, 3, 1)),
    claim("S7", D(2023, 2, 27)),
    claim("S7", D(2023, 2, 28)),
    claim("S8", D(2023, 1, 1)),
    claim("S9", D(2023, 1, 1)),
    claim("S10", D(2023, 6, 1), 250),
    claim("S10", D(2023, 6, 1), 251),
    claim("S10", D(2023, 6, 1), 250.5),
    claim("s1", D(2023, 6, 1)),
    claim("S1 ", D(2023, 6, 1)),
    claim("S11", D(2023, 6, 1)),
    claim("", D(2023, 6, 1)),
]

CASES = [
    ([], [], {}),
    ([], REGS, POLICIES),
    ((), (), {}),
    (CLAIM_CASES, REGS, POLICIES),
    (CLAIM_CASES, REGS, {}),
    (CLAIM_CASES, [], POLICIES),
    (CLAIM_CASES, list(reversed(REGS)), POLICIES),
    (tuple(CLAIM_CASES), tuple(REGS), POLICIES),
    (CLAIM_CASES[::-1], REGS, POLICIES),
    (CLAIM_CASES, REGS, OrderedDict(POLICIES)),
    (CLAIM_CASES, REGS, {"WM-1": Policy(24, 300.0)}),
    (CLAIM_CASES, REGS, {k: SimpleNamespace(months=v.months, repair_limit=v.repair_limit) for k, v in POLICIES.items()}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(24.0, 300.0)}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(24, None)}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(None, 300.0)}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(10 ** 6, 300.0)}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(24, float("nan"))}),
    (CLAIM_CASES, REGS, {"WM-1": Policy(24, 300.456)}),
    (CLAIM_CASES, REGS, {"WM-1": 0}),
    (CLAIM_CASES, REGS, {"WM-1": False, "HB-2": Policy(12, 100.0)}),
    (CLAIM_CASES, REGS, None),
    (CLAIM_CASES, REGS, [("WM-1", Policy(24, 300.0))]),
    ([claim("S1", D(2023, 5, 1), None)], REGS, POLICIES),
    ([claim("S1", D(2025, 5, 1), None)], REGS, POLICIES),
    ([claim("S99", D(2023, 5, 1), None)], REGS, POLICIES),
    ([claim("S1", D(2023, 5, 1), "10")], REGS, POLICIES),
    ([claim("S1", None)], REGS, POLICIES),
    ([claim("S99", None)], REGS, POLICIES),
    ([claim("S1", datetime(2023, 5, 1, 12, 0))], REGS, POLICIES),
    ([claim("S1", D(2023, 5, 1))], [Registration("S1", "WM-1", datetime(2022, 5, 1, 9, 30))], POLICIES),
    ([claim("S1", datetime(2023, 5, 1))], [Registration("S1", "WM-1", datetime(2022, 5, 1, 9, 30))], POLICIES),
    ([claim("S1", "2023-05-01")], [Registration("S1", "WM-1", "2022-05-01")], POLICIES),
    ([claim("S1", "2023-05-01")], [Registration("S2", "WM-1", "2022-05-01")], POLICIES),
    ([claim("S1", D(9999, 12, 1))], [Registration("S1", "WM-1", D(9999, 6, 1))], POLICIES),
    ([claim("S1", D(1, 1, 2))], [Registration("S1", "ZERO", D(1, 1, 1))], POLICIES),
    ([claim("S1", D(1, 1, 2))], [Registration("S1", "NEG", D(1, 1, 1))], POLICIES),
    ([claim(1, D(2023, 1, 1))], [Registration(1, "WM-1", D(2022, 1, 1)), Registration("1", "HB-2", D(2022, 2, 1))], POLICIES),
    ([claim(1.0, D(2023, 1, 1))], [Registration(True, "WM-1", D(2022, 1, 1))], POLICIES),
    ([claim(None, D(2023, 1, 1))], [Registration(None, None, D(2022, 1, 1))], {None: Policy(24, 5.0)}),
    ([claim("Ø-7", D(2023, 1, 1))], [Registration("Ø-7", "洗濯機", D(2022, 1, 1))], {"洗濯機": Policy(24, 5.0)}),
    ([claim("S", D(2023, 1, 1), 10.0, "A"), claim("S", D(2023, 1, 1), 10.0, "A")], [Registration("S", "HB-2", D(2022, 6, 1))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [Registration("S", "HB-2", D(2022, 6, 1)), Registration("S", "WM-1", D(2022, 6, 1)),
                                   Registration("S", "XX", D(2022, 6, 1))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [Registration("S", "XX", D(2022, 6, 1)), Registration("S", "HB-2", D(2022, 6, 1))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [Registration("S", "HB-2", D(2021, 6, 1)), Registration("S", "HB-2", D(2023, 1, 2))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [Registration("S", "HB-2", D(2023, 1, 2)), Registration("S", "HB-2", D(2023, 1, 1))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [SimpleNamespace(serial="S", model="HB-2", purchased=D(2022, 6, 1))], POLICIES),
    ([SimpleNamespace(claim_id=7, serial="S", reported=D(2023, 1, 1), amount=5)], [Registration("S", "HB-2", D(2022, 6, 1))], POLICIES),
    ([namedtuple("C", "claim_id serial reported amount")(("x", 1), "S", D(2023, 1, 1), 5.5)],
     [namedtuple("R", "serial model purchased")("S", "HB-2", D(2022, 6, 1))], POLICIES),
    ([claim("S", D(2023, 1, 1))], [None], POLICIES),
    ([claim("S", D(2023, 1, 1))], None, POLICIES),
    ([None], REGS, POLICIES),
    ([None], [], POLICIES),
    (None, REGS, POLICIES),
    ([{"claim_id": "C", "serial": "S1"}], REGS, POLICIES),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(assess_claims, reference, *case)


@pytest.mark.parametrize("single", CLAIM_CASES)
def test_single_claims(single) -> None:
    assert_same(assess_claims, reference, [single], REGS, POLICIES)


def test_keyword_arguments() -> None:
    assert_same(assess_claims, reference, policies=POLICIES, registrations=REGS, claims=CLAIM_CASES)
    assert_same(assess_claims, reference, CLAIM_CASES, registrations=REGS, policies=POLICIES)


def _random_cases():
    rng = random.Random(2411)
    models = ["WM-1", "HB-2", "FF-3", "INT", "ODD", "ZERO", "XX-9"]
    for _ in range(200):
        serials = [f"S{n}" for n in range(rng.randint(1, 8))]
        registrations = [
            Registration(rng.choice(serials), rng.choice(models), D(2022, 1, 1) + timedelta(days=rng.randint(0, 700)))
            for _ in range(rng.randint(0, 25))
        ]
        claims = []
        for number in range(rng.randint(0, 12)):
            if registrations and rng.random() < 0.7:
                base = rng.choice(registrations)
                reported = base.purchased + timedelta(days=rng.choice([-1, 0, 1, 30, 364, 365, 366, 730, 731, rng.randint(0, 1000)]))
                serial = base.serial
            else:
                serial, reported = rng.choice(serials + ["S99"]), D(2022, 1, 1) + timedelta(days=rng.randint(0, 1500))
            amount = rng.choice([10.0, 99.999, 100.0, 100.005, 250, 300.0, 650.0, 651.25, round(rng.uniform(0, 700), 3)])
            claims.append(Claim(f"C{number}", serial, reported, "E01", amount))
        yield (claims, registrations, POLICIES)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(assess_claims, reference, *case)


def test_claim_run() -> None:
    """A realistic run: 4000 registrations (some resold and registered twice) and 250 claims."""
    rng = random.Random(12)
    models = sorted(POLICIES) + ["XX-9"]
    registrations = []
    for number in range(4000):
        serial = f"{rng.choice('ABCD')}{rng.randint(10, 23)}{number:07d}"
        purchased = D(2019, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        registrations.append(Registration(serial, rng.choice(models), purchased))
        if rng.random() < 0.05:
            registrations.append(Registration(serial, rng.choice(models), purchased + timedelta(days=rng.randint(0, 900))))
    rng.shuffle(registrations)
    claims = []
    for number in range(250):
        registration = rng.choice(registrations)
        reported = registration.purchased + timedelta(days=rng.randint(-20, 4 * 365))
        claims.append(Claim(f"CL{number}", registration.serial if rng.random() < 0.95 else "NOPE", reported, "E05",
                            round(rng.uniform(20, 700), 2)))
    assert_same(assess_claims, reference, claims, registrations, POLICIES)
