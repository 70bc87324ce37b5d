"""The per-project profile cache: newer saves win, stale files are noticed."""

from __future__ import annotations

from pathlib import Path

from wattlens.lsp.profiles import ProfileCache
from wattlens.models import EnergyMeasurement, FunctionProfile, Profile


def _profile(file: Path) -> Profile:
    energy = EnergyMeasurement(joules=1, source="estimated", method="m", window_s=1, co2e_g=0,
                               grid_g_per_kwh=475)
    function = FunctionProfile(file=str(file.resolve()), name="f", line=1, end_line=2,
                               cpu_percent=90, energy_j=0.9, co2e_g=0)
    return Profile(command=["python"], cwd=".", elapsed_s=1, cpu_s=1, energy=energy, profiler="t",
                   functions=[function], lines=[])


def test_a_newer_job_cancels_and_replaces_the_older(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    pass\n")
    cache = ProfileCache()
    old = cache.start_job(tmp_path)
    new = cache.start_job(tmp_path)
    assert old.cancelled.is_set() and not new.cancelled.is_set()
    assert cache.finish(tmp_path, old, _profile(module)) is False
    assert cache.get(tmp_path) is None
    assert cache.finish(tmp_path, new, _profile(module)) is True
    assert cache.get(tmp_path) is not None


def test_profile_goes_stale_when_the_text_changes(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    pass\n")
    cache = ProfileCache()
    job = cache.start_job(tmp_path)
    cache.finish(tmp_path, job, _profile(module))
    entry = cache.get(tmp_path)
    assert entry is not None
    assert not entry.is_stale(module, "def f():\n    pass\n")
    assert entry.is_stale(module, "def f():\n    return 1\n")
    assert not entry.is_stale(tmp_path / "other.py", "anything")
