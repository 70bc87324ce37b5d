"""Reading py-spy speedscope documents and summing samples per line and function."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.models import EnergyMeasurement
from wattlens.profiling.profiler import _own_frames, _tally
from wattlens.profiling.pyspy import Frame, Sample, parse_speedscope
from wattlens.profiling.runner import WorkloadError

MODULE = '''\
def outer(xs):
    total = 0
    for x in xs:
        total += inner(x)
    return total


def inner(x):
    return x * x
'''

ENERGY = EnergyMeasurement(
    joules=10.0, source="estimated", method="test", window_s=1.0, co2e_g=0.001, grid_g_per_kwh=475
)


def _document(file: str) -> dict[str, object]:
    frames = [
        {"name": "<module>", "file": file, "line": 12},
        {"name": "outer", "file": file, "line": 4},
        {"name": "inner", "file": file, "line": 9},
        {"name": "0x7f00", "file": "/usr/lib/libc.so.6", "line": 0},
        {"name": "_find_and_load", "file": "<frozen importlib._bootstrap>", "line": 1176},
    ]
    return {
        "shared": {"frames": frames},
        "profiles": [
            {"samples": [[0, 1, 2], [0, 1, 2], [0, 1, 2, 3], [0, 1]], "weights": [0.01] * 4},
            {"samples": [[0, 4], [3]], "weights": [0.01, 0.01]},
        ],
    }


@pytest.fixture
def module(tmp_path: Path) -> Path:
    path = tmp_path / "mod.py"
    path.write_text(MODULE + "\n\nouter(range(10))\n")
    return path


def test_speedscope_frames_are_read_root_first(module: Path) -> None:
    samples = parse_speedscope(_document(str(module)), module.parent)
    assert len(samples) == 6
    assert [f.name for f in samples[2].stack] == ["<module>", "outer", "inner", "0x7f00"]
    assert samples[2].in_native and samples[2].leaf_python() == Frame(str(module), 9, "inner")


def test_relative_files_resolve_against_the_workload_folder(tmp_path: Path) -> None:
    document = {"shared": {"frames": [{"name": "f", "file": "pkg/m.py", "line": 3}]},
                "profiles": [{"samples": [[0]], "weights": [0.01]}]}
    [sample] = parse_speedscope(document, tmp_path)
    assert sample.stack[0].file == str(tmp_path / "pkg" / "m.py")


def test_a_document_without_frames_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkloadError, match="py-spy"):
        parse_speedscope({"profiles": []}, tmp_path)


def test_leaf_lines_and_self_time_per_function(module: Path) -> None:
    tally = _tally(parse_speedscope(_document(str(module)), module.parent))
    lines = tally.lines(ENERGY, native_split=True)
    # 6 samples: 3 on inner's line 9 (one in C), 1 on outer's line 4, one in a frozen
    # module and one native-only stack: both count in the total but name no line.
    assert [(ln.line, ln.cpu_percent, ln.samples) for ln in lines] == [(9, 50.0, 3), (4, 16.67, 1)]
    assert lines[0].native_percent == 16.67 and lines[0].source == "py-spy"
    functions = tally.functions(ENERGY, native_split=True)
    assert [(f.name, f.line, f.end_line, f.cpu_percent) for f in functions] == [
        ("inner", 8, 9, 50.0), ("outer", 1, 5, 16.67),
    ]  # fmt: skip
    assert functions[1].inclusive_percent == 66.67  # outer is on the stack of 4 of 6 samples
    assert functions[0].energy_j == pytest.approx(5.0)


def test_module_level_lines_count_but_name_no_function(module: Path) -> None:
    samples = [Sample((Frame(str(module), 12, "<module>"),), 0.01)]
    tally = _tally(samples)
    assert [ln.line for ln in tally.lines(ENERGY, native_split=False)] == [12]
    assert tally.functions(ENERGY, native_split=False) == []


def test_profiler_frames_are_cut_from_both_ends() -> None:
    frames = [
        Frame("/x/scalene/scalene_profiler.py", 10, "main"),
        Frame("/tmp/x/wattlens_launch.py", 9, "<module>"),
        Frame("<frozen runpy>", 20, "run_path"),
        Frame("/x/scalene/replacement_exec.py", 120, "exec"),
        Frame("/p/app.py", 5, "work"),
        Frame("/x/scalene/scalene_profiler.py", 30, "cpu_signal_handler"),
        Frame("/usr/lib/python3.11/signal.py", 40, "handler"),
    ]
    kept = _own_frames(frames, ("/x/scalene",))
    assert [f.name for f in kept] == ["work"]
