from booking.slots import free_slots, merge_busy


def test_merge() -> None:
    assert merge_busy([(5, 8), (1, 3), (2, 4), (8, 9)]) == [(1, 4), (5, 9)]


def test_empty() -> None:
    assert merge_busy([]) == []


def test_free_slots() -> None:
    assert free_slots([(9, 10), (12, 13)], 8, 17) == [(8, 9), (10, 12), (13, 17)]
