import pytest

from pitwall.briefing import no_stop_time, stints
from pitwall.model import RacePlan, Strategy, lap_time
from pitwall.strategy import best_strategy

PLAN = RacePlan(laps=10, base_lap=60.0, degradation=0.5, cliff_age=6, cliff_penalty=3.0, pit_loss=20.0,
                min_stops=0, max_stops=2)


def test_lap_time_with_cliff() -> None:
    assert lap_time(PLAN, 0) == 60.0
    assert lap_time(PLAN, 5) == 62.5
    assert lap_time(PLAN, 6) == 66.0
    assert lap_time(PLAN, 7) == 69.5


def test_short_race_no_stop() -> None:
    short = RacePlan(5, 60.0, 0.5, 6, 3.0, 20.0)
    assert best_strategy(short) == Strategy(305.0, ())


def test_stop_before_the_cliff() -> None:
    strategy = best_strategy(PLAN)
    assert strategy.pit_laps == (6,)
    assert strategy.race_time == 60 * 10 + 0.5 * (0 + 1 + 2 + 3 + 4 + 0 + 1 + 2 + 3 + 4) + 20
    assert stints(PLAN, strategy) == [(1, 5), (6, 10)]
    assert no_stop_time(PLAN) > strategy.race_time


def test_mandatory_stop() -> None:
    cheap = RacePlan(4, 60.0, 0.0, 99, 0.0, 30.0, min_stops=1, max_stops=1)
    assert best_strategy(cheap) == Strategy(270.0, (4,))


def test_bad_plans() -> None:
    with pytest.raises(ValueError):
        best_strategy(RacePlan(0, 60.0, 0.5, 6, 3.0, 20.0))
    with pytest.raises(ValueError):
        best_strategy(RacePlan(5, 60.0, 0.5, 6, 3.0, 20.0, min_stops=3, max_stops=2))
    with pytest.raises(ValueError):
        best_strategy(RacePlan(2, 60.0, 0.5, 6, 3.0, 20.0, min_stops=2, max_stops=2))
