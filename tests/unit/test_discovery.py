"""Choosing a workload for a project without `[tool.wattlens]`: what a user would expect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wattlens.config import ConfigError, discover_workload, module_name, resolve_project

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shop"


@pytest.fixture
def bare_shop(tmp_path: Path) -> Path:
    """The example project with its [tool.wattlens] section removed."""
    root = tmp_path / "shop"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().split("[tool.wattlens]")[0])
    return root


def test_a_file_with_a_main_block_runs_itself(bare_shop: Path) -> None:
    found = discover_workload(bare_shop, bare_shop / "workload.py")
    assert found.workload == "python workload.py"
    assert "__main__" in found.reason


def test_a_module_runs_the_tests_that_import_it(bare_shop: Path) -> None:
    found = discover_workload(bare_shop, bare_shop / "shop" / "orders.py")
    assert found.workload == "python -m pytest -q tests/test_orders.py"
    assert found.tests == found.workload
    assert "tests/test_orders.py" in found.reason
    assert "[tool.wattlens]" in found.message(bare_shop) and "workload =" in found.message(bare_shop)
    assert "[tool.wattlens]" in found.note()


def test_a_test_file_runs_itself(bare_shop: Path) -> None:
    found = discover_workload(bare_shop, bare_shop / "tests" / "test_orders.py")
    assert found.workload == "python -m pytest -q tests/test_orders.py"


def test_imports_are_recognised_in_every_common_form(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "calc.py"
    module.write_text("def f():\n    return 1\n")
    forms = {
        "test_a.py": "import pkg.calc\n",
        "test_b.py": "from pkg.calc import f\n",
        "test_c.py": "from pkg import (\n    other,\n    calc,\n)\n",
        "test_d.py": "from pkg import calculator\n",  # a different module
        "test_e.py": "import pkg.calc_extra\n",  # a different module
    }
    (tmp_path / "tests").mkdir()
    for name, body in forms.items():
        (tmp_path / "tests" / name).write_text(body)
    found = discover_workload(tmp_path, module)
    assert found.workload == "python -m pytest -q tests/test_a.py tests/test_b.py tests/test_c.py"


def test_a_script_that_imports_the_module_is_the_last_resort(tmp_path: Path) -> None:
    (tmp_path / "lib.py").write_text("def f():\n    return 1\n")
    (tmp_path / "run.py").write_text("from lib import f\n\nif __name__ == '__main__':\n    f()\n")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "test_ignored.py").write_text("import lib\n")
    found = discover_workload(tmp_path, tmp_path / "lib.py")
    assert found.workload == "python run.py"


def test_nothing_fits_says_how_to_configure(tmp_path: Path) -> None:
    (tmp_path / "alone.py").write_text("def f():\n    return 1\n")
    with pytest.raises(ConfigError, match=r"no workload.*workload = .*\[tool.wattlens\].*wattlens.workload"):
        discover_workload(tmp_path, tmp_path / "alone.py")


def test_configured_workload_wins_over_discovery(bare_shop: Path) -> None:
    project, found = resolve_project(bare_shop, bare_shop / "shop" / "orders.py", workload="python workload.py")
    assert project.workload == "python workload.py" and found is None
    project, found = resolve_project(bare_shop, bare_shop / "shop" / "orders.py")
    assert found is not None and project.workload == found.workload and project.tests == found.tests


def test_module_names_follow_src_layouts_and_packages() -> None:
    assert module_name(Path("src/pkg/mod.py")) == "pkg.mod"
    assert module_name(Path("pkg/__init__.py")) == "pkg"
    assert module_name(Path("mod.py")) == "mod"
