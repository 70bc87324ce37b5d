"""Strict equivalence tests for cross_check (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from qsocheck.cabrillo import QSO
from qsocheck.crosscheck import cross_check
from strict_support import assert_same

TARGET = "qsocheck/crosscheck.py:cross_check"


# --- verbatim copy of the original implementation ----------------------------------------

STATUSES = ("confirmed", "bad_exchange", "not_in_log", "no_log")


def reference(qsos, tolerance=3):
    if tolerance < 0:
        raise ValueError("tolerance must not be negative")
    submitted = {qso.call for qso in qsos}
    statuses = []
    per_station = {}
    for index, qso in enumerate(qsos):
        if qso.worked not in submitted:
            status = "no_log"
        else:
            match = None
            best_gap = 0
            for other_index, other in enumerate(qsos):
                if other_index == index:
                    continue
                if (other.call == qso.worked and other.worked == qso.call
                        and other.band == qso.band and other.mode == qso.mode):
                    gap = abs(other.minute - qso.minute)
                    if gap <= tolerance and (match is None or gap < best_gap):
                        match, best_gap = other, gap
            if match is None:
                status = "not_in_log"
            elif match.sent == qso.received:
                status = "confirmed"
            else:
                status = "bad_exchange"
        statuses.append(status)
        counts = per_station.setdefault(qso.call, dict.fromkeys(STATUSES, 0))
        counts[status] += 1
    return {"statuses": statuses, "per_station": dict(sorted(per_station.items()))}


# --- cases -------------------------------------------------------------------------------

Q = QSO


@dataclass
class Contact:  # a look-alike record from the web log-upload form
    call: object
    worked: object
    band: object
    mode: object
    minute: object
    sent: object
    received: object


Row = namedtuple("Row", "call worked band mode minute sent received")


def pair(a, b, minute, a_serial="1", b_serial="2", band="20m", mode="CW", skew=0):
    return [Q(a, b, band, mode, minute, f"599 {a_serial}", f"599 {b_serial}"),
            Q(b, a, band, mode, minute + skew, f"599 {b_serial}", f"599 {a_serial}")]


BASIC = (pair("G4ABC", "DL1XYZ", 10) + pair("G4ABC", "F5AAA", 20, skew=3) + pair("DL1XYZ", "F5AAA", 30, skew=4)
         + [Q("G4ABC", "K1ZZ", "40m", "CW", 40, "599 1", "599 9")]
         + pair("F5AAA", "G4ABC", 50, band="40m", mode="PH", skew=-2))
TIES = [Q("A1", "B1", "20m", "CW", 10, "599 1", "599 2"),
        Q("B1", "A1", "20m", "CW", 8, "599 X", "599 1"),
        Q("B1", "A1", "20m", "CW", 12, "599 2", "599 1"),
        Q("B1", "A1", "20m", "CW", 9, "599 2", "599 1")]

CASES = [
    ([],),
    ([], 0),
    ([], -1),
    ([], 2.5),
    ([], None),
    (BASIC,),
    (BASIC, 0),
    (BASIC, 1),
    (BASIC, 2),
    (BASIC, 3),
    (BASIC, 4),
    (BASIC, 4.0),
    (BASIC, 3.999),
    (BASIC, True),
    (BASIC, False),
    (BASIC, -0.5),
    (BASIC, 10 ** 30),
    (BASIC, float("inf")),
    (BASIC, "3"),
    (BASIC, None),
    (list(reversed(BASIC)),),
    (tuple(BASIC),),
    (BASIC + BASIC,),
    (TIES,),
    (TIES[:1] + TIES[2:],),
    (TIES[::-1],),
    (TIES, 1),
    (TIES, 2),
    ([Q("A1", "A1", "20m", "CW", 5, "599 1", "599 1")],),
    ([Q("A1", "A1", "20m", "CW", 5, "599 1", "599 1")] * 2,),
    ([Q("A1", "A1", "20m", "CW", 5, "599 1", "599 2"), Q("A1", "A1", "20m", "CW", 6, "599 2", "599 1")],),
    (pair("A1", "B1", 10, skew=3),),
    (pair("A1", "B1", 10, skew=-3), 3),
    (pair("A1", "B1", 10, skew=3), 2),
    (pair("A1", "B1", 10, band="40m")[:1] + pair("A1", "B1", 10, band="20m")[1:],),
    (pair("A1", "B1", 10, mode="CW")[:1] + pair("A1", "B1", 10, mode="PH")[1:],),
    ([Q("g4abc", "DL1XYZ", "20m", "CW", 1, "599 1", "599 2"), Q("DL1XYZ", "G4ABC", "20m", "CW", 1, "599 2", "599 1")],),
    ([Q("G4ABC", "DL1XYZ", "20m", "CW", 1, "599 1", "599 2 "), Q("DL1XYZ", "G4ABC", "20m", "CW", 1, "599 2", "599 1")],),
    ([Q("G4ABC", "DL1XYZ", "20m", "CW", 1, "599 1", "599 2\n"), Q("DL1XYZ", "G4ABC", "20m", "CW", 1, "599 2\n", "599 1")],),
    ([Q("G4ABC ", "DL1XYZ", "20m", "CW", 1, "599 1", "599 2"), Q("DL1XYZ", "G4ABC", "20m", "CW", 1, "599 2", "599 1")],),
    (pair("ÖH2BH", "JA1ЖЖ", 7),),
    (pair("A1", "B1", 1.5, skew=1.5),),
    (pair("A1", "B1", 1.5, skew=1.5), 1.5),
    ([Q("A1", "B1", "20m", "CW", 1, "599 1", "599 2"), Q("B1", "A1", "20m", "CW", 1.0, "599 2", "599 1")],),
    ([Q("A1", "B1", "20m", "CW", True, "599 1", "599 2"), Q("B1", "A1", "20m", "CW", 4, "599 2", "599 1")],),
    ([Q("A1", "B1", "20m", "CW", -5, "599 1", "599 2"), Q("B1", "A1", "20m", "CW", -7, "599 2", "599 1")],),
    ([Q("A1", "B1", "20m", "CW", 10 ** 20, "599 1", "599 2"), Q("B1", "A1", "20m", "CW", 10 ** 20 + 3, "599 2", "599 1")],),
    ([Q("A1", "B1", "20m", "CW", 1e300, "599 1", "599 2"), Q("B1", "A1", "20m", "CW", -1e300, "599 2", "599 1")], float("inf")),
    ([Q(1, 2, "20m", "CW", 1, 5, 6), Q(2, 1, "20m", "CW", 2, 6, 5), Q(2, 1.0, "20m", "CW", 2, 6, 5)],),
    ([Q(1, 2, "20m", "CW", 1, 5, 6), Q(True, 2, "20m", "CW", 2, 6, 5)],),
    ([Q(1, 2, "20m", "CW", 1, 5, 6), Q("2", 1, "20m", "CW", 2, 6, 5)],),
    ([Q(None, "B1", "20m", "CW", 1, "1", "2")],),
    ([Q(None, "B1", "20m", "CW", 1, "1", "2"), Q("B1", None, "20m", "CW", 1, "2", "1")],),
    ([Q("A1", None, "20m", "CW", 1, "1", "2")],),
    ([Q("A1", "B1", None, None, 1, "1", "2"), Q("B1", "A1", None, None, 1, "2", "1")],),
    ([Q("A1", "B1", "20m", "CW", None, "1", "2")],),
    ([Q("A1", "B1", "20m", "CW", None, "1", "2"), Q("B1", "A1", "20m", "CW", 3, "2", "1")],),
    ([Q("A1", "B1", "20m", "CW", "3", "1", "2"), Q("B1", "A1", "20m", "CW", "3", "2", "1")],),
    ([Q("A1", "B1", "20m", "CW", 3, None, None), Q("B1", "A1", "20m", "CW", 3, None, None)],),
    ([Q("A1", ["B1"], "20m", "CW", 3, "1", "2")],),
    ([Contact("A1", "B1", "20m", "CW", 3, "1", "2"), Q("B1", "A1", "20m", "CW", 3, "2", "1")],),
    ([Row("A1", "B1", "20m", "CW", 3, "1", "2"), Row("B1", "A1", "20m", "CW", 4, "2", "1"), Row("C1", "A1", "20m", "CW", 4, "2", "1")],),
    ([None],),
    ([Q("A1", "B1", "20m", "CW", 3, "1", "2"), None],),
    (None,),
    ("abc",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cross_check, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(cross_check, reference, tolerance=1, qsos=BASIC)
    assert_same(cross_check, reference, qsos=TIES)


def _random_log(rng, stations, contacts, bands, modes):
    qsos = []
    for _ in range(contacts):
        a, b = rng.sample(stations, 2) if len(stations) > 1 else (stations[0], stations[0])
        band, mode, minute = rng.choice(bands), rng.choice(modes), rng.randint(0, 40)
        for me, them in ((a, b), (b, a)):
            if rng.random() < 0.2:
                continue
            received = f"599 {them.lower() if rng.random() < 0.1 else them}"
            qsos.append(Q(me, them if rng.random() > 0.1 else rng.choice(stations), band, mode,
                          minute + rng.choice([0, 0, 1, -1, 2, 3, 5, 0.5]), f"599 {me}", received))
    rng.shuffle(qsos)
    return qsos


def _random_cases():
    rng = random.Random(1702)
    for _ in range(220):
        stations = [f"S{n}" for n in range(rng.choice([1, 2, 3, 5, 8]))]
        qsos = _random_log(rng, stations, rng.choice([0, 1, 2, 5, 12, 30]), ["20m", "40m"][: rng.randint(1, 2)],
                           ["CW", "PH"][: rng.randint(1, 2)])
        yield qsos, rng.choice([0, 1, 2, 3, 3, 5, 2.5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cross_check, reference, *case)


def test_contest_weekend() -> None:
    rng = random.Random(48)
    stations = [f"{rng.choice(['G', 'DL', 'K', 'JA'])}{n}{rng.choice('ABCXYZ')}" for n in range(60)]
    qsos = _random_log(rng, stations, 900, ["80m", "40m", "20m", "15m"], ["CW", "PH"])
    qsos.sort(key=lambda qso: (qso.call, qso.minute))
    assert_same(cross_check, reference, qsos)
    assert_same(cross_check, reference, qsos, 0)
