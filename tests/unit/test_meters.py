"""Meters with fake pyRAPL sensors and a fake pynvml: wrap, short windows, permissions, missing libraries."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from wattlens.profiling import meters
from wattlens.profiling.meters import (
    ESTIMATE_WATTS_PER_THREAD,
    MeterReading,
    MeterUnavailable,
    NvmlMeter,
    RaplMeter,
    combine_readings,
    counter_delta,
    cpu_power_model,
    cpu_power_table,
    estimate_joules,
    match_cpu,
    rapl_domains,
)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def fake_powercap(root: Path, max_uj: int = 262143328850) -> Path:
    """A sysfs tree like a one-socket Intel machine: package-0 with a dram subdomain."""
    pkg = root / "intel-rapl:0"
    dram = pkg / "intel-rapl:0:0"
    core = pkg / "intel-rapl:0:1"
    for path, name in ((pkg, "package-0"), (dram, "dram"), (core, "core")):
        path.mkdir(parents=True)
        (path / "name").write_text(name + "\n")
        (path / "energy_uj").write_text("0\n")
        (path / "max_energy_range_uj").write_text(f"{max_uj}\n")
    (root / "intel-rapl:1").mkdir()
    (root / "intel-rapl:1" / "name").write_text("psys\n")
    return root


class FakeSensor:
    """pyRAPL.Sensor's energy(): (pkg s0, dram s0) in µJ, raw counters."""

    def __init__(self, *values: tuple[float, float]) -> None:
        self.values = list(values)

    def energy(self) -> list[float]:
        return list(self.values.pop(0))


def test_counter_delta_handles_one_wrap() -> None:
    assert counter_delta(10, 25, 100) == 15
    assert counter_delta(90, 5, 100) == 15
    with pytest.raises(ValueError):
        counter_delta(90, 5, 0)


def test_rapl_domains_follow_pyrapl_layout(tmp_path: Path) -> None:
    domains = rapl_domains(fake_powercap(tmp_path, max_uj=1000))
    assert [(d.socket, d.kind, d.index, d.max_range_uj) for d in domains] == [
        (0, "package", 0, 1000),
        (0, "dram", 1, 1000),
    ]


def test_rapl_reading_corrects_a_wrapped_package_counter(tmp_path: Path) -> None:
    clock = Clock()
    sensor = FakeSensor((900_000.0, 100.0), (50_000.0, 300.0))
    meter = RaplMeter(fake_powercap(tmp_path, max_uj=1_000_000), sensor=sensor, poll_s=None, clock=clock)
    meter.begin()
    clock.now += 2.0
    reading = meter.end()
    assert reading.joules == pytest.approx((150_000 + 200) / 1e6)
    assert reading.source == "rapl" and reading.unit == "J"
    assert reading.window_s == pytest.approx(2.0)
    assert reading.uncertainty_j is not None and 0 < reading.uncertainty_j < reading.joules
    assert "1 counter wrap(s) corrected" in reading.method and "max_energy_range_uj" in reading.method


def test_rapl_poll_catches_more_than_one_wrap(tmp_path: Path) -> None:
    # Three reads (begin, one poll, end) see two wraps of a 1000 µJ counter.
    sensor = FakeSensor((900.0, 0.0), (500.0, 0.0), (100.0, 0.0))
    meter = RaplMeter(fake_powercap(tmp_path, max_uj=1000), sensor=sensor, poll_s=None, clock=Clock())
    meter.begin()
    meter._sample()  # what the poll thread does
    assert meter.end().joules == pytest.approx((600 + 600) / 1e6)


def test_rapl_without_powercap_says_so(tmp_path: Path) -> None:
    with pytest.raises(MeterUnavailable, match="does not exist"):
        RaplMeter(tmp_path / "absent")


def test_rapl_unreadable_counter_explains_root_only_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(MeterUnavailable) as err:
        RaplMeter(fake_powercap(tmp_path), readable=lambda _path: False)
    text = str(err.value)
    assert "Linux 5.10" in text and "chmod o+r" in text and "udev" in text


def test_rapl_without_pyrapl_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyRAPL", None)
    with pytest.raises(MeterUnavailable, match="pip install pyRAPL"):
        RaplMeter(fake_powercap(tmp_path))


def test_rapl_permission_error_from_pyrapl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setitem(sys.modules, "pyRAPL", types.SimpleNamespace(Sensor=refuse))
    with pytest.raises(MeterUnavailable, match=r"Linux 5\.10"):
        RaplMeter(fake_powercap(tmp_path))


# --------------------------------------------------------------------------- NVML


class NVMLError(Exception):
    pass


class NVMLError_LibraryNotFound(NVMLError):  # pynvml's name
    pass


class NVMLError_NotSupported(NVMLError):
    pass


class FakeNvml:
    """pynvml's calls for one GPU: power in mW, energy counter in mJ (None: pre-Volta)."""

    def __init__(self, clock: Clock, power_mw: float = 250_000, counter: bool = True, period_s: float = 0.1) -> None:
        self.clock = clock
        self.power_mw = power_mw
        self.counter = counter
        self.period_s = period_s
        self.init_error: Exception | None = None

    def nvmlInit(self) -> None:
        if self.init_error:
            raise self.init_error

    def nvmlDeviceGetCount(self) -> int:
        return 1

    def nvmlDeviceGetHandleByIndex(self, i: int) -> object:
        return ("gpu", i)

    def nvmlDeviceGetName(self, _h: object) -> bytes:
        return b"NVIDIA H100 80GB HBM3"

    def nvmlDeviceGetPowerUsage(self, _h: object) -> float:
        return self.power_mw

    def nvmlDeviceGetTotalEnergyConsumption(self, _h: object) -> int:
        if not self.counter:
            raise NVMLError_NotSupported("Not Supported")
        # The counter only moves every period_s: it reads the energy at the last update.
        updated = int(self.clock.now / self.period_s) * self.period_s
        return int(updated * self.power_mw)  # mW × s = mJ


def run_window(meter: NvmlMeter, clock: Clock, window_s: float, polls: int = 0) -> MeterReading:
    meter.begin()
    for _ in range(polls):
        clock.now += window_s / (polls + 1)
        meter._sample()  # what the poll thread does
    clock.now += window_s - (window_s / (polls + 1)) * polls
    return meter.end()


def test_nvml_counter_gives_joules_over_a_long_window() -> None:
    clock = Clock()
    meter = NvmlMeter(FakeNvml(clock), poll_s=None, clock=clock)
    reading = run_window(meter, clock, 2.0, polls=39)
    assert reading.source == "nvml"
    assert reading.joules == pytest.approx(500.0, rel=0.06)  # 250 W × 2 s, to one counter update
    assert reading.uncertainty_j is not None and reading.uncertainty_j <= 250 * 0.1 + 1e-6
    assert "energy counter" in reading.method and "~100 ms" in reading.method


def test_nvml_short_window_never_reads_zero() -> None:
    clock = Clock()
    clock.now = 100.01  # just after an update: the counter will not move in 30 ms
    meter = NvmlMeter(FakeNvml(clock), poll_s=None, clock=clock)
    reading = run_window(meter, clock, 0.03)
    assert reading.joules == pytest.approx(250 * 0.03)
    assert reading.uncertainty_j is not None and reading.uncertainty_j >= reading.joules
    assert "shorter than the energy counter's update period" in reading.method and "≈" in reading.method


def test_nvml_without_counter_integrates_polled_power() -> None:
    clock = Clock()
    meter = NvmlMeter(FakeNvml(clock, power_mw=100_000, counter=False), poll_s=None, clock=clock)
    reading = run_window(meter, clock, 1.0, polls=9)
    assert reading.joules == pytest.approx(100.0)
    assert reading.uncertainty_j is not None and reading.uncertainty_j > 0.05 * 100
    assert "power polling" in meter.gpus[0] and "integrated" in reading.method


def test_nvml_poll_thread_runs_for_real() -> None:
    nvml = FakeNvml(Clock())
    meter = NvmlMeter(nvml, poll_s=0.001)  # real clock, real thread
    meter.begin()
    nvml.clock.now += 1
    import time

    time.sleep(0.02)
    reading = meter.end()
    assert reading.joules > 0 and reading.window_s > 0.015


def test_nvml_missing_library_and_driver_say_why() -> None:
    nvml = FakeNvml(Clock())
    nvml.init_error = NVMLError_LibraryNotFound()
    with pytest.raises(MeterUnavailable, match="no NVIDIA GPU here"):
        NvmlMeter(nvml)


def test_nvml_without_pynvml_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)
    with pytest.raises(MeterUnavailable, match="nvidia-ml-py"):
        NvmlMeter()


# --------------------------------------------------------------------------- estimate


CPUINFO = "processor\t: {i}\nmodel name\t: {name}\nflags\t\t: fpu sse2{vm}\n\n"


def cpuinfo(name: str, threads: int, vm: bool = False) -> str:
    return "".join(CPUINFO.format(i=i, name=name, vm=" hypervisor" if vm else "") for i in range(threads))


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("Intel(R) Xeon(R) Platinum 8480+", "Intel Xeon Platinum 8480+"),
        ("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "Intel Xeon Platinum 8375C"),
        ("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", "Intel Xeon E5-2680 v4"),
        ("Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz", "Intel Core i7-8650U"),
        ("13th Gen Intel(R) Core(TM) i9-13900K", "Intel Core i9-13900K"),
        ("AMD EPYC 7763 64-Core Processor", "AMD EPYC 7763"),
        ("AMD Ryzen 9 5950X 16-Core Processor", "AMD Ryzen 9 5950X"),
        ("Apple M1", "Apple M1"),
        ("Intel(R) Xeon(R) Processor", None),  # this build machine: a VM naming no model
        ("Totally Unknown CPU 9000", None),
    ],
)
def test_tdp_lookup_matches_codecarbon_rules(name: str, row: str | None) -> None:
    assert match_cpu(name, cpu_power_table()) == row


def test_per_thread_watts_is_tdp_over_threads() -> None:
    model = cpu_power_model(cpuinfo("AMD EPYC 7763 64-Core Processor", 128))
    assert model.tdp_w == 280.0 and model.threads == 128
    assert model.watts_per_thread == pytest.approx(280 / 128)
    reading = estimate_joules(10.0, 12.0, model)
    assert reading.joules == pytest.approx(10 * 280 / 128)
    assert reading.source == "estimated" and reading.window_s == 12.0
    assert reading.uncertainty_j == pytest.approx(reading.joules / 2)
    assert reading.method.startswith("≈") and "TDP 280 W / 128 threads" in reading.method


def test_unknown_cpu_uses_codecarbons_4_w_per_thread() -> None:
    model = cpu_power_model(cpuinfo("Intel(R) Xeon(R) Processor", 2, vm=True))
    assert model.matched is None and model.watts_per_thread == ESTIMATE_WATTS_PER_THREAD == 4.0
    assert model.in_vm
    assert "fallback" in estimate_joules(1.0, model=model).method


def test_vm_note_appears_with_a_matched_tdp() -> None:
    model = cpu_power_model(cpuinfo("Intel(R) Xeon(R) Platinum 8480+", 4, vm=True))
    assert "VM" in model.describe()


def test_this_machine_has_a_model() -> None:
    model = cpu_power_model()
    assert model.threads >= 1 and model.watts_per_thread > 0


def test_combine_adds_the_cpu_estimate_when_only_the_gpu_is_measured() -> None:
    gpu = MeterReading(100.0, "nvml", "m", window_s=2.0, uncertainty_j=5.0)
    model = cpu_power_model(cpuinfo("Unknown", 2))
    combined = combine_readings([gpu], cpu_s=1.0, window_s=2.0)
    assert combined.source == "nvml+estimated"
    assert combined.joules == pytest.approx(100 + 1.0 * meters.cpu_power_model().watts_per_thread)
    assert combined.uncertainty_j is not None and combined.uncertainty_j > 5.0
    assert model.watts_per_thread == 4.0


def test_combine_drops_zero_readings_and_keeps_rapl_alone() -> None:
    rapl = MeterReading(30.0, "rapl", "r", 1.0, 0.1)
    zero = MeterReading(0.0, "nvml", "n", 1.0, None)
    combined = combine_readings([zero, rapl], cpu_s=1.0, window_s=1.0)
    assert (combined.source, combined.joules) == ("rapl", 30.0)
    assert combine_readings([], cpu_s=1.0, window_s=1.0).source == "estimated"


