import pytest

from wedding_tables.chart import empty_seats, place_cards, seating_chart
from wedding_tables.moves import apply_moves
from wedding_tables.plan import check_plan, find_table, read_plan

EXPORT = """Top table (4): Anna Price, Ben Price, Carol Webb, Dan Webb
Oak (3): Eve Stone, Frank Stone
Elm (3): Gina Hale
"""


@pytest.fixture
def plan_and_seats():
    return read_plan(EXPORT)


def test_read_plan(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    assert list(plan) == ["Top table", "Oak", "Elm"]
    assert seats == {"Top table": 4, "Oak": 3, "Elm": 3}
    assert plan["Elm"] == ["Gina Hale"]
    with pytest.raises(ValueError):
        read_plan("Oak: Eve Stone\n")


def test_find_table(plan_and_seats) -> None:
    plan, _ = plan_and_seats
    assert find_table(plan, "Frank Stone") == "Oak"
    assert find_table(plan, "Nobody") is None


def test_simple_move(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    result, rejected = apply_moves(plan, [("Gina Hale", "Oak")], seats)
    assert result["Oak"] == ["Eve Stone", "Frank Stone", "Gina Hale"]
    assert result["Elm"] == []
    assert rejected == []
    assert plan["Elm"] == ["Gina Hale"]  # the input is untouched


def test_capacity_rejection(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    result, rejected = apply_moves(plan, [("Gina Hale", "Oak"), ("Anna Price", "Oak")], seats)
    assert rejected == [(1, "Anna Price", "Oak is over capacity")]
    assert result["Top table"][0] == "Anna Price"


def test_party_moves_together(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    together = [("Eve Stone", "Frank Stone")]
    result, rejected = apply_moves(plan, [("Frank Stone", "Elm")], seats, together)
    assert result["Elm"] == ["Gina Hale", "Eve Stone", "Frank Stone"] and rejected == []
    _, rejected = apply_moves(plan, [("Anna Price", "Elm")], seats, [("Anna Price", "Ben Price", "Carol Webb")])
    assert rejected == [(0, "Anna Price", "Elm is over capacity")]


def test_split_party_in_plan(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    together = [("Frank Stone", "Gina Hale")]
    _, rejected = apply_moves(plan, [("Anna Price", "Elm")], seats, together)
    assert rejected == [(0, "Anna Price", "separates Frank Stone & Gina Hale")]


def test_unknown_guest_and_table(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    _, rejected = apply_moves(plan, [("Nobody", "Oak"), ("Gina Hale", "Pine")], seats)
    assert rejected == [(0, "Nobody", "not seated"), (1, "Gina Hale", "no table 'Pine'")]


def test_check_plan(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    assert check_plan(plan, seats) is None
    assert check_plan(plan, {**seats, "Oak": 1}) == "Oak is over capacity"


def test_chart_and_cards(plan_and_seats) -> None:
    plan, seats = plan_and_seats
    assert seating_chart(plan).splitlines()[:3] == ["TOP TABLE", "  Anna Price", "  Ben Price"]
    assert place_cards(plan)[4] == ("Eve Stone", "Oak", 1)
    assert empty_seats(plan, seats) == {"Oak": 1, "Elm": 2}
