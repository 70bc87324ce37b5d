from datetime import date

from flowmetrics.wip import Transition, average_wip, daily_wip, status_history, status_on


def d(day: int) -> date:
    return date(2024, 3, day)


MOVES = [
    Transition("A", "To Do", d(1)),
    Transition("A", "In Progress", d(2)),
    Transition("A", "Done", d(4)),
    Transition("B", "In Progress", d(3)),
    Transition("B", "Review", d(3)),
]


def test_status_history_sorted() -> None:
    history = status_history(list(reversed(MOVES)))
    assert [on for on, _ in history["A"]] == [d(1), d(2), d(4)]


def test_status_on() -> None:
    changes = status_history(MOVES)["A"]
    assert status_on(changes, date(2024, 2, 1)) is None
    assert status_on(changes, d(3)) == "In Progress"
    assert status_on(changes, d(9)) == "Done"


def test_daily_wip() -> None:
    assert daily_wip(MOVES, d(1), d(5)) == [(d(1), 0), (d(2), 1), (d(3), 2), (d(4), 1), (d(5), 1)]


def test_same_day_changes_use_the_last_one() -> None:
    moves = [Transition("C", "In Progress", d(1)), Transition("C", "Done", d(1))]
    assert daily_wip(moves, d(1), d(1)) == [(d(1), 0)]


def test_custom_active_statuses() -> None:
    assert daily_wip(MOVES, d(4), d(4), active={"Done"}) == [(d(4), 1)]


def test_empty_range() -> None:
    assert daily_wip(MOVES, d(5), d(4)) == []


def test_average() -> None:
    assert average_wip([(d(1), 1), (d(2), 4)]) == 2.5
    assert average_wip([]) == 0.0
