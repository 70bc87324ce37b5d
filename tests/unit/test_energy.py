"""Energy labels, the estimate's constants, CO2e, and meters on a machine without them."""

from __future__ import annotations

import math

from wattlens.models import EnergyMeasurement
from wattlens.profiling.carbon import WORLD_AVERAGE_G_PER_KWH, co2e_grams
from wattlens.profiling.meters import (
    ESTIMATE_WATTS_PER_THREAD,
    CpuPowerModel,
    available_meters,
    estimate_joules,
)


def test_co2e_is_joules_over_3_6_megajoules_times_intensity() -> None:
    assert math.isclose(co2e_grams(3.6e6), WORLD_AVERAGE_G_PER_KWH)
    assert math.isclose(co2e_grams(3600, 100), 0.1)


def test_estimate_states_its_constants() -> None:
    unknown = CpuPowerModel("Some CPU", None, None, 2, ESTIMATE_WATTS_PER_THREAD)
    reading = estimate_joules(2.5, model=unknown)
    assert reading.joules == 2.5 * ESTIMATE_WATTS_PER_THREAD
    assert reading.source == "estimated" and reading.unit == "J"
    assert reading.method.startswith("≈")
    assert "2.500 s" in reading.method and f"{ESTIMATE_WATTS_PER_THREAD:.1f} W" in reading.method
    assert reading.uncertainty_j == reading.joules / 2


def test_labels_mark_estimates_and_name_meters() -> None:
    def measurement(source: str) -> EnergyMeasurement:
        return EnergyMeasurement(joules=1, source=source, method="m", window_s=1,  # type: ignore[arg-type]
                                 co2e_g=0, grid_g_per_kwh=475)

    assert measurement("estimated").label == "≈ estimated"
    assert measurement("nvml+estimated").label == "≈ nvml+estimated"
    assert measurement("rapl").label == "rapl"
    assert measurement("rapl").unit == "J"


def test_every_unavailable_meter_says_why() -> None:
    meters, reasons = available_meters()
    assert len(meters) + len(reasons) == 2
    for reason in reasons:
        assert len(reason) > 20, reason


def test_doctor_explains_every_meter_the_estimate_and_the_grid() -> None:
    from wattlens.doctor import energy_checks

    checks = {c.part: c for c in energy_checks()}
    assert {"meter:rapl", "meter:nvml", "estimate", "grid"} <= set(checks)
    for name in ("meter:rapl", "meter:nvml"):
        assert checks[name].ok or len(checks[name].detail) > 20
    assert "W per busy thread" in checks["estimate"].detail
    assert "--grid-region" in checks["grid"].detail
