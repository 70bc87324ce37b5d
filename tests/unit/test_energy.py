"""Energy labels, the estimate's constants, CO2e, and meters on a machine without them."""

from __future__ import annotations

import math

from wattlens.models import EnergyMeasurement
from wattlens.profiling.carbon import WORLD_AVERAGE_G_PER_KWH, co2e_grams
from wattlens.profiling.meters import ESTIMATE_WATTS_PER_THREAD, available_meters, estimate_joules


def test_co2e_is_joules_over_3_6_megajoules_times_intensity() -> None:
    assert math.isclose(co2e_grams(3.6e6), WORLD_AVERAGE_G_PER_KWH)
    assert math.isclose(co2e_grams(3600, 100), 0.1)


def test_estimate_states_its_constants() -> None:
    reading = estimate_joules(2.5)
    assert reading.joules == 2.5 * ESTIMATE_WATTS_PER_THREAD
    assert reading.source == "estimated"
    assert "2.500 s" in reading.method and f"{ESTIMATE_WATTS_PER_THREAD:.1f} W" in reading.method


def test_labels_mark_estimates_and_name_meters() -> None:
    def measurement(source: str) -> EnergyMeasurement:
        return EnergyMeasurement(joules=1, source=source, method="m", window_s=1,  # type: ignore[arg-type]
                                 co2e_g=0, grid_g_per_kwh=475)

    assert measurement("estimated").label == "≈ estimated"
    assert measurement("rapl").label == "rapl"


def test_every_unavailable_meter_says_why() -> None:
    meters, reasons = available_meters()
    assert len(meters) + len(reasons) == 2
    for reason in reasons:
        assert len(reason) > 20, reason
