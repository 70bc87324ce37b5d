"""Project settings from pyproject.toml, with errors that say how to fix them."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.config import ConfigError, find_project_root, load_project, resolve_project, split_command


def _pyproject(root: Path, body: str) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(body, encoding="utf-8")


def test_reads_tool_section_and_flags_override(tmp_path: Path) -> None:
    _pyproject(tmp_path, '[tool.wattlens]\nworkload = "python w.py"\ntests = "pytest"\n')
    project = load_project(tmp_path)
    assert (project.workload, project.tests) == ("python w.py", "pytest")
    assert load_project(tmp_path, workload="python other.py").workload == "python other.py"


def test_missing_workload_says_where_to_configure_it(tmp_path: Path) -> None:
    _pyproject(tmp_path, "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"\[tool.wattlens\].*--workload"):
        load_project(tmp_path).require_workload()
    with pytest.raises(ConfigError, match="--tests"):
        load_project(tmp_path).require_tests()


def test_unknown_key_and_wrong_type_are_named(tmp_path: Path) -> None:
    _pyproject(tmp_path, '[tool.wattlens]\nworklaod = "python w.py"\n')
    with pytest.raises(ConfigError, match=r"worklaod.*known keys"):
        load_project(tmp_path)
    _pyproject(tmp_path, "[tool.wattlens]\nworkload = 3\n")
    with pytest.raises(ConfigError, match="workload"):
        load_project(tmp_path)


def test_broken_toml_is_reported_with_its_file(tmp_path: Path) -> None:
    _pyproject(tmp_path, "[tool.wattlens\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml"):
        load_project(tmp_path)


def test_project_root_is_the_nearest_wattlens_pyproject(tmp_path: Path) -> None:
    _pyproject(tmp_path, '[tool.wattlens]\nworkload = "python w.py"\n')
    _pyproject(tmp_path / "pkg", "[project]\nname = 'inner'\n")
    module = tmp_path / "pkg" / "mod.py"
    module.write_text("x = 1\n")
    assert find_project_root(module) == tmp_path.resolve()


def test_project_root_falls_back_to_the_file_folder(tmp_path: Path) -> None:
    module = tmp_path / "lonely.py"
    module.write_text("x = 1\n")
    assert find_project_root(module) == tmp_path.resolve()


def test_split_command_is_shell_like_and_rejects_garbage() -> None:
    assert split_command("python -m shop.run 'a b'") == ["python", "-m", "shop.run", "a b"]
    with pytest.raises(ConfigError, match="Cannot parse"):
        split_command("python 'unterminated")
    with pytest.raises(ConfigError, match="empty"):
        split_command("   ")


def test_configured_workload_is_used_as_is_and_discovery_fills_a_missing_one(tmp_path: Path) -> None:
    _pyproject(tmp_path, '[tool.wattlens]\nworkload = "python w.py"\n')
    module = tmp_path / "m.py"
    module.write_text("if __name__ == '__main__':\n    pass\n")
    assert resolve_project(tmp_path, module) == (load_project(tmp_path), None)
    _pyproject(tmp_path, "[project]\nname = 'x'\n")
    project, found = resolve_project(tmp_path, module)
    assert found is not None and project.workload == "python m.py" and project.tests is None
    with pytest.raises(ConfigError, match="--tests"):
        project.require_tests()
