"""Reading scalene 2.x JSON (the shape measured in the field notes) into shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.profiling.runner import WorkloadError
from wattlens.profiling.scalene import parse_scalene_json, python_entry


def test_functions_and_nonzero_lines_are_read(tmp_path: Path) -> None:
    module = tmp_path / "mod.py"
    module.write_text("def hot():\n    return sum(range(10))\n")
    document = {
        "files": {
            str(module): {
                "functions": [
                    {"line": "hot", "lineno": 1, "n_cpu_percent_python": 60.0,
                     "n_cpu_percent_c": 10.0, "n_sys_percent": 2.5},
                ],
                "lines": [
                    {"lineno": 1, "n_cpu_percent_python": 60.0, "n_cpu_percent_c": 10.0,
                     "n_sys_percent": 2.5, "n_peak_mb": 3.0},
                    {"lineno": 2, "n_cpu_percent_python": 0.0, "n_cpu_percent_c": 0.0,
                     "n_sys_percent": 0.0},
                ],
            },
            "<string>": {"functions": [{"line": "x", "lineno": 1}], "lines": []},
        }
    }
    profile = parse_scalene_json(document, tmp_path)
    assert [(s.name, s.line, s.cpu_percent) for s in profile.functions] == [("hot", 1, 72.5)]
    assert [(s.line, s.peak_mb) for s in profile.lines] == [(1, 3.0)]
    assert profile.functions[0].file == str(module.resolve())


def test_relative_file_names_resolve_against_the_workload_folder(tmp_path: Path) -> None:
    (tmp_path / "rel.py").write_text("def f():\n    pass\n")
    document = {"files": {"rel.py": {"functions": [{"line": "f", "lineno": 1,
                                                    "n_cpu_percent_python": 5.0}], "lines": []}}}
    assert parse_scalene_json(document, tmp_path).functions[0].file == str(tmp_path / "rel.py")


def test_a_document_without_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkloadError, match="scalene"):
        parse_scalene_json({"files": []}, tmp_path)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["python", "app.py", "-v"], ("path", "app.py", ["-v"])),
        (["python3", "-u", "-m", "shop.run", "x"], ("module", "shop.run", ["x"])),
        ([".venv/bin/python", "-X", "dev", "w.py"], ("path", "w.py", [])),
        (["python", "-W", "ignore", "-m", "pkg"], ("module", "pkg", [])),
    ],
)
def test_python_entry(argv: list[str], expected: tuple[str, str, list[str]]) -> None:
    assert python_entry(argv) == expected


@pytest.mark.parametrize("argv", [["make", "run"], ["python"], [], ["python", "-c", "print(1)"]])
def test_non_python_workloads_are_refused_with_the_accepted_form(argv: list[str]) -> None:
    with pytest.raises(WorkloadError, match="python"):
        python_entry(argv)
