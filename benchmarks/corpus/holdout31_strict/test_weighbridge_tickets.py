"""Strict equivalence tests for check_tickets (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from strict_support import assert_same
from weighbridge_tickets.checks import Discrepancy, check_tickets
from weighbridge_tickets.notes import TransferNote
from weighbridge_tickets.tickets import Ticket

TARGET = "weighbridge_tickets/checks.py:check_tickets"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(tickets, notes, tolerance=0.1):
    findings = []
    used = set()
    for ticket in tickets:
        note = None
        for candidate in notes:
            if candidate.note_no == ticket.note_no:
                note = candidate
                break
        if note is None:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "no transfer note"))
            continue
        if ticket.note_no in used:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "note reused"))
            continue
        used.add(ticket.note_no)
        if ticket.ewc_code != note.ewc_code:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "waste code mismatch"))
        net_tonnes = (ticket.gross_kg - ticket.tare_kg) / 1000
        if net_tonnes <= 0:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "bad weights"))
        elif net_tonnes > note.declared_tonnes * (1 + tolerance):
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "over declared",
                                        round(net_tonnes - note.declared_tonnes, 3)))
    return findings


# --- cases -------------------------------------------------------------------------------

DAY = date(2024, 7, 3)
NAN = float("nan")


def N(note_no="N1", code="20 03 01", declared=10.0):
    return TransferNote(note_no, "Greenway Skips", code, declared, DAY)


def T(ticket_no="T1", note_no="N1", code="20 03 01", gross=22_000, tare=12_000):
    return Ticket(ticket_no, note_no, "YX19ABC", code, gross, tare)


CASES = [
    ([], []),
    ([], [N()]),
    ([T()], []),
    ([T()], [N()]),
    ((T(),), (N(),)),
    ([T(), T()], [N()]),
    ([T(), T("T2"), T("T3")], [N()]),
    ([T("T1", "N9"), T("T2", "N9")], [N()]),
    ([T(), T("T2", "N2"), T("T3")], [N(), N("N2")]),
    ([T(note_no="n1")], [N("N1")]),
    ([T(note_no="N1 ")], [N("N1")]),
    # several notes with the same number: the first counts
    ([T()], [N(code="15 01 01"), N()]),
    ([T(gross=23_500)], [N(declared=10.0), N(declared=20.0)]),
    # code mismatch with and without a weight finding
    ([T(code="15 01 01")], [N()]),
    ([T(code="15 01 01", gross=24_000)], [N()]),
    ([T(code="15 01 01", gross=12_000)], [N()]),
    ([T(code="20 03 01*")], [N()]),
    # weight boundaries and the tolerance
    ([T(gross=23_000)], [N()]),
    ([T(gross=23_001)], [N()]),
    ([T(gross=22_000)], [N()], 0.0),
    ([T(gross=22_001)], [N()], 0),
    ([T(gross=20_000)], [N()], -0.5),
    ([T(gross=21_000)], [N()], -0.5),
    ([T(gross=50_000)], [N()], 2),
    ([T(gross=12_000)], [N()]),
    ([T(gross=12_001)], [N(declared=0.0)]),
    ([T(gross=11_000)], [N()]),
    ([T(gross=12_000.5, tare=12_000)], [N(declared=0.0)]),
    ([T(gross=22_000.25, tare=11_999.5)], [N(declared=9.0)]),
    ([T(gross=22_000)], [N(declared=10)]),
    ([T(gross=10**12)], [N()]),
    ([T(gross=22_000)], [N(declared=-5.0)]),
    ([T(gross=22_000)], [N(declared=float("inf"))]),
    ([T(gross=22_000)], [N(declared=NAN)]),
    ([T(gross=NAN)], [N()]),
    # the tolerance only matters for loads that reach the weight check
    ([T("T1", "N9")], [N()], None),
    ([T(gross=12_000)], [N()], None),
    ([T()], [N()], None),
    ([T(), T()], [], "0.1"),
    ([T()], [N(declared=None)]),
    ([T(gross=12_000)], [N(declared=None)]),
    # note numbers that are not strings
    ([T(note_no=1), T("T2", 1.0), T("T3", True)], [N(1)]),
    ([T(note_no=None)], [N(None)]),
    ([T(note_no=None)], [N("None")]),
    ([T(note_no=("WTN", 1))], [N(("WTN", 1))]),
    # bad values
    ([T(gross=None)], [N()]),
    ([T(gross="22000")], [N()]),
    ([None], [N()]),
    ([T()], [None]),
    ([T("T2", "N2")], [N(), None]),
    (None, [N()]),
    ([T()], None),
    ([], None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(check_tickets, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(check_tickets, reference, tickets=[T(gross=22_600)], notes=[N()], tolerance=0.05)
    assert_same(check_tickets, reference, [T(gross=22_600)], [N()], tolerance=0)


def _random_cases():
    rng = random.Random(31251)
    codes = ["20 03 01", "15 01 01", "17 09 04"]
    for _ in range(240):
        pool = [f"WTN-{number:04d}" for number in range(rng.choice([1, 5, 20, 60]))]
        notes = [N(rng.choice(pool), rng.choice(codes), round(rng.uniform(0.5, 25), rng.choice([0, 1, 2])))
                 for _ in range(rng.choice([0, 1, 5, 20, 60]))]
        tickets = []
        for number in range(rng.choice([0, 1, 5, 20, 60])):
            tare = rng.randint(8_000, 16_000)
            gross = tare + rng.choice([0, -500, rng.randint(100, 30_000)])
            tickets.append(T(f"T{number}", rng.choice(pool + ["WTN-X"]), rng.choice(codes), gross, tare))
        args = [tickets, notes]
        if rng.random() < 0.3:
            args.append(rng.choice([0, 0.05, 0.25, 1]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(check_tickets, reference, *case)


def test_month_of_deliveries() -> None:
    rng = random.Random(3126)
    notes = [N(f"WTN-{number:06d}", rng.choice(["20 03 01", "15 01 01"]), round(rng.uniform(1.5, 24), 2))
             for number in range(1500)]
    tickets = []
    for number, note in enumerate(rng.sample(notes, 700) + rng.sample(notes, 20)):
        tare = rng.randint(9_000, 16_000)
        net = note.declared_tonnes * (rng.uniform(1.1, 1.4) if rng.random() < 0.1 else rng.uniform(0.85, 1.05))
        tickets.append(T(f"T{number:05d}", note.note_no, note.ewc_code, tare + int(net * 1000), tare))
    tickets += [T(f"X{number}", f"WTN-Z{number}") for number in range(20)]
    rng.shuffle(tickets)
    assert_same(check_tickets, reference, tickets, notes)
