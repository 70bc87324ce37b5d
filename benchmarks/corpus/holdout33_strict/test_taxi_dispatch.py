"""Strict equivalence tests for replay_bookings (never shown to wattlens)."""

from __future__ import annotations

import random
from typing import Mapping, Sequence

import pytest
from strict_support import assert_same
from cabdispatch.dispatch import replay_bookings
from cabdispatch.fleet import Assignment, Booking, Driver

TARGET = "cabdispatch/dispatch.py:replay_bookings"


# --- verbatim copy of the original implementation ---------------------------------------------

SUITABLE = {
    "any": ("saloon", "estate", "mpv", "wav"),
    "estate": ("estate", "mpv"),
    "mpv": ("mpv",),
    "wav": ("wav",),
}


MAX_WAIT = 30


LOADING_MINUTES = 2


def reference(bookings: Sequence[Booking], drivers: Sequence[Driver],
                    travel: Mapping[str, Mapping[str, int]], max_wait: int = MAX_WAIT) -> list[Assignment]:
    """Dispatch the bookings in order and return one assignment per booking.

    Drivers are ranked by when they could reach the pickup (free time, or the booking time if
    later, plus the travel time), then by who has been free longest, then by driver id. The
    booking goes to the first ranked driver with a suitable vehicle who gets there before
    their shift ends; it is lost if that driver cannot be there within ``max_wait`` minutes.
    The driver is then busy until drop-off (travel plus loading time) and ends up in the
    drop-off zone. The drivers passed in are not modified.
    """
    fleet = [{"id": d.driver_id, "zone": d.zone, "free_at": d.free_at, "vehicle": d.vehicle,
              "shift_end": d.shift_end} for d in drivers]
    assignments = []
    for booking in bookings:
        ranked = sorted(fleet, key=lambda driver: (max(driver["free_at"], booking.time)
                                                   + travel[driver["zone"]][booking.pickup],
                                                   driver["free_at"], driver["id"]))
        chosen = None
        for driver in ranked:
            if driver["vehicle"] not in SUITABLE[booking.vehicle]:
                continue
            arrival = max(driver["free_at"], booking.time) + travel[driver["zone"]][booking.pickup]
            if arrival > driver["shift_end"]:
                continue
            if arrival - booking.time <= max_wait:
                chosen = driver
            break
        if chosen is None:
            assignments.append(Assignment(booking.booking_id, None, None))
            continue
        chosen["free_at"] = arrival + LOADING_MINUTES + travel[booking.pickup][booking.dropoff]
        chosen["zone"] = booking.dropoff
        assignments.append(Assignment(booking.booking_id, chosen["id"], arrival - booking.time))
    return assignments


# --- cases -------------------------------------------------------------------------------

ZONES = ["C", "N", "S", "A"]
MINUTES = {("C", "N"): 8, ("C", "S"): 10, ("N", "S"): 15, ("C", "A"): 25, ("N", "A"): 20, ("S", "A"): 35}
TRAVEL = {a: {b: 0 if a == b else MINUTES.get((a, b), MINUTES.get((b, a))) for b in ZONES} for a in ZONES}
ASYM = {a: dict(row) for a, row in TRAVEL.items()}
ASYM["C"]["N"] = 3
NEGATIVE = {a: dict(row) for a, row in TRAVEL.items()}
NEGATIVE["N"]["C"] = -5
PARTIAL = {a: {b: m for b, m in row.items() if b != "A"} for a, row in TRAVEL.items() if a != "A"}


def d(driver_id, zone="C", free_at=0, vehicle="saloon", shift_end=1440):
    return Driver(driver_id, zone, free_at, vehicle, shift_end)


def b(booking_id, time, pickup="C", dropoff="N", vehicle="any"):
    return Booking(booking_id, time, pickup, dropoff, vehicle)


FLEET = [d("D1", "N"), d("D2", "C"), d("D3", "S", 0, "mpv"), d("D4", "A", 0, "wav"), d("D5", "C", 0, "estate", 700)]

CASES = [
    ([], [], TRAVEL),
    ([], FLEET, TRAVEL),
    ([b("B1", 600)], [], TRAVEL),
    ([b("B1", 600, vehicle="limo")], [], TRAVEL),
    ([b("B1", 600, vehicle="limo")], FLEET, TRAVEL),
    ([b("B1", 600)], FLEET, TRAVEL),
    ([b("B1", 600), b("B2", 600), b("B3", 600), b("B4", 600), b("B5", 600), b("B6", 600)], FLEET, TRAVEL),
    ([b("B1", 600, "S", "A", "estate"), b("B2", 601, "A", "C", "wav"), b("B3", 602, "N", "S", "mpv")], FLEET, TRAVEL),
    ([b("B1", 600, "A", "C")], FLEET[:2], TRAVEL),
    ([b("B1", 600, "A", "C")], FLEET[:2], TRAVEL, 19),
    ([b("B1", 600, "A", "C")], FLEET[:2], TRAVEL, 20),
    ([b("B1", 600, "A", "C")], FLEET[:2], TRAVEL, 0),
    ([b("B1", 600, "C", "C")], FLEET[:2], TRAVEL, 0),
    ([b("B1", 600, "C", "C")], FLEET[:2], TRAVEL, -1),
    ([b("B1", 600)], FLEET, TRAVEL, 7.5),
    ([b("B1", 600)], FLEET, TRAVEL, None),
    ([b("B1", 600, "N")], [d("D1", "N", 0, "saloon", 599)], TRAVEL),
    ([b("B1", 600, "N")], [d("D1", "N", 0, "saloon", 600)], TRAVEL),
    ([b("B1", 600, "N")], [d("D1", "N", 0, "saloon", 599), d("D2", "C", 0, "saloon", 1440)], TRAVEL),
    ([b("B1", 600)], [d("D1", "C", 700, "saloon", 650)], TRAVEL),
    ([b("B1", 600)], [d("D2", "C", 100), d("D1", "C", 100), d("D3", "C", 50)], TRAVEL),
    ([b("B1", 600)], [d("D2", "C", 100), d("D1", "C", 100)], TRAVEL),
    ([b("B1", 600)], [d("D1", "C", 100), d("D1", "C", 100, "wav")], TRAVEL),
    ([b("B1", 600, vehicle="wav")], [d("D1", "C", 100), d("D1", "C", 100, "wav")], TRAVEL),
    ([b("B1", 600)], [d("D1", "N", 598), d("D2", "C", 606)], TRAVEL),
    ([b("B1", 600), b("B2", 560, "N", "S")], FLEET, TRAVEL),
    ([b("B1", 600, "C", "A"), b("B2", 605, "A", "C")], [d("D1")], TRAVEL),
    ([b("B1", 600, "N", "C")], [d("D1", "C")], ASYM),
    ([b("B1", 600, "C", "N")], [d("D1", "N")], NEGATIVE),
    ([b("B1", 600, "C", "N"), b("B2", 601, "N", "C")], [d("D1", "N"), d("D2", "C")], NEGATIVE),
    ([b("B1", 600, "C", "N")], [d("D1", "C"), d("D2", "A", 0, "wav")], PARTIAL),
    ([b("B1", 600, "C", "A")], [d("D1", "C")], PARTIAL),
    ([b("B1", 600, "X", "C")], FLEET, TRAVEL),
    ([b("B1", 600, "C", "X")], FLEET, TRAVEL),
    ([b("B1", 600, "C", "X")], [], TRAVEL),
    ([b("B1", 600)], [d("D1", "X")], TRAVEL),
    ([b("B1", 600, vehicle="wav")], [d("D1", "C", 0, "wav"), d("D2", "X")], TRAVEL),
    ([b("B1", 600)], [d("D1", "C", 0, "Saloon")], TRAVEL),
    ([b("B1", 600.5)], FLEET, TRAVEL),
    ([b("B1", None)], FLEET, TRAVEL),
    ([b("B1", 600)], [d("D1", "C", None)], TRAVEL),
    ([b("B1", 600)], [d(None), d(7)], TRAVEL),
    ([b("B1", 600)], [d("D1", "C", 600), d(2, "C", 600)], TRAVEL),
    ((b("B1", 600),), tuple(FLEET), TRAVEL),
    ([b("B1", 600), "B2"], FLEET, TRAVEL),
    (None, FLEET, TRAVEL),
    ([b("B1", 600)], None, TRAVEL),
    ([b("B1", 600)], FLEET, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_bookings, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay_bookings, reference, bookings=[b("B1", 600, "A")], drivers=FLEET, travel=TRAVEL, max_wait=12)
    assert_same(replay_bookings, reference, [b("B1", 600, "A")], FLEET, TRAVEL, max_wait=40)


def _random_cases():
    rng = random.Random(33091)
    for _ in range(220):
        drivers = [d(f"D{n}", rng.choice(ZONES), rng.choice([0, 0, 300, 590, 610, 700]),
                     rng.choice(["saloon", "saloon", "estate", "mpv", "wav"]), rng.choice([620, 700, 900, 1440]))
                   for n in range(rng.choice([0, 1, 3, 6, 12]))]
        if drivers and rng.random() < 0.2:
            drivers.append(d(rng.choice(drivers).driver_id, rng.choice(ZONES)))
        bookings = []
        time = 590
        for n in range(rng.choice([0, 1, 5, 20, 40])):
            time += rng.choice([0, 0, 1, 2, 5, 15])
            bookings.append(b(f"B{n}", time, rng.choice(ZONES), rng.choice(ZONES),
                              rng.choices(["any", "estate", "mpv", "wav"], [10, 2, 1, 1])[0]))
        args = [bookings, drivers, rng.choice([TRAVEL, TRAVEL, ASYM])]
        if rng.random() < 0.3:
            args.append(rng.choice([0, 10, 20, 45, 120]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay_bookings, reference, *case)
