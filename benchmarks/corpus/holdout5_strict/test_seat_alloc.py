"""Strict equivalence tests for SeatMap.allocate (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from boxoffice.seating import BLOCKED, FREE, Allocation, SeatMap
from strict_support import assert_same

TARGET = "boxoffice/seating.py:SeatMap.allocate"


def reference(venue, bookings):
    seen = set()
    for booking_id, size in bookings:
        if booking_id in (FREE, BLOCKED):
            raise ValueError(f"invalid booking id {booking_id!r}")
        if booking_id in seen:
            raise ValueError(f"duplicate booking {booking_id!r}")
        if size < 1:
            raise ValueError(f"booking {booking_id!r} has party size {size}")
        seen.add(booking_id)
    result = Allocation()
    for booking_id, size in bookings:
        for r, seats in enumerate(venue.rows):
            runs = []
            start = None
            for i, holder in enumerate(seats):
                if holder == FREE:
                    if start is None:
                        start = i
                elif start is not None:
                    runs.append((start, i - start))
                    start = None
            if start is not None:
                runs.append((start, len(seats) - start))
            runs = [run for run in runs if run[1] >= size]
            if not runs:
                continue
            first, _ = min(runs, key=lambda run: (run[1], run[0]))
            result.seats[booking_id] = [(r, s) for s in range(first, first + size)]
            for s in range(first, first + size):
                seats[s] = booking_id
            break
        else:
            result.unplaced.append(booking_id)
    return result


def call(venue, bookings):
    return venue.allocate(bookings)


def venue(widths, blocked=(), taken=()):
    v = SeatMap(widths, blocked=blocked)
    for row, seat, who in taken:
        v.rows[row][seat] = who
    return v


VENUES = [
    lambda: venue([]),
    lambda: venue([0, 0]),
    lambda: venue([1]),
    lambda: venue([5]),
    lambda: venue([4, 4, 4]),
    lambda: venue([7], blocked=[(0, 3)]),
    lambda: venue([10, 3, 10], blocked=[(0, 0), (0, 4), (0, 5), (2, 9)]),
    lambda: venue([8, 8], taken=[(0, 2, "old"), (1, 6, "old2")]),
    lambda: venue([6, 12, 2, 9], blocked=[(1, 4), (1, 8)], taken=[(3, 0, "x")]),
    lambda: venue([12], blocked=[(0, 2), (0, 5), (0, 9)]),
    lambda: venue([3] * 5),
]

BOOKINGS = [
    [],
    [("A", 1)],
    [("A", 2), ("B", 2), ("C", 2)],
    [("A", 5)],
    [("big", 20), ("small", 1)],
    [("A", 3), ("B", 1), ("C", 4), ("D", 2), ("E", 1), ("F", 6)],
    [("x", 1), ("old", 1)],
    [("ü", 2), ("ü2", 3), ("日本", 1)],
    [(1, 1), (2, 2), ("1", 1)],
    [["L", 2], ["M", 1]],
    (("T1", 2), ("T2", 2)),
    [("A", 1)] * 2,
    [("A", 1), ("B", 0)],
    [("A", 1), ("B", -3)],
    [("A", 1), (FREE, 1)],
    [("A", 1), (BLOCKED, 2)],
    [("A", 0), ("A", 1)],
    [("A", 2), ("B", 1), ("A", 1)],
]


@pytest.mark.parametrize("make", VENUES)
@pytest.mark.parametrize("bookings", BOOKINGS)
def test_same_as_reference(make, bookings) -> None:
    assert_same(call, reference, make(), bookings)


@pytest.mark.parametrize("bookings", BOOKINGS)
def test_same_error_message(bookings) -> None:
    def message(function):
        v = venue([4, 4])
        try:
            return ("ok", function(v, bookings), v.rows)
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error), v.rows)

    assert message(call) == message(reference)


def test_successive_runs_share_the_map() -> None:
    a, b = venue([6, 6]), venue([6, 6])
    for batch in ([("A", 4)], [("B", 3), ("C", 2)], [("D", 2), ("E", 1)], [("F", 1)]):
        assert call(a, batch) == reference(b, batch)
        assert a.rows == b.rows


def test_rows_edited_between_runs() -> None:
    a = venue([5, 5])
    call(a, [("A", 5)])
    a.rows[0][2] = FREE
    a.rows.append([FREE] * 3)
    b = venue([5, 5, 3])
    b.rows = [list(r) for r in a.rows]
    assert call(a, [("B", 1), ("C", 3), ("D", 2)]) == reference(b, [("B", 1), ("C", 3), ("D", 2)])
    assert a.rows == b.rows


def _random_cases():
    rng = random.Random(606)
    for _ in range(150):
        widths = [rng.randint(0, 14) for _ in range(rng.randint(0, 8))]
        blocked = [(r, s) for r, w in enumerate(widths) for s in range(w) if rng.random() < 0.1]
        taken = [(r, s, f"pre{r}") for r, w in enumerate(widths) for s in range(w) if rng.random() < 0.1 and (r, s) not in blocked]
        bookings = [(f"b{i}", rng.choice([1, 1, 2, 2, 3, 4, 5, 8, 15])) for i in range(rng.randint(0, 30))]
        yield widths, blocked, taken, bookings


@pytest.mark.parametrize("widths,blocked,taken,bookings", list(_random_cases()))
def test_random(widths, blocked, taken, bookings) -> None:
    assert_same(call, reference, venue(widths, blocked, taken), bookings)


def test_large_house() -> None:
    rng = random.Random(1)
    widths = [40 + (r % 7) for r in range(40)]
    blocked = [(r, w // 2) for r, w in enumerate(widths) if r % 4 == 3]
    bookings = [(f"G{n}", rng.choice([1, 2, 2, 3, 4, 6, 9])) for n in range(600)]
    assert_same(call, reference, venue(widths, blocked), bookings)
