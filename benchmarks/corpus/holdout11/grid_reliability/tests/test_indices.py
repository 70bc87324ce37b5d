import pytest

from outagestats.indices import count_events, interrupted_seconds, reliability_indices


def test_single_outage() -> None:
    result = reliability_indices([("F1", 0, 600)], {"F1": 100, "F2": 100}, 3600)
    assert result["feeders"]["F1"] == {"events": 1, "seconds": 600, "customer_seconds": 60000}
    assert result["feeders"]["F2"] == {"events": 0, "seconds": 0, "customer_seconds": 0}
    assert result["saidi"] == 5.0
    assert result["saifi"] == 0.5


def test_duplicate_reports_count_once() -> None:
    result = reliability_indices([("F", 0, 600), ("F", 300, 900), ("F", 900, 1200)], {"F": 10}, 3600)
    assert result["feeders"]["F"]["events"] == 1
    assert result["feeders"]["F"]["seconds"] == 1200


def test_separate_events() -> None:
    result = reliability_indices([("F", 0, 60), ("F", 61, 120)], {"F": 10}, 3600)
    assert result["feeders"]["F"]["events"] == 2


def test_clipped_to_period() -> None:
    result = reliability_indices([("F", -100, 100), ("F", 3500, 4000)], {"F": 1}, 3600)
    assert result["feeders"]["F"]["seconds"] == 200


def test_unknown_feeder() -> None:
    with pytest.raises(KeyError):
        reliability_indices([("X", 0, 10)], {"F": 1}, 3600)


def test_helpers() -> None:
    down = interrupted_seconds([(5, 8), (10, 11)], 100)
    assert down == {5, 6, 7, 10}
    assert count_events(down) == 2
    assert count_events(set()) == 0


def test_no_outages() -> None:
    result = reliability_indices([], {"F": 5}, 3600)
    assert result["saidi"] == 0.0 and result["saifi"] == 0.0
