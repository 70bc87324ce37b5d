import pytest

from election_swing.feed import feed_text, parse_results_feed
from election_swing.graphics import biggest_swings, gains
from election_swing.swing import SeatSwing, constituency_swings

BEFORE = {"North": {"CON": 500, "LAB": 400, "LD": 100}, "South": {"CON": 300, "LAB": 600, "LD": 100}}
AFTER = {"North": {"CON": 400, "LAB": 500, "LD": 100}, "South": {"CON": 300, "LAB": 600, "LD": 100}}


def test_national_and_local_swing() -> None:
    swings = constituency_swings(BEFORE, AFTER)
    north = swings["North"]
    assert north.winner == "LAB"
    assert north.majority_pct == 10.0
    assert north.swing == -10.0
    assert north.national_swing == -5.0
    assert north.relative_swing == -5.0
    assert swings["South"].swing == 0.0 and swings["South"].relative_swing == 5.0


def test_pair_order_flips_sign() -> None:
    assert constituency_swings(BEFORE, AFTER, pair=("LAB", "CON"))["North"].swing == 10.0


def test_new_and_empty_seats_are_skipped() -> None:
    after = dict(AFTER, East={"CON": 10}, West={"CON": 0})
    before = dict(BEFORE, West={"CON": 5})
    assert list(constituency_swings(before, after)) == ["North", "South"]


def test_uncontested_seat() -> None:
    swings = constituency_swings({"X": {"CON": 10, "LAB": 10}}, {"X": {"CON": 50}})
    assert swings["X"] == SeatSwing("X", "CON", 100.0, 50.0, 50.0, 0.0)


def test_tied_winner() -> None:
    swings = constituency_swings({"X": {"LAB": 10, "CON": 10}}, {"X": {"LAB": 10, "CON": 10}})
    assert swings["X"].winner == "CON" and swings["X"].majority_pct == 0.0


def test_same_party_pair() -> None:
    with pytest.raises(ValueError):
        constituency_swings(BEFORE, AFTER, pair=("CON", "CON"))


def test_feed_round_trip() -> None:
    text = "# results\nNorth|CON|A Smith|400\nNorth|IND|B Jones|20\nNorth|IND|C Brown|30\n"
    assert parse_results_feed(text) == {"North": {"CON": 400, "IND": 50}}
    assert parse_results_feed(feed_text(AFTER)) == AFTER
    with pytest.raises(ValueError):
        parse_results_feed("North|CON|A Smith\n")
    with pytest.raises(ValueError):
        parse_results_feed("North|CON|A Smith|-4\n")


def test_graphics() -> None:
    swings = constituency_swings(BEFORE, AFTER)
    assert gains(BEFORE, swings) == [("North", "CON", "LAB")]
    assert [item.seat for item in biggest_swings(swings, 1)] == ["North"]
