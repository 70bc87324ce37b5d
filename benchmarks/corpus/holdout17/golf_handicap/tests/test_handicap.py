import pytest

from handicap.courses import Tee, find_tee, load_tees
from handicap.history import index_history
from handicap.scoring import handicap_index, score_differential

TEES = load_tees([
    {"course": "Kings Links", "tee": "White", "rating": "72.3", "slope": "131", "par": "72"},
    {"course": "Kings Links", "tee": "Yellow", "rating": "70.1", "slope": "125", "par": "72"},
    {"course": "Cedar Valley", "tee": "White", "rating": "69.0", "slope": "113", "par": "70"},
])


def test_load_tees_converts_numbers() -> None:
    assert TEES[0] == Tee("Kings Links", "White", 72.3, 131, 72)


def test_find_tee_ignores_case_and_spaces() -> None:
    assert find_tee(TEES, " kings links ", "YELLOW") is TEES[1]
    with pytest.raises(KeyError):
        find_tee(TEES, "Cedar Valley", "Red")


def test_score_differential() -> None:
    assert score_differential(85, TEES[2]) == 16.0
    assert score_differential(85, TEES[0]) == 11.0
    assert score_differential(85, TEES[2], pcc=1) == 15.0


def test_index_needs_three_scores() -> None:
    assert handicap_index([10.0, 12.0]) is None
    assert handicap_index([10.0, 12.0, 14.0]) == 8.0


def test_index_uses_best_eight_of_twenty() -> None:
    differentials = [float(value) for value in range(30, 0, -1)]
    assert handicap_index(differentials) == 4.5


def test_index_is_capped() -> None:
    assert handicap_index([60.0] * 20) == 54.0


def test_history_orders_rounds_by_date() -> None:
    rounds = [
        {"player": "ann", "date": "2024-05-03", "course": "Cedar Valley", "tee": "White", "gross": 80},
        {"player": "bob", "date": "2024-05-01", "course": "Cedar Valley", "tee": "White", "gross": 90},
        {"player": "ann", "date": "2024-05-01", "course": "Cedar Valley", "tee": "White", "gross": 85},
        {"player": "ann", "date": "2024-05-02", "course": "Cedar Valley", "tee": "White", "gross": 83},
    ]
    history = index_history(rounds, TEES)
    assert list(history) == ["bob", "ann"]
    assert history["ann"] == [("2024-05-01", 16.0, None), ("2024-05-02", 14.0, None), ("2024-05-03", 11.0, 9.0)]
    assert history["bob"] == [("2024-05-01", 21.0, None)]


def test_unknown_tee_raises() -> None:
    with pytest.raises(KeyError):
        index_history([{"player": "a", "date": "2024-01-01", "course": "Nowhere", "tee": "White", "gross": 80}], TEES)
