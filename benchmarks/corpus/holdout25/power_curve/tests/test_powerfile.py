import pytest

from powerfile.curve import mean_max_power, normalised_power, season_best
from powerfile.ride import Sample, one_hertz_watts, parse_ride


def test_parse_ride_and_fill_gaps() -> None:
    samples = parse_ride("second,watts,heart_rate\n0,150,120\n1,160,\n4,200,125\n")
    assert samples == [Sample(0, 150, 120), Sample(1, 160, None), Sample(4, 200, 125)]
    assert one_hertz_watts(samples) == [150, 160, 0, 0, 200]
    assert one_hertz_watts([]) == []
    with pytest.raises(ValueError):
        parse_ride("second,watts,heart_rate\n0,150\n")


def test_mean_max_power() -> None:
    watts = [100, 300, 200, 400, 0, 250]
    assert mean_max_power(watts, [1, 2, 3, 6, 10]) == {1: 400.0, 2: 300.0, 3: 300.0, 6: 208.3}
    assert mean_max_power([], [1]) == {}
    with pytest.raises(ValueError):
        mean_max_power(watts, [0])


def test_standard_durations() -> None:
    curve = mean_max_power([250] * 90)
    assert curve == {1: 250.0, 5: 250.0, 15: 250.0, 30: 250.0, 60: 250.0}


def test_normalised_power() -> None:
    assert normalised_power([200] * 120) == 200.0
    assert normalised_power([400, 0] * 60) == 200.0
    assert normalised_power([300] * 10) == 0.0
    assert normalised_power([100] * 60 + [300] * 60) > 200.0


def test_season_best() -> None:
    assert season_best([{60: 300.0, 1: 900.0}, {60: 320.0, 300: 280.0}]) == {1: 900.0, 60: 320.0, 300: 280.0}
