"""Strict equivalence tests for pick_list (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from tyre_hotel.models import Booking, Pick, RackSlot
from tyre_hotel.rack import pick_list

TARGET = "tyre_hotel/rack.py:pick_list"

ADVISORY_TREAD_MM = 3.0


# --- verbatim copy of the original implementation ---------------------------------------------

def normalise_plate(registration):
    return "".join(ch for ch in registration.upper() if ch.isalnum())


def reference(bookings, slots, min_tread_mm=ADVISORY_TREAD_MM):
    picks = []
    for booking in bookings:
        registration = normalise_plate(booking.registration)
        found = None
        for slot in slots:
            if slot.occupied and normalise_plate(slot.registration) == registration \
                    and slot.season == booking.season:
                found = slot
                break
        if found is None:
            picks.append(Pick(booking.ref, registration, None, "not stored"))
            continue
        worn = min(found.tread_mm) < min_tread_mm
        picks.append(Pick(booking.ref, registration, found.location, "replace" if worn else "fit"))
    picks.sort(key=lambda pick: (pick.location is None, pick.location or "", pick.booking_ref))
    return picks


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")


def slot(location, registration, season="winter", tread=(5.0, 5.0, 5.0, 5.0), occupied=True):
    return RackSlot(location, registration, season, tread, occupied)


def booking(ref, registration, season="winter", bay=1):
    return Booking(ref, registration, season, bay)


BASE = [
    slot("A-01-1", "AB12 CDE", "winter", (6.1, 6.0, 5.9, 6.2)),
    slot("A-01-2", "AB12 CDE", "summer", (4.0, 3.9, 2.8, 4.1)),
    slot("B-03-1", "XY65 ZZZ", "winter", (7.0, 7.0, 7.0, 7.0), False),
    slot("B-03-2", "xy65-zzz", "winter", (5.5, 5.5, 5.4, 5.6)),
    slot("A-00-9", "XY65ZZZ", "winter", (1.0, 1.0, 1.0, 1.0)),
    slot("C-10-4", "", "summer", (), False),
    slot("C-10-5", "LM70 QRS", "all-season", (3.0, 3.0, 3.0, 3.0)),
    slot("C-10-6", "LM70 QRS", "Winter", (2.9, 8.0)),
]

CASES = [
    ([], []),
    ([], BASE),
    ((), ()),
    ([booking("BK1", "AB12CDE")], []),
    ([booking("BK1", "AB12CDE")], BASE),
    ([booking("BK1", "ab12 cde")], BASE),
    ([booking("BK1", "AB12CDE", "summer")], BASE),
    ([booking("BK1", "AB12CDE", "summer")], BASE, 2.8),
    ([booking("BK1", "AB12CDE", "summer")], BASE, 2.81),
    ([booking("BK1", "AB12CDE", "summer")], BASE, 1.6),
    ([booking("BK1", "AB12CDE", "summer")], BASE, 0),
    ([booking("BK1", "AB12CDE", "summer")], BASE, NAN),
    ([booking("BK1", "AB12CDE", "all-season")], BASE),
    ([booking("BK1", "XY65ZZZ")], BASE),
    ([booking("BK1", "XY65 ZZZ")], list(reversed(BASE))),
    ([booking("BK1", "LM70QRS", "all-season")], BASE),
    ([booking("BK1", "LM70QRS", "winter")], BASE),
    ([booking("BK1", "LM70QRS", "Winter")], BASE),
    ([booking("BK1", "")], BASE),
    ([booking("BK1", "")], BASE + [slot("Z-99-9", "  ", "winter")]),
    ([booking("BK1", "--")], BASE + [slot("Z-99-9", "", "winter")]),
    ([booking("BK1", "AB12CDE"), booking("BK1", "AB12CDE")], BASE),
    ([booking("BK2", "AB12CDE"), booking("BK1", "AB12CDE")], BASE),
    ([booking("BK2", "ZZ"), booking("BK1", "YY"), booking("BK3", "AB12CDE")], BASE),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=())]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(), occupied=False)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(NAN, 2.0))]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(2.0, NAN))]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=[4, 3])]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(3,))]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(3.0,))], 3),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread="5")], 3),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(4.0,))], "3"),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", tread=(4.0,))], None),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", occupied=0)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", occupied=1)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", occupied="no")]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE", occupied=None)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", None)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", None, occupied=False), slot("A-01-2", "AB12CDE")]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-2", "AB12CDE"), slot("A-01-1", None)]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", None, season="summer"), slot("A-01-2", "AB12CDE")]),
    ([booking("BK1", None)], BASE),
    ([booking("BK1", None)], []),
    ([booking("BK1", 1234)], BASE),
    ([booking(None, "AB12CDE"), booking("BK2", "AB12CDE")], BASE),
    ([booking(None, "AB12CDE"), booking(None, "AB12CDE", "summer")], BASE),
    ([booking(3, "AB12CDE"), booking("BK2", "AB12CDE", "summer")], BASE),
    ([booking(3, "AB12CDE"), booking(1, "AB12CDE")], BASE),
    ([booking(3, "NOPE"), booking("x", "NOPE2")], BASE),
    ([booking("BK1", "AB12CDE")], [slot(None, "AB12CDE")]),
    ([booking("BK1", "AB12CDE"), booking("BK2", "NOPE")], [slot(None, "AB12CDE")]),
    ([booking("BK1", "AB12CDE"), booking("BK2", "XY65ZZZ")], [slot(None, "AB12CDE"), slot("", "XY65ZZZ")]),
    ([booking("BK1", "AB12CDE"), booking("BK2", "XY65ZZZ")], [slot(5, "AB12CDE"), slot("A", "XY65ZZZ")]),
    ([booking("BK1", "AB12CDE"), booking("BK2", "XY65ZZZ")], [slot(5, "AB12CDE"), slot(2, "XY65ZZZ")]),
    ([booking("BK1", "ÄB12CDE")], [slot("A-01-1", "äb12 cde")]),
    ([booking("BK1", "ß1")], [slot("A-01-1", "SS1")]),
    ([booking("BK1", "ＡＢ12")], [slot("A-01-1", "ab１２")]),
    ([booking("BK1", "AB12CDE", None)], [slot("A-01-1", "AB12CDE", None)]),
    ([booking("BK1", "AB12CDE", 1)], [slot("A-01-1", "AB12CDE", 1.0)]),
    ([booking("BK1", "AB12CDE")], None),
    ([booking("BK1", "AB12CDE")], [None]),
    ([booking("BK1", "AB12CDE")], [slot("A-01-1", "AB12CDE"), None]),
    ([None], BASE),
    ([None], []),
    (None, BASE),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(pick_list, reference, *case)


def test_keyword_arguments() -> None:
    bookings = [booking("BK1", "AB12CDE", "summer"), booking("BK2", "XY65ZZZ")]
    assert_same(pick_list, reference, bookings=bookings, slots=BASE)
    assert_same(pick_list, reference, bookings, BASE, min_tread_mm=5.45)
    assert_same(pick_list, reference, bookings, slots=BASE, min_tread_mm=1)


def test_shared_slot_objects() -> None:
    shared = slot("A-01-1", "AB12CDE")
    assert_same(pick_list, reference, [booking("BK1", "AB12CDE")], [shared, shared, shared])


def _random_cases():
    rng = random.Random(34117)
    plates = ["AB12 CDE", "ab12cde", "XY65ZZZ", "XY65 ZZZ", "LM70-QRS", "QQ18AAA", "", "  ", "K1"]
    seasons = ["winter", "summer", "all-season", "Winter"]
    for _ in range(260):
        slots = []
        for number in range(rng.choice([0, 1, 3, 8, 20])):
            tread = tuple(rng.choice([1.5, 1.6, 2.9, 3.0, 3.1, 4.2, 7.9, 8]) for _ in range(rng.choice([1, 2, 4, 4])))
            if rng.random() < 0.03:
                tread = ()
            slots.append(slot(f"{rng.choice('ABC')}-{rng.randint(1, 4):02d}-{rng.randint(1, 3)}",
                              rng.choice(plates), rng.choice(seasons), tread, rng.random() > 0.2))
        bookings = [booking(f"BK{rng.randint(1, 9)}", rng.choice(plates + ["ZZ99 ZZZ"]), rng.choice(seasons[:3]))
                    for _ in range(rng.choice([0, 1, 2, 5, 12]))]
        args = [bookings, slots]
        if rng.random() < 0.4:
            args.append(rng.choice([1.6, 3, 3.0, 4.2, 0.0, 10]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(pick_list, reference, *case)
