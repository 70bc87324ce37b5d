"""Strict equivalence tests for prove_touch (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from peal_prover.methods import Method
from peal_prover.prove import TouchReport, prove_touch

TARGET = "peal_prover/prove.py:prove_touch"


# --- verbatim copy of the original implementation ---------------------------------------------

BELLS = "1234567890ET"


def rounds(stage):
    if not 3 <= stage <= len(BELLS):
        raise ValueError(f"unsupported stage {stage}")
    return BELLS[:stage]


def apply_change(row, places):
    bells = list(row)
    position = 0
    while position < len(bells):
        if position in places:
            position += 1
        elif position + 1 < len(bells) and position + 1 not in places:
            bells[position], bells[position + 1] = bells[position + 1], bells[position]
            position += 2
        elif position + 1 == len(bells):
            position += 1  # implicit place at the back
        else:
            raise ValueError(f"change {places} leaves a bell with no partner")
    return "".join(bells)


def reference(method, calling):
    lead = list(method.lead)
    start = rounds(method.stage)
    row = start
    rows = [row]
    false_rows = []
    changes = 0
    came_round = False
    letters = [letter for letter in calling.lower() if not letter.isspace()]
    used = 0
    for letter in letters:
        if letter in "p-":
            lead_changes = lead
        elif letter in "bs":
            call = method.call_changes(letter)
            if call is None:
                raise ValueError(f"{method.title} has no {'bob' if letter == 'b' else 'single'}")
            lead_changes = lead[: len(lead) - len(call)] + list(call)
        else:
            raise ValueError(f"unknown call {letter!r}")
        used += 1
        for change in lead_changes:
            row = apply_change(row, change)
            changes += 1
            if row == start:
                came_round = True
                break
            if row in rows:
                false_rows.append((row, rows.index(row), changes))
            rows.append(row)
        if came_round:
            break
    return TouchReport(method.title, changes, came_round, false_rows, len(letters) - used)


# --- cases -------------------------------------------------------------------------------

METHODS = {
    "pb3": Method("Plain Bob", 3, "3.1", None, None),
    "pb4": Method("Plain Bob", 4, "x14x14,12", "14", None),
    "pb5": Method("Plain Bob", 5, "5.1.5.1.5,125", "145", None),
    "gd5": Method("Grandsire", 5, "3.1.5.1.5.1.5.1.5.1", "3.1", "3.123"),
    "pb6": Method("Plain Bob", 6, "x16x16x16,12"),
    "lb6": Method("Little Bob", 6, "x16x14,12"),
    "cm6": Method("Cambridge Surprise", 6, "x36x14x12x36x14x56,12"),
    "gt7": Method("Grandsire", 7, "3.1.7.1.7.1.7.1.7.1.7.1.7.1", "3.1", "3.123"),
    "pb7": Method("Plain Bob", 7, "7.1.7.1.7.1.7,127", "147", "12347"),
    "pb8": Method("Plain Bob", 8, "x18x18x18x18,12"),
    "lb8": Method("Little Bob", 8, "x18x14,12"),
    "dn8": Method("Double Norwich Court Bob", 8, "x14x36x58x18,18", "16", "1678"),
    "cm8": Method("Cambridge Surprise", 8, "x38x14x1258x36x14x58x16x78,12"),
    "br8": Method("Bristol Surprise", 8, "x58x14.58x58.36.14x14.58x14x18,18"),
    "pb10": Method("Plain Bob", 10, "x10x10x10x10x10,12"),
    "pb12": Method("Plain Bob", 12, "x1Tx1Tx1Tx1Tx1Tx1T,12"),
    "stedman": Method("Stedman", 7, "3.1.7.3.1.3,1", None, None),
    "tiny": Method("Tiny", 4, "x", "14.14", "12.34.12"),
    "empty": Method("Empty", 6, "", "14", "1234"),
    "bad_call": Method("Broken", 6, "x16x16x16,12", "13", "1234"),
    "odd_call": Method("Odd", 6, "x16x16x16,12", "12.12.12", "x"),
    "stage13": Method("Thirteen", 13, "", None, None),
    "stage2": Method("Two", 2, "", None, None),
    "no_single": Method("Plain Bob", 6, "x16x16x16,12", "14", None),
    "no_bob": Method("Plain Bob", 6, "x16x16x16,12", None, "1234"),
}

CALLINGS = [
    "", " ", "p", "pp", "p" * 5, "p" * 6, "p" * 20, "-----", "p-p-p", "PPPPP", "ppps pppp sp",
    "pppsppppsp", "pppsppppsppp", "bbb", "bbbbbb", "BBB", "bbsbsb", "ssss", "pspspsps", "pbbpbbpbb",
    "b", "s", "sp", "x", "pxp", "p p\tp\np", "pb?", "p.p", "ppppb", "sssssssss", "bbsbsbbbsbsb",
    "pbpbpbpbpbpbpbpbpbpb", "p\u00a0p", "P-B-S", "ｐｐ",
]

CASES = [(METHODS[key], calling) for key in ("pb6", "pb5", "gt7", "cm6", "no_single", "no_bob")
         for calling in CALLINGS]
CASES += [(METHODS[key], calling) for key in METHODS for calling in ("", "p", "pppppppppp", "bs", "sb b")]
CASES += [
    (METHODS["pb8"], "p" * 7),
    (METHODS["pb8"], "pbpbpbpbpbpb" * 10),
    (METHODS["cm8"], "ppbppbppb" * 8),
    (METHODS["dn8"], "psbpsb" * 12),
    (METHODS["br8"], "bbbbpppsss" * 9),
    (METHODS["pb12"], "p" * 12),
    (METHODS["pb10"], "pbs" * 30),
    (METHODS["tiny"], "pbspbs" * 10),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(prove_touch, reference, *case)


@pytest.mark.parametrize("calling", [None, 7, ["p", "b"], b"pp"])
def test_odd_calling_types(calling) -> None:
    assert_same(prove_touch, reference, METHODS["pb6"], calling)


def test_keyword_arguments() -> None:
    assert_same(prove_touch, reference, method=METHODS["pb6"], calling="bbsbsb")
    assert_same(prove_touch, reference, METHODS["gt7"], calling="pbpbsp")


def _random_cases():
    rng = random.Random(32011)
    keys = ["pb4", "pb5", "gd5", "pb6", "lb6", "cm6", "gt7", "pb7", "pb8", "lb8", "dn8", "cm8", "br8",
            "pb10", "tiny", "odd_call"]
    for number in range(240):
        key = rng.choice(keys)
        method = METHODS[key]
        alphabet = "pppb-" + ("s" if method.single else "")
        if rng.random() < 0.05:
            alphabet += "sx "
        length = rng.choice([0, 1, 3, 8, 20, 40]) if number % 20 else rng.randint(150, 400)
        yield method, "".join(rng.choice(alphabet) for _ in range(length))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(prove_touch, reference, *case)
