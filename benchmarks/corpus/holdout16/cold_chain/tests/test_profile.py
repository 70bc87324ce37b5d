import math

import pytest

from reefer.kinetics import mean_kinetic_temperature
from reefer.profile import shipment_profile


def test_mkt_of_constant_series_is_that_temperature() -> None:
    assert math.isclose(mean_kinetic_temperature([5.0, 5.0, 5.0]), 5.0, abs_tol=1e-9)


def test_mkt_weights_warm_readings() -> None:
    assert mean_kinetic_temperature([2.0, 8.0]) > 5.0


def test_mkt_needs_readings() -> None:
    with pytest.raises(ValueError):
        mean_kinetic_temperature([])


def test_running_points_and_release() -> None:
    result = shipment_profile([("t0", 4.0), ("t1", 5.0), ("t2", None), ("t3", 6.0)])
    assert [p[3] for p in result["points"]] == ["OK", "OK", "GAP", "OK"]
    assert result["points"][2][2] == result["points"][1][2]
    assert result["verdict"] == "RELEASE"
    assert result["excursions"] == []


def test_excursions_grouped_by_kind() -> None:
    readings = [("a", 5.0), ("b", 9.0), ("c", 9.5), ("d", 1.0), ("e", 5.0), ("f", 10.0)]
    result = shipment_profile(readings)
    assert result["excursions"] == [("b", "c", "HIGH", 2), ("d", "d", "LOW", 1), ("f", "f", "HIGH", 1)]


def test_long_high_excursion_quarantines() -> None:
    readings = [(str(i), 5.0) for i in range(50)] + [("x", 9.0), ("y", 9.0), ("z", 9.0)]
    assert shipment_profile(readings)["verdict"] == "QUARANTINE"


def test_no_data_and_bad_limits() -> None:
    assert shipment_profile([("t0", None)])["verdict"] == "NO DATA"
    with pytest.raises(ValueError):
        shipment_profile([], low=8.0, high=2.0)
