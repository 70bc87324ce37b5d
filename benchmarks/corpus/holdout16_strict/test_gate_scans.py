"""Strict equivalence tests for process_scans (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from turnstile.admission import process_scans

TARGET = "turnstile/admission.py:process_scans"


def luhn_valid(digits):
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def readable(code):
    return len(code) == 12 and luhn_valid(code)


def five_minute_slot(clock):
    hours, minutes, seconds = clock.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60 and 0 <= int(seconds) < 60):
        raise ValueError(f"bad scan time {clock!r}")
    return f"{int(hours):02d}:{int(minutes) // 5 * 5:02d}"


def reference(scans, sold, voided=()):
    admitted = []
    results = []
    per_gate = {}
    refused = {}
    for clock, gate, raw in scans:
        slot = five_minute_slot(clock)
        code = raw.strip()
        if not readable(code):
            outcome = "unreadable"
        elif code not in sold:
            outcome = "not for this match"
        elif code in voided:
            outcome = "voided"
        elif code in admitted:
            outcome = "passback"
        else:
            outcome = "admit"
            admitted.append(code)
            slots = per_gate.setdefault(gate, {})
            slots[slot] = slots.get(slot, 0) + 1
        if outcome != "admit":
            refused[outcome] = refused.get(outcome, 0) + 1
        results.append((clock, gate, code, outcome))
    peak = None
    for gate, slots in per_gate.items():
        for slot, entries in slots.items():
            if peak is None or entries > peak[2]:
                peak = (gate, slot, entries)
    return {"results": results, "per_gate": per_gate, "admitted": len(admitted), "refused": refused, "peak": peak}


def with_check(body):
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


A, B, C, D = (with_check(f"1000000000{n}") for n in range(1, 5))
ARABIC = with_check("١٢٣٤٥٦٧٨٩٠١")
SOLD = [A, B, C]

CASES = [
    ([], []),
    ([], SOLD),
    ([], SOLD, [A]),
    ([("14:00:00", "N1", A)], []),
    ([("14:00:00", "N1", A)], SOLD),
    ([("14:00:00", "N1", A)], SOLD, [A]),
    ([("14:00:00", "N1", A)], SOLD, (B,)),
    ([("14:00:00", "N1", A)], SOLD, [A, A]),
    ([("14:00:00", "N1", D)], SOLD, [D]),
    ([("14:00:00", "N1", A), ("14:00:01", "N1", A), ("14:00:02", "S1", A)], SOLD),
    ([("14:00:00", "N1", A), ("14:00:01", "N1", B), ("14:05:00", "N1", C)], SOLD),
    ([("14:00:00", "N1", A), ("14:05:00", "S1", B), ("14:05:01", "S1", C), ("14:00:02", "N1", D)], SOLD + [D]),
    ([("14:04:59", "N1", A), ("14:05:00", "N1", B)], SOLD),
    ([("00:00:00", "N1", A), ("23:59:59", "N1", B)], SOLD),
    ([("9:5:3", "N1", A)], SOLD),
    ([("09:05:03.5", "N1", A)], SOLD),
    ([(" 14:00:00", "N1", A)], SOLD),
    ([("14:00:00", "N1", "bad")], SOLD),
    ([("24:00:00", "N1", A)], SOLD),
    ([("14:60:00", "N1", A)], SOLD),
    ([("14:00:60", "N1", A)], SOLD),
    ([("-1:00:00", "N1", A)], SOLD),
    ([("14:00", "N1", A)], SOLD),
    ([("14:00:00:00", "N1", A)], SOLD),
    ([("aa:bb:cc", "N1", A)], SOLD),
    ([(None, "N1", A)], SOLD),
    ([("14:00:00", "N1", A), ("99:00:00", "N1", B)], SOLD),
    ([("14:00:00", "N1", f" {A} ")], SOLD),
    ([("14:00:00", "N1", f"{A}\n"), ("14:00:01", "N1", A)], SOLD),
    ([("14:00:00", "N1", A)], [f" {A}"]),
    ([("14:00:00", "N1", A[:-1])], SOLD),
    ([("14:00:00", "N1", A + "0")], [A + "0"]),
    ([("14:00:00", "N1", "")], SOLD),
    ([("14:00:00", "N1", "   ")], SOLD),
    ([("14:00:00", "N1", "000000000000")], ["000000000000"]),
    ([("14:00:00", "N1", "000000000000")], SOLD),
    ([("14:00:00", "N1", A[:-1] + str((int(A[-1]) + 1) % 10))], SOLD),
    ([("14:00:00", "N1", "1000-0000-01")], SOLD),
    ([("14:00:00", "N1", ARABIC)], [ARABIC]),
    ([("14:00:00", "N1", ARABIC)], SOLD),
    ([("14:00:00", "N1", "²" * 12)], SOLD),
    ([("14:00:00", "N1", "½" * 12)], SOLD),
    ([("14:00:00", "N1", None)], SOLD),
    ([("14:00:00", "N1", int(A))], SOLD),
    ([("14:00:00", "N1", A)], [int(A)]),
    ([("14:00:00", "N1", A)], (A, B)),
    ([("14:00:00", "N1", A)], SOLD + SOLD),
    ([("14:00:00", None, A), ("14:00:01", 3, B), ("14:00:02", None, C)], SOLD),
    ([("14:00:00", "Nord-Tür", A), ("14:00:01", "南门", B)], SOLD),
    ([("14:00:00", "N1", A, "extra")], SOLD),
    ([("14:00:00", "N1")], SOLD),
    ((("14:00:00", "N1", A), ["14:00:01", "N1", B]), SOLD),
    ([("14:00:00", "N1", A), ("14:00:00", "N2", B), ("14:00:00", "N2", C), ("14:00:00", "N1", D)], SOLD + [D]),
    ([("14:00:00", "N2", A), ("14:00:00", "N1", B)], SOLD),
    ([("14:10:00", "N1", A), ("14:00:00", "N1", B), ("14:00:01", "N1", C)], SOLD),
    ([("14:10:00", "N1", A), ("14:10:00", "N1", A), ("14:00:00", "N1", "x"), ("14:00:01", "N1", D)], SOLD, [B]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(process_scans, reference, *case)


def test_keyword_voided() -> None:
    assert_same(process_scans, reference, [("14:00:00", "N1", A), ("14:00:01", "N1", B)], SOLD, voided=[B])


def _random_cases():
    rng = random.Random(1878)
    pool = [with_check(f"2{n:010d}") for n in range(12)]
    for index in range(140):
        sold = rng.sample(pool, rng.randint(0, 10))
        voided = rng.sample(pool, rng.randint(0, 3))
        scans = []
        for _ in range(rng.randint(0, 20)):
            code = rng.choice(pool + ["bad", pool[0][:-1]])
            if rng.random() < 0.2:
                code = rng.choice([" ", "\t", ""]) + code + rng.choice([" ", "\n", ""])
            scans.append((f"{rng.randint(13, 15):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", rng.choice(["N1", "N2", "S1"]), code))
        yield (scans, sold, voided) if index % 3 else (scans, sold)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(process_scans, reference, *case)


def test_large_match() -> None:
    rng = random.Random(66)
    sold = [with_check(f"{rng.randint(10 ** 10, 10 ** 11 - 1)}") for _ in range(600)]
    codes = rng.sample(sold, 500) + rng.sample(sold, 20) + ["123456789012", "abc"]
    scans = [(f"14:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", rng.choice(["N1", "E2", "S3"]), code) for code in codes]
    scans.sort(key=lambda scan: scan[0])
    assert_same(process_scans, reference, scans, sold, rng.sample(sold, 10))
