import pytest

from seatcount.councils import Council, election_results, national_seat_totals
from seatcount.methods import allocate_seats, divisor


def test_divisors() -> None:
    assert [divisor("dhondt", n) for n in range(3)] == [1, 2, 3]
    assert [divisor("sainte-lague", n) for n in range(3)] == [1, 3, 5]
    assert [divisor("modified-sainte-lague", n) for n in range(3)] == [1.4, 3, 5]
    with pytest.raises(ValueError):
        divisor("hare", 0)


def test_dhondt_textbook_example() -> None:
    votes = {"A": 100_000, "B": 80_000, "C": 30_000, "D": 20_000}
    assert allocate_seats(votes, 8) == {"A": 4, "B": 3, "C": 1, "D": 0}


def test_sainte_lague_favours_smaller_parties() -> None:
    votes = {"A": 100_000, "B": 80_000, "C": 30_000, "D": 20_000}
    assert allocate_seats(votes, 8, "sainte-lague") == {"A": 3, "B": 3, "C": 1, "D": 1}


def test_threshold_and_zero_votes() -> None:
    votes = {"A": 600, "B": 360, "C": 40, "D": 0}
    assert allocate_seats(votes, 10, threshold=0.05) == {"A": 6, "B": 4, "C": 0, "D": 0}


def test_ties_go_to_more_votes_then_name() -> None:
    assert allocate_seats({"B": 50, "A": 100}, 2) == {"B": 0, "A": 2}
    assert allocate_seats({"B": 50, "A": 50}, 1) == {"B": 0, "A": 1}


def test_no_seats() -> None:
    assert allocate_seats({"A": 1, "B": 2}, 0) == {"A": 0, "B": 0}


def test_council_results_and_totals() -> None:
    results = election_results([Council("North", 3, {"A": 70, "B": 30}), Council("South", 2, {"B": 60, "C": 40})])
    assert results == {"North": {"A": 2, "B": 1}, "South": {"B": 1, "C": 1}}
    assert national_seat_totals(results) == {"A": 2, "B": 2, "C": 1}
