"""Strict equivalence tests for open_slots (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from clinic.slots import open_slots
from strict_support import assert_same

TARGET = "clinic/slots.py:open_slots"


def reference(bookings, day_start, day_end, length, step=5):
    if length <= 0:
        raise ValueError("length must be positive")
    if step <= 0:
        raise ValueError("step must be positive")
    checked = []
    for index, (start, end) in enumerate(bookings):
        if end < start:
            raise ValueError(f"booking {index} ends before it starts: {start}-{end}")
        checked.append((start, end))
    slots = []
    candidate = day_start
    while candidate + length <= day_end:
        clash = False
        for start, end in checked:
            if start < candidate + length and candidate < end:
                clash = True
                break
        if not clash:
            slots.append(candidate)
        candidate += step
    return slots


CASES = [
    ([], 0, 0, 5, 5),
    ([], 0, 60, 15, 15),
    ([], 0, 59, 15, 15),
    ([], 10, 0, 5, 5),
    ([], 0, 60, 60, 1),
    ([], 0, 60, 61, 1),
    ([(0, 60)], 0, 60, 5, 5),
    ([(10, 20)], 0, 40, 10, 5),
    ([(10, 20)], 0, 40, 10, 10),
    ([(10, 20), (10, 20)], 0, 40, 10, 10),
    ([(30, 40), (0, 10)], 0, 50, 10, 10),
    ([(5, 5)], 0, 20, 10, 1),
    ([(0, 0), (20, 20)], 0, 20, 10, 5),
    ([(12, 12)], 0, 30, 3, 3),
    ([[10, 20], [25, 26]], 0, 40, 5, 5),
    ([(10, 20)], -30, 40, 10, 7),
    ([(-20, -5)], -30, 0, 5, 5),
    ([(100, 200)], 0, 40, 10, 10),
    ([(0, 1000)], 0, 40, 10, 10),
    ([(15, 25), (5, 16), (24, 40)], 0, 60, 5, 1),
    ([(10.5, 20.25)], 0, 40, 10, 2.5),
    ([(10, 20)], 0.0, 40, 10, 5),
    ([(10, 20)], 0, 40.5, 9.5, 0.1),
    ([(1, 3)], 0, 1, 0.5, 0.1),
    ([(3, 7), (7, 9)], 0, 12, 2, 1),
    ([(10, 20)], 0, 40, 10),
    ([(10, 20)], 0, 40, 0, 5),
    ([(10, 20)], 0, 40, -5, 5),
    ([(10, 20)], 0, 40, 5, 0),
    ([(10, 20)], 0, 40, 5, -1),
    ([(10, 20)], 0, 40, 0, 0),
    ([(20, 10)], 0, 40, 5, 5),
    ([(1, 2), (3, 4), (9, 5)], 0, 40, 5, 5),
    ([(20, 10)], 0, 0, 5, 5),
    ([(1, 2, 3)], 0, 40, 5, 5),
    ([(1,)], 0, 40, 5, 5),
    ([(1, None)], 0, 40, 5, 5),
    ([(20, 10)], 0, 40, 0, 5),
]


def _random():
    rng = random.Random(8080)
    for _ in range(150):
        horizon = rng.randint(0, 400)
        bookings = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(-20, horizon + 20)
            bookings.append((start, start + rng.choice([0, 0, 1, 5, 10, 15, 30, 60, 120])))
        if rng.random() < 0.5:
            bookings.sort()
        yield (bookings, rng.randint(-20, 40), horizon, rng.choice([1, 5, 10, 15, 30, 45]), rng.choice([1, 2, 5, 10, 15]))


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(open_slots, reference, *args)


@pytest.mark.parametrize("args", CASES + list(_random())[:40])
def test_same_error_message(args) -> None:
    def message(function):
        try:
            return ("ok", function(*[list(a) if isinstance(a, list) else a for a in args]))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(open_slots) == message(reference)


def test_keyword_arguments() -> None:
    assert_same(open_slots, reference, [(30, 45)], day_start=0, day_end=120, length=15, step=15)
    assert_same(open_slots, reference, bookings=[(30, 45)], day_start=0, day_end=120, length=15)


def test_bookings_from_an_iterator() -> None:
    bookings = [(60, 90), (10, 20), (200, 230)]
    assert open_slots(iter(bookings), 0, 300, 30, 10) == reference(list(bookings), 0, 300, 30, 10)
    assert open_slots((b for b in bookings), 0, 300, 30, 10) == reference(list(bookings), 0, 300, 30, 10)


def test_bookings_not_mutated() -> None:
    bookings = [(60, 90), (10, 20), [200, 230]]
    snapshot = [tuple(b) for b in bookings]
    open_slots(bookings, 0, 300, 30, 10)
    assert [tuple(b) for b in bookings] == snapshot
    assert isinstance(bookings[2], list)


def test_result_is_a_fresh_list() -> None:
    first = open_slots([], 0, 30, 10, 10)
    first.append(99)
    assert open_slots([], 0, 30, 10, 10) == [0, 10, 20]


def test_float_steps_accumulate_like_the_reference() -> None:
    assert_same(open_slots, reference, [(0.3, 0.7)], 0, 3, 0.2, 0.1)
    assert_same(open_slots, reference, [], 0.1, 1.0, 0.3, 0.1)


def test_length_checked_before_step_and_bookings() -> None:
    with pytest.raises(ValueError, match="length must be positive"):
        open_slots([(5, 1)], 0, 10, 0, 0)
    with pytest.raises(ValueError, match="step must be positive"):
        open_slots([(5, 1)], 0, 10, 1, 0)
    with pytest.raises(ValueError, match=r"booking 0 ends before it starts: 5-1"):
        open_slots([(5, 1)], 0, 0, 1, 1)


def test_a_busy_month() -> None:
    rng = random.Random(17)
    bookings = []
    for day in range(20):
        minute = day * 1440 + 480
        while minute < day * 1440 + 1080:
            length = rng.choice([10, 15, 20, 30])
            if rng.random() < 0.7:
                bookings.append((minute, minute + length))
            minute += length + rng.choice([0, 5])
    rng.shuffle(bookings)
    for length in (5, 10, 25, 60):
        assert_same(open_slots, reference, bookings, 0, 20 * 1440, length, 5)
    assert_same(open_slots, reference, bookings, 17, 20 * 1440, 13, 7)
