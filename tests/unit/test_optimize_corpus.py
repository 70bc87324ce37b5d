"""The optimize corpora are sound (the development corpus and the held-out ones): on the
original code, every project's own tests and its strict equivalence tests pass, and every
project is set up as wattlens expects."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from benchmarks.generators import CORPORA, CorpusFunction, copy_project, corpus, run_strict_tests

MINIMUM_SIZE = {"optimize": 15, "holdout": 8, "holdout2": 10, "holdout3": 10, "holdout4": 10, "holdout5": 10,
                "holdout6": 10, "holdout7": 10, "holdout8": 10, "holdout9": 10, "holdout10": 10, "holdout11": 10,
                "holdout12": 10, "holdout13": 10, "holdout14": 10,
                "holdout15": 10, "holdout16": 10, "holdout17": 10, "holdout18": 10, "holdout19": 10, "holdout20": 10,
                "holdout21": 10, "holdout22": 10, "holdout23": 10, "holdout24": 10, "holdout25": 10,
                "holdout26": 10, "holdout27": 10, "holdout28": 10, "holdout29": 10,
                "holdout30": 10, "holdout31": 10, "holdout32": 10, "holdout33": 10, "holdout34": 10}
FUNCTIONS = [function for which in CORPORA for function in corpus(which=which)]


def _id(function: CorpusFunction) -> str:
    return f"{function.project.parent.name}/{function.name}"


@pytest.mark.parametrize("which", list(CORPORA))
def test_the_corpus_is_big_enough(which: str) -> None:
    assert len(corpus(which=which)) >= MINIMUM_SIZE[which]


def test_package_names_differ() -> None:
    packages = [f.target.split("/")[0] for f in FUNCTIONS]
    assert len(set(packages)) == len(packages), "package names must differ, across corpora too"


@pytest.mark.parametrize("which", list(CORPORA))
def test_every_strict_test_file_belongs_to_a_project(which: str) -> None:
    projects_folder, strict_folder = CORPORA[which]
    projects = {p.name for p in projects_folder.iterdir() if p.is_dir()}
    strict = {p.stem.removeprefix("test_") for p in strict_folder.glob("test_*.py")}
    assert strict == projects


@pytest.mark.parametrize("function", FUNCTIONS, ids=_id)
def test_project_structure(function: CorpusFunction) -> None:
    settings = tomllib.loads((function.project / "pyproject.toml").read_text(encoding="utf-8"))
    assert settings["tool"]["wattlens"] == {"workload": "python workload.py", "tests": "python -m pytest -q tests"}
    assert (function.project / "workload.py").is_file()
    assert list((function.project / "tests").glob("test_*.py"))
    file, qualname = function.target.split(":")
    module = ast.parse((function.project / file).read_text(encoding="utf-8"))
    scope: list[ast.stmt] = module.body
    for part in qualname.split("."):
        found = [n for n in scope if isinstance(n, ast.FunctionDef | ast.ClassDef) and n.name == part]
        assert found, f"{qualname} is not defined in {file}"
        scope = found[0].body
    assert not (function.project / ".git").exists()


@pytest.mark.parametrize("function", FUNCTIONS, ids=_id)
def test_own_and_strict_tests_pass_on_the_original(function: CorpusFunction, tmp_path: Path) -> None:
    project = copy_project(function, tmp_path / "project")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    own = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert own.returncode == 0, own.stdout + own.stderr
    strict = run_strict_tests(function, project)
    assert strict.passed, strict.summary + "\n" + strict.failures
