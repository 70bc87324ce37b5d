"""Which requirements a project brings into the sandbox."""

from __future__ import annotations

from pathlib import Path

from wattlens.verify.dependencies import project_requirements


def test_declared_and_imported_requirements(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\ndependencies = ["numpy>=1.26", "pytest>=7"]\n'
        '[project.optional-dependencies]\ntest = ["hypothesis"]\ndocs = ["sphinx"]\n'
    )
    (tmp_path / "requirements.txt").write_text("# pinned\nrequests==2.32.3  # http\n-r other.txt\n")
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "core.py").write_text(
        "import json, os\nimport numpy as np\nfrom sklearn.cluster import KMeans\nimport yaml\n"
        "from . import helpers\nfrom app import helpers as h\nimport helpers2\n"
    )
    (package / "helpers.py").write_text("")
    (tmp_path / "helpers2.py").write_text("import pandas\n")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "x.py").write_text("import should_not_count\n")

    found = project_requirements(tmp_path)
    assert found.declared == ["numpy>=1.26", "hypothesis", "requests==2.32.3"]
    assert found.imported == ["pandas", "scikit-learn", "pyyaml"]


def test_a_pinned_pytest_is_installed_a_bare_one_is_not(tmp_path: Path) -> None:
    (tmp_path / "requirements-dev.txt").write_text("pytest>=8.0\npluggy\n")
    assert project_requirements(tmp_path).declared == ["pytest>=8.0"]


def test_a_project_of_the_standard_library_needs_nothing(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("import collections\nimport pytest\n")
    assert not project_requirements(tmp_path)
