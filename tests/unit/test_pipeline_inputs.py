"""The pipeline's input checks and the atomic write used by `--apply`."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.config import ConfigError
from wattlens.pipeline import parse_target, write_atomically


def test_parse_target_accepts_relative_and_absolute(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "m.py"
    module.write_text("def f():\n    pass\n")
    assert parse_target("pkg/m.py:f", tmp_path) == (Path("pkg/m.py"), "f")
    assert parse_target(f"{module}:C.f", tmp_path) == (Path("pkg/m.py"), "C.f")


@pytest.mark.parametrize("spec", ["pkg/m.py", ":f", "pkg/m.py:", "pkg/missing.py:f"])
def test_parse_target_rejects_malformed_specs_with_the_expected_form(tmp_path: Path, spec: str) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text("x = 1\n")
    with pytest.raises(ConfigError, match=r"FILE:QUALNAME|not a file"):
        parse_target(spec, tmp_path)


def test_parse_target_refuses_files_outside_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text("def f():\n    pass\n")
    (tmp_path / "project").mkdir()
    with pytest.raises(ConfigError, match="outside the project"):
        parse_target(f"{outside}:f", tmp_path / "project")


def test_write_atomically_keeps_a_backup_and_the_mode(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("old\n")
    module.chmod(0o640)
    backup = write_atomically(module, "new\n")
    assert module.read_text() == "new\n" and backup.read_text() == "old\n"
    assert module.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.py", "m.py.wattlens.bak"]
