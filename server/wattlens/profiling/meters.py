"""Energy meters: Intel RAPL (pyRAPL), NVIDIA NVML (pynvml), and a labelled estimate.

Every meter follows one small protocol — `begin()` before the run, `end()` after
it — and says why it is unavailable instead of reporting zero.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

ESTIMATE_WATTS_PER_THREAD = 4.0
"""CodeCarbon's fallback power for one busy hardware thread of an unknown CPU."""

RAPL_ROOT = Path("/sys/class/powercap/intel-rapl")


@dataclass(frozen=True)
class MeterReading:
    """Joules a meter saw during one window."""

    joules: float
    source: str
    method: str


class Meter(Protocol):
    """An energy meter that brackets one run."""

    name: str

    def begin(self) -> None:
        """Start a measurement window."""

    def end(self) -> MeterReading:
        """Close the window and return the energy used in it."""


class MeterUnavailable(Exception):
    """The meter cannot run here; the message says why and how to fix it."""


class RaplMeter:
    """CPU package + DRAM energy from Intel RAPL through pyRAPL."""

    name = "rapl"

    def __init__(self) -> None:
        if not RAPL_ROOT.exists():
            raise MeterUnavailable(
                f"RAPL: {RAPL_ROOT} does not exist (no Intel/AMD RAPL, or a VM that hides it)."
            )
        energy_file = next(RAPL_ROOT.glob("intel-rapl:*/energy_uj"), None)
        if energy_file is None or not os.access(energy_file, os.R_OK):
            raise MeterUnavailable(
                "RAPL: the energy counters are readable by root only since Linux 5.10; "
                "grant access with `sudo chmod o+r /sys/class/powercap/intel-rapl:*/energy_uj` "
                "(or a udev rule) and reload."
            )
        try:
            import pyRAPL

            pyRAPL.setup()
            self._measurement: Any = pyRAPL.Measurement("wattlens")
        except Exception as err:  # pyRAPL raises its own exception types
            raise MeterUnavailable(f"RAPL: pyRAPL cannot read the counters: {err}.") from err

    def begin(self) -> None:
        """Start a pyRAPL window."""
        self._measurement.begin()

    def end(self) -> MeterReading:
        """Stop the window; pyRAPL reports µJ per socket and handles counter wrap."""
        self._measurement.end()
        result = self._measurement.result
        micro = sum(result.pkg or []) + sum(result.dram or [])
        return MeterReading(micro / 1e6, "rapl", "Intel RAPL package+DRAM counters (pyRAPL)")


class NvmlMeter:
    """GPU energy from NVML's total-energy counter (Volta and newer)."""

    name = "nvml"

    def __init__(self) -> None:
        try:
            import pynvml

            pynvml.nvmlInit()
            count = pynvml.nvmlDeviceGetCount()
            self._handles = [pynvml.nvmlDeviceGetHandleByIndex(i) for i in range(count)]
            for handle in self._handles:
                pynvml.nvmlDeviceGetTotalEnergyConsumption(handle)
        except Exception as err:  # NVMLError_* subclasses, ImportError
            raise MeterUnavailable(
                f"NVML: {type(err).__name__}: {err} (no NVIDIA GPU/driver, or a pre-Volta GPU)."
            ) from err
        if not self._handles:
            raise MeterUnavailable("NVML: the driver reports no GPU.")
        self._pynvml = pynvml
        self._start: list[int] = []

    def begin(self) -> None:
        """Remember each GPU's energy counter (mJ)."""
        self._start = [self._read(h) for h in self._handles]

    def end(self) -> MeterReading:
        """Energy used by all GPUs since begin()."""
        used = sum(self._read(h) - s for h, s in zip(self._handles, self._start, strict=True))
        return MeterReading(used / 1e3, "nvml", "NVML total-energy counter, all GPUs")

    def _read(self, handle: object) -> int:
        return int(self._pynvml.nvmlDeviceGetTotalEnergyConsumption(handle))


def estimate_joules(cpu_s: float) -> MeterReading:
    """Energy estimated from CPU time, for machines without a meter."""
    joules = cpu_s * ESTIMATE_WATTS_PER_THREAD
    return MeterReading(
        joules,
        "estimated",
        f"≈ CPU time {cpu_s:.3f} s × {ESTIMATE_WATTS_PER_THREAD:.1f} W per busy thread "
        "(CodeCarbon's constant for an unknown CPU); no RAPL or NVML here",
    )


def available_meters() -> tuple[list[Meter], list[str]]:
    """The meters that work here, and for each one that does not, the reason."""
    meters: list[Meter] = []
    reasons: list[str] = []
    for kind in (RaplMeter, NvmlMeter):
        try:
            meters.append(kind())
        except MeterUnavailable as why:
            reasons.append(str(why))
    return meters, reasons
