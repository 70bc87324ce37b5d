import pytest

from bracketodds.odds import match_probability, round_odds


def test_equal_ratings_are_even() -> None:
    assert match_probability(1500, 1500) == 0.5


def test_400_points_is_ten_to_one() -> None:
    assert match_probability(1900, 1500) == pytest.approx(10 / 11)


def test_two_player_draw() -> None:
    odds = round_odds(["a", "b"], {"a": 1600, "b": 1500})
    assert odds == {"a": [round(match_probability(1600, 1500), 6)], "b": [round(match_probability(1500, 1600), 6)]}


def test_each_round_sums_to_matches_left() -> None:
    ratings = {name: 1400 + 37 * i for i, name in enumerate("abcdefgh")}
    odds = round_odds(list("hgfedcba"), ratings)
    for round_index, matches in enumerate([4, 2, 1]):
        assert sum(chances[round_index] for chances in odds.values()) == pytest.approx(matches, abs=1e-5)


def test_odds_never_increase() -> None:
    ratings = {name: 1500 + 10 * i for i, name in enumerate("abcdefghijklmnop")}
    for chances in round_odds(list(ratings), ratings).values():
        assert chances == sorted(chances, reverse=True)


def test_equal_field_is_uniform() -> None:
    odds = round_odds(list("abcd"), dict.fromkeys("abcd", 1500))
    assert all(chances == [0.5, 0.25] for chances in odds.values())


def test_bad_draw_size() -> None:
    with pytest.raises(ValueError):
        round_odds(["a", "b", "c"], dict.fromkeys("abc", 1500))
    with pytest.raises(ValueError):
        round_odds([], {})


def test_duplicate_player() -> None:
    with pytest.raises(ValueError):
        round_odds(["a", "a"], {"a": 1500})


def test_missing_rating() -> None:
    with pytest.raises(KeyError):
        round_odds(["a", "b"], {"a": 1500})
