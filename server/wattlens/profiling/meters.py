"""Energy meters: Intel RAPL (pyRAPL), NVIDIA NVML (pynvml), and a labelled estimate.

Every meter follows one small protocol — `begin()` before the run, `end()` after
it — and returns a `MeterReading`: joules with their source, window and
uncertainty.  A meter that cannot run here says why and how to fix it
(`MeterUnavailable`) instead of reporting zero.  The estimate, used where no
meter reads the CPU, always says "≈" and the constants it used.
"""

from __future__ import annotations

import csv
import importlib
import os
import re
import statistics
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol

ESTIMATE_WATTS_PER_THREAD = 4.0
"""CodeCarbon's fallback power for one busy hardware thread of an unknown CPU."""

ESTIMATE_RELATIVE_UNCERTAINTY = 0.5
"""TDP is a design limit, not a measurement: a busy thread may draw half of its share, or its share plus turbo."""

POWERCAP_ROOT = Path("/sys/class/powercap/intel-rapl")
RAPL_ROOT = POWERCAP_ROOT
"""Where Linux exposes the RAPL counters (the same tree pyRAPL reads)."""

RAPL_UPDATE_S = 0.001
"""Intel SDM: the RAPL energy-status counters update about every millisecond."""

NVML_POWER_ACCURACY = 0.05
"""NVML docs for nvmlDeviceGetPowerUsage: accurate to ±5% of the current draw (Fermi/Kepler figure)."""

CPU_POWER_TABLE = "cpu_power.csv"
"""CodeCarbon's CPU model → TDP table, vendored in profiling/data/ (MIT; see its README)."""

Clock = Callable[[], float]


@dataclass(frozen=True)
class MeterReading:
    """Energy a meter saw (or the estimate assumed) during one window."""

    joules: float
    source: str
    method: str
    window_s: float = 0.0
    uncertainty_j: float | None = None
    unit: str = "J"

    @property
    def is_estimate(self) -> bool:
        """True when any part of the figure is estimated rather than measured."""
        return "estimated" in self.source


class Meter(Protocol):
    """An energy meter that brackets one run."""

    name: str

    def begin(self) -> None:
        """Start a measurement window."""

    def end(self) -> MeterReading:
        """Close the window and return the energy used in it."""


class MeterUnavailable(Exception):
    """The meter cannot run here; the message says why and how to fix it."""


# --------------------------------------------------------------------------- counters


def counter_delta(start: float, end: float, max_range: float) -> float:
    """Increase of a counter that wraps to zero after `max_range`, across at most one wrap."""
    if end >= start:
        return end - start
    if max_range <= 0:
        raise ValueError(f"counter went back from {start} to {end} and its wrap range is unknown")
    return max_range - start + end


class _Poller:
    """Calls `sample` every `interval_s` seconds on a daemon thread until stopped."""

    def __init__(self, interval_s: float, sample: Callable[[], None], name: str) -> None:
        self._interval_s = interval_s
        self._sample = sample
        self._name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.wait(self._interval_s):
            self._sample()


# --------------------------------------------------------------------------- RAPL


@dataclass(frozen=True)
class RaplDomain:
    """One RAPL counter: the package or the DRAM of one socket."""

    socket: int
    kind: str
    energy_path: Path
    max_range_uj: int

    @property
    def index(self) -> int:
        """Position in pyRAPL's `Sensor.energy()` list: (pkg s0, dram s0, pkg s1, dram s1, …)."""
        return self.socket * 2 + (1 if self.kind == "dram" else 0)


def rapl_domains(root: Path = POWERCAP_ROOT) -> list[RaplDomain]:
    """Package and DRAM domains under `root`, found the way pyRAPL finds them (by their `name` file)."""
    domains: list[RaplDomain] = []
    for package in sorted(root.glob("intel-rapl:*")):
        if package.name.count(":") != 1:
            continue
        found = re.fullmatch(r"package-(\d+)", _read_text(package / "name"))
        if found is None:
            continue
        socket = int(found.group(1))
        domains.append(RaplDomain(socket, "package", package / "energy_uj", _read_int(package / "max_energy_range_uj")))
        for sub in sorted(package.glob(f"{package.name}:*")):
            if _read_text(sub / "name") == "dram":
                domains.append(RaplDomain(socket, "dram", sub / "energy_uj", _read_int(sub / "max_energy_range_uj")))
    return domains


RAPL_PERMISSION_FIX = (
    "the RAPL energy counters are readable by root only since Linux 5.10 (CVE-2020-8694, PLATYPUS); "
    "fix: `sudo chmod o+r /sys/class/powercap/intel-rapl/intel-rapl:*/energy_uj "
    "/sys/class/powercap/intel-rapl/intel-rapl:*/intel-rapl:*/energy_uj` (until reboot), or for good a udev rule "
    "in /etc/udev/rules.d/70-wattlens-rapl.rules: "
    '`SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chmod o+r /sys%p/energy_uj"`, '
    "then `sudo udevadm trigger --subsystem-match=powercap`"
)


class RaplMeter:
    """CPU package + DRAM energy from Intel RAPL through pyRAPL, wrap-corrected.

    pyRAPL reads the raw µJ counters; the wrap range of each comes from
    `max_energy_range_uj`.  A background poll (every `poll_s`) keeps long
    windows correct even when a counter wraps more than once.
    """

    name = "rapl"

    def __init__(
        self,
        root: Path = POWERCAP_ROOT,
        sensor: Any = None,
        poll_s: float | None = 1.0,
        clock: Clock = time.monotonic,
        readable: Callable[[Path], bool] = lambda path: os.access(path, os.R_OK),
    ) -> None:
        if not root.exists():
            raise MeterUnavailable(
                f"RAPL: {root} does not exist (not an Intel/AMD CPU with RAPL, the `intel_rapl` module is not "
                "loaded — try `sudo modprobe intel_rapl_common` — or a VM that hides it)."
            )
        self._domains = rapl_domains(root)
        if not self._domains:
            raise MeterUnavailable(f"RAPL: {root} has no package domain; no CPU energy counter to read.")
        if not all(readable(d.energy_path) for d in self._domains):
            raise MeterUnavailable(f"RAPL: {RAPL_PERMISSION_FIX}.")
        self._sensor = sensor if sensor is not None else _pyrapl_sensor()
        self._clock = clock
        self._poller = _Poller(poll_s, self._sample, "wattlens-rapl") if poll_s else None
        self._lock = threading.Lock()
        self._last: list[float] = []
        self._total_uj = [0.0] * len(self._domains)
        self._wraps = 0
        self._t0 = 0.0

    def begin(self) -> None:
        """Remember every counter and start polling."""
        self._t0 = self._clock()
        self._last = self._read()
        self._total_uj = [0.0] * len(self._domains)
        self._wraps = 0
        if self._poller is not None:
            self._poller.start()

    def end(self) -> MeterReading:
        """Stop polling; energy of all packages and DRAM since `begin()`."""
        if self._poller is not None:
            self._poller.stop()
        self._sample()
        window = self._clock() - self._t0
        joules = sum(self._total_uj) / 1e6
        power = joules / window if window > 0 else 0.0
        kinds = "+".join(sorted({d.kind for d in self._domains}, reverse=True))
        sockets = len({d.socket for d in self._domains})
        wraps = f", {self._wraps} counter wrap(s) corrected" if self._wraps else ""
        short = (
            " — window shorter than the counter's ~1 ms update: no usable figure"
            if joules == 0 and window < 10 * RAPL_UPDATE_S
            else ""
        )
        return MeterReading(
            joules,
            "rapl",
            f"Intel RAPL {kinds} counters via pyRAPL, {sockets} socket(s), whole machine incl. other processes; "
            f"wrap range from max_energy_range_uj{wraps}; ± 2 counter updates (2 × {RAPL_UPDATE_S * 1e3:.0f} ms) "
            f"of power{short}",
            window_s=window,
            uncertainty_j=2 * RAPL_UPDATE_S * power,
        )

    def _read(self) -> list[float]:
        values = self._sensor.energy()
        return [float(values[d.index]) for d in self._domains]

    def _sample(self) -> None:
        with self._lock:
            now = self._read()
            for i, domain in enumerate(self._domains):
                if now[i] < self._last[i]:
                    self._wraps += 1
                self._total_uj[i] += counter_delta(self._last[i], now[i], domain.max_range_uj)
            self._last = now


def _pyrapl_sensor() -> Any:
    try:
        import pyRAPL
    except ImportError as err:
        raise MeterUnavailable("RAPL: pyRAPL is not installed; fix: `pip install pyRAPL`.") from err
    try:
        return pyRAPL.Sensor()
    except PermissionError as err:
        raise MeterUnavailable(f"RAPL: {RAPL_PERMISSION_FIX}.") from err
    except Exception as err:  # pyRAPL raises its own exception types (PyRAPLCantRecordEnergyConsumption, …)
        raise MeterUnavailable(f"RAPL: pyRAPL cannot read the counters ({type(err).__name__}: {err}).") from err


# --------------------------------------------------------------------------- NVML


@dataclass
class _Gpu:
    handle: Any
    name: str
    has_counter: bool
    samples: list[tuple[float, float, float | None]]
    """(time s, power W, energy counter mJ or None)."""


_NVML_FIXES = {
    "NVMLError_LibraryNotFound": "no NVIDIA driver library (libnvidia-ml.so.1): no NVIDIA GPU here, or install the "
    "NVIDIA driver",
    "NVMLError_DriverNotLoaded": "the NVIDIA driver is not loaded: `sudo modprobe nvidia`, or reinstall the driver",
    "NVMLError_NoPermission": "no permission to query the GPU: run as a user who can open /dev/nvidia*",
    "NVMLError_NotSupported": "this GPU reports neither an energy counter nor power",
}


def _nvml_reason(err: BaseException) -> str:
    kind = type(err).__name__
    return f"NVML: {_NVML_FIXES.get(kind, f'{kind}: {err}')}."


class NvmlMeter:
    """GPU energy from NVML: the total-energy counter on Volta and newer, integrated power otherwise.

    A background thread polls power (and the counter) every `poll_s`; that
    gives the counter's observed update period and a power × time figure for
    windows too short for the counter, so a short window never reads zero.
    """

    name = "nvml"

    def __init__(self, nvml: Any = None, poll_s: float | None = 0.02, clock: Clock = time.monotonic) -> None:
        if nvml is None:
            try:
                nvml = importlib.import_module("pynvml")
            except ImportError as err:
                raise MeterUnavailable(
                    "NVML: pynvml is not installed; fix: `pip install nvidia-ml-py` (needs an NVIDIA driver)."
                ) from err
        try:
            nvml.nvmlInit()
            handles = [nvml.nvmlDeviceGetHandleByIndex(i) for i in range(nvml.nvmlDeviceGetCount())]
        except Exception as err:  # NVMLError_* subclasses
            raise MeterUnavailable(_nvml_reason(err)) from err
        if not handles:
            raise MeterUnavailable("NVML: the driver reports no GPU.")
        self._nvml = nvml
        self._gpus: list[_Gpu] = []
        problems: list[str] = []
        for handle in handles:
            name = _gpu_name(nvml, handle)
            try:
                nvml.nvmlDeviceGetTotalEnergyConsumption(handle)
                has_counter = True
            except Exception:  # pre-Volta: NVMLError_NotSupported
                has_counter = False
            try:
                nvml.nvmlDeviceGetPowerUsage(handle)
            except Exception as err:
                problems.append(f"{name}: {_nvml_reason(err)}")
                continue
            self._gpus.append(_Gpu(handle, name, has_counter, []))
        if not self._gpus:
            raise MeterUnavailable("NVML: no GPU reports power. " + " ".join(problems))
        self._clock = clock
        self._poll_s = poll_s
        self._poller = _Poller(poll_s, self._sample, "wattlens-nvml") if poll_s else None
        self._lock = threading.Lock()

    @property
    def gpus(self) -> list[str]:
        """Names of the GPUs this meter reads, with their mode."""
        return [f"{g.name} ({'energy counter' if g.has_counter else 'power polling'})" for g in self._gpus]

    def begin(self) -> None:
        """Take the first sample of every GPU and start polling."""
        for gpu in self._gpus:
            gpu.samples = []
        self._sample()
        if self._poller is not None:
            self._poller.start()

    def end(self) -> MeterReading:
        """Stop polling; energy of all GPUs since `begin()` (whole GPUs, idle power and other processes included)."""
        if self._poller is not None:
            self._poller.stop()
        self._sample()
        joules = 0.0
        uncertainty = 0.0
        methods: list[str] = []
        window = 0.0
        for gpu in self._gpus:
            gpu_j, gpu_u, how = self._gpu_energy(gpu)
            joules += gpu_j
            uncertainty += gpu_u
            methods.append(f"{gpu.name}: {how}")
            window = max(window, gpu.samples[-1][0] - gpu.samples[0][0])
        poll = f"power polled every {self._poll_s * 1e3:.0f} ms" if self._poll_s else "power at the window's edges"
        return MeterReading(
            joules,
            "nvml",
            f"NVML, whole GPU incl. idle power and other processes, {poll}; " + "; ".join(methods),
            window_s=window,
            uncertainty_j=uncertainty,
        )

    def _sample(self) -> None:
        with self._lock:
            for gpu in self._gpus:
                power_w = self._nvml.nvmlDeviceGetPowerUsage(gpu.handle) / 1e3
                counter = float(self._nvml.nvmlDeviceGetTotalEnergyConsumption(gpu.handle)) if gpu.has_counter else None
                gpu.samples.append((self._clock(), power_w, counter))

    def _gpu_energy(self, gpu: _Gpu) -> tuple[float, float, str]:
        samples = gpu.samples
        window = samples[-1][0] - samples[0][0]
        integrated = sum(
            (p0 + p1) / 2 * (t1 - t0) for (t0, p0, _), (t1, p1, _) in pairwise(samples)
        )
        mean_w = integrated / window if window > 0 else samples[-1][1]
        if not gpu.has_counter:
            step = min(self._poll_s or window, window)
            return (
                integrated,
                NVML_POWER_ACCURACY * integrated + mean_w * step,
                f"≈ power (nvmlDeviceGetPowerUsage) integrated over {window:.3f} s, mean {mean_w:.1f} W, "
                f"± {NVML_POWER_ACCURACY:.0%} + one poll interval",
            )
        first, last = samples[0][2], samples[-1][2]
        assert first is not None and last is not None  # has_counter
        counted = (last - first) / 1e3
        period = _update_period(samples)
        if counted > 0 and (period is None or window >= period):
            # The counter may be up to one update stale at each edge.
            bound = period if period is not None else window
            return (
                counted,
                min(counted, mean_w * bound),
                f"energy counter (nvmlDeviceGetTotalEnergyConsumption, mJ) over {window:.3f} s, mean {mean_w:.1f} W"
                + (f", counter updates every ~{period * 1e3:.0f} ms" if period is not None else ""),
            )
        # Shorter than the counter's update period: the counter shows 0 or one whole update; use power × time.
        fallback = integrated if integrated > 0 else mean_w * window
        period_text = f"~{period * 1e3:.0f} ms" if period is not None else "unknown"
        return (
            fallback,
            max(fallback, abs(counted - fallback)),
            f"≈ window {window * 1e3:.1f} ms shorter than the energy counter's update period ({period_text}): "
            f"power × window at {mean_w:.1f} W, ± 100% (NVML power is averaged over up to 1 s)",
        )


def _update_period(samples: Sequence[tuple[float, float, float | None]]) -> float | None:
    """Median time between observed changes of the energy counter, if it changed at least twice."""
    changes = [t1 for (_, _, c0), (t1, _, c1) in pairwise(samples) if c1 != c0]
    if len(changes) < 2:
        return None
    return statistics.median(b - a for a, b in pairwise(changes))


def _gpu_name(nvml: Any, handle: Any) -> str:
    try:
        name = nvml.nvmlDeviceGetName(handle)
    except Exception:
        return "GPU"
    return name.decode() if isinstance(name, bytes) else str(name)


# --------------------------------------------------------------------------- estimate


@dataclass(frozen=True)
class CpuPowerModel:
    """The constants of the CPU-time estimate on this machine."""

    cpu_model: str
    matched: str | None
    tdp_w: float | None
    threads: int
    watts_per_thread: float
    in_vm: bool = False

    def describe(self) -> str:
        """The constants in words, with their source, for `method` and `wattlens doctor`."""
        if self.matched is None or self.tdp_w is None:
            text = (
                f"{self.watts_per_thread:.1f} W per busy thread (CodeCarbon's fallback for a CPU not in its table: "
                f"{self.cpu_model!r})"
            )
        else:
            text = (
                f"{self.watts_per_thread:.2f} W per busy thread = TDP {self.tdp_w:g} W / {self.threads} threads "
                f"({self.matched!r} in CodeCarbon's cpu_power.csv, for {self.cpu_model!r})"
            )
        if self.in_vm and self.matched is not None:
            text += "; in a VM, which sees only some of the host's threads, so the share may be too high"
        return text


def cpu_model_name(cpuinfo: str) -> str:
    """The CPU's marketing name from /proc/cpuinfo text ('' when absent)."""
    for key in ("model name", "Model", "Hardware", "cpu"):
        found = re.search(rf"^{re.escape(key)}\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        if found:
            return found.group(1).strip()
    return ""


@lru_cache(maxsize=1)
def cpu_power_table() -> dict[str, float]:
    """CodeCarbon's CPU model → TDP (W) table, vendored in profiling/data/cpu_power.csv."""
    try:
        data = resources.files("wattlens.profiling").joinpath("data")
        text = data.joinpath(CPU_POWER_TABLE).read_text(encoding="utf-8")
    except OSError:  # an install without package data: every CPU is unknown, so the 4 W fallback applies
        return {}
    table: dict[str, float] = {}
    for row in csv.DictReader(text.splitlines()):
        try:
            table[row["Name"]] = float(row["TDP"])
        except (TypeError, ValueError):  # a few old Celeron rows hold ranges such as "27.29.5"
            continue
    return table


def _tokens(text: str) -> frozenset[str]:
    # rapidfuzz's default_process: lower case, every non-alphanumeric character becomes a separator.
    return frozenset(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def match_cpu(model_raw: str, names: Iterable[str]) -> str | None:
    """The table row for a CPU name, with CodeCarbon's rules (`TDP._get_matching_cpu`, non-greedy).

    An exact (case-insensitive) match; else the same after dropping "(R)",
    " CPU", "@ 2.10GHz"; else the only row whose words are a subset of the
    name's words or a superset of them (rapidfuzz token_set_ratio == 100).
    Several such rows are a tie, and a tie matches nothing.
    """
    by_lower = {name.lower(): name for name in names}
    if model_raw.lower() in by_lower:
        return by_lower[model_raw.lower()]
    cleaned = model_raw.replace("(R)", "")
    cut = cleaned.find(" CPU @ ")
    if cut > 0:
        cleaned = cleaned[:cut]
    cleaned = re.sub(r" @\s*\d+\.\d+GHz", "", cleaned.replace(" CPU", ""))
    if cleaned.lower() in by_lower:
        return by_lower[cleaned.lower()]
    wanted = _tokens(cleaned)
    if not wanted:
        return None
    hits = [name for lower, name in by_lower.items() if _subset_either_way(wanted, _tokens(lower))]
    return hits[0] if len(hits) == 1 else None


def _subset_either_way(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) and (a <= b or b <= a)


def cpu_power_model(cpuinfo: str | None = None, threads: int | None = None) -> CpuPowerModel:
    """Per-thread watts for this machine: TDP / threads from CodeCarbon's table, or its 4 W fallback."""
    if cpuinfo is None:
        return _this_machine()
    model = cpu_model_name(cpuinfo) or "unknown CPU"
    count = threads or len(re.findall(r"^processor\s*:", cpuinfo, re.MULTILINE)) or os.cpu_count() or 1
    in_vm = bool(re.search(r"^flags\s*:.*\bhypervisor\b", cpuinfo, re.MULTILINE))
    table = cpu_power_table()
    matched = match_cpu(model, table)
    if matched is None:
        return CpuPowerModel(model, None, None, count, ESTIMATE_WATTS_PER_THREAD, in_vm)
    tdp = table[matched]
    return CpuPowerModel(model, matched, tdp, count, tdp / count, in_vm)


@lru_cache(maxsize=1)
def _this_machine() -> CpuPowerModel:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        import platform

        cpuinfo = f"model name : {platform.processor()}\n"
    return cpu_power_model(cpuinfo)


def estimate_joules(cpu_s: float, window_s: float = 0.0, model: CpuPowerModel | None = None) -> MeterReading:
    """Energy estimated from the CPU time of the workload's process tree, for a CPU no meter reads."""
    model = model or cpu_power_model()
    joules = cpu_s * model.watts_per_thread
    return MeterReading(
        joules,
        "estimated",
        f"≈ CPU time {cpu_s:.3f} s × {model.describe()}; ± {ESTIMATE_RELATIVE_UNCERTAINTY:.0%}; "
        "no readable RAPL counter for the CPU",
        window_s=window_s,
        uncertainty_j=joules * ESTIMATE_RELATIVE_UNCERTAINTY,
    )


def combine_readings(readings: Sequence[MeterReading], cpu_s: float, window_s: float) -> MeterReading:
    """One figure for a run: the meters' readings, plus the CPU estimate when no meter read the CPU.

    A reading of zero joules (a window too short for its counter) is dropped.
    The source names every part, e.g. `rapl+nvml`, `nvml+estimated`, `estimated`.
    """
    parts = [r for r in readings if r.joules > 0]
    if not any(r.source == "rapl" for r in parts):
        parts.append(estimate_joules(cpu_s, window_s))
    order = {"rapl": 0, "nvml": 1, "estimated": 2}
    parts.sort(key=lambda r: order.get(r.source, 3))
    return MeterReading(
        sum(r.joules for r in parts),
        "+".join(r.source for r in parts),
        "; ".join(r.method for r in parts),
        window_s=max([window_s, *(r.window_s for r in parts)]),
        uncertainty_j=sum(r.uncertainty_j or 0.0 for r in parts),
    )


# --------------------------------------------------------------------------- discovery


def probe_meters() -> tuple[list[Meter], dict[str, str]]:
    """The meters that work here, and for each one that does not (by name), why and the fix."""
    meters: list[Meter] = []
    reasons: dict[str, str] = {}
    kinds: list[tuple[str, Callable[[], Meter]]] = [("rapl", RaplMeter), ("nvml", NvmlMeter)]
    for name, kind in kinds:
        try:
            meters.append(kind())
        except MeterUnavailable as why:
            reasons[name] = str(why)
    return meters, reasons


def available_meters() -> tuple[list[Meter], list[str]]:
    """The meters that work here, and for each one that does not, the reason."""
    meters, reasons = probe_meters()
    return meters, list(reasons.values())


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _read_int(path: Path) -> int:
    text = _read_text(path)
    return int(text) if text.isdigit() else 0
