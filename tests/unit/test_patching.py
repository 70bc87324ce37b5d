"""Unified-diff parsing, scope checks and strict application to a project copy."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from wattlens.verify.patching import PatchError, apply_patches, check_scope, parse_diff

PATCHES = Path(__file__).resolve().parent.parent / "fixtures" / "patches"

SIMPLE = "\n".join(
    [
        "--- a/pkg/mod.py",
        "+++ b/pkg/mod.py",
        "@@ -1,3 +1,3 @@",
        " def f(x):",
        "-    return x + 1",
        "+    return x + 2",
        " ",
        "",
    ]
)


def _project(tmp_path: Path, text: str = "def f(x):\n    return x + 1\n\n") -> Path:
    root = tmp_path / "project"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text(text)
    return root


def test_parse_reads_paths_and_hunks() -> None:
    [patch] = parse_diff(SIMPLE)
    assert patch.old_path == patch.new_path == patch.path == "pkg/mod.py"
    [hunk] = patch.hunks
    assert hunk.old_start == 1
    assert hunk.old_lines == ("def f(x):", "    return x + 1", "")
    assert hunk.new_lines == ("def f(x):", "    return x + 2", "")


def test_parse_refuses_text_that_is_not_a_diff() -> None:
    with pytest.raises(PatchError, match="not a unified diff"):
        parse_diff("def f(): pass\n")


def test_parse_refuses_a_truncated_hunk() -> None:
    truncated = SIMPLE.replace("@@ -1,3 +1,3 @@", "@@ -1,5 +1,5 @@")
    with pytest.raises(PatchError, match="truncated or malformed"):
        parse_diff(truncated)


def test_parse_refuses_renames_and_binary_changes() -> None:
    with pytest.raises(PatchError, match="renames"):
        parse_diff("diff --git a/x.py b/y.py\nrename from x.py\nrename to y.py\n")
    with pytest.raises(PatchError, match="binary"):
        parse_diff("diff --git a/x.bin b/x.bin\nBinary files a/x.bin and b/x.bin differ\n")


@pytest.mark.parametrize(
    "path",
    ["../outside.py", "/etc/passwd", "pkg/../../outside.py", "~/x.py"],
)
def test_scope_refuses_paths_outside_the_project(path: str) -> None:
    diff = SIMPLE.replace("a/pkg/mod.py", path).replace("b/pkg/mod.py", path)
    with pytest.raises(PatchError, match="outside the project"):
        check_scope(parse_diff(diff))


@pytest.mark.parametrize(
    "path",
    [
        "tests/test_orders.py",
        "tests/helpers.py",
        "pkg/test_mod.py",
        "pkg/mod_test.py",
        "conftest.py",
        "pyproject.toml",
        "pytest.ini",
    ],
)
def test_scope_refuses_tests_and_test_configuration(path: str) -> None:
    diff = SIMPLE.replace("pkg/mod.py", path)
    with pytest.raises(PatchError, match="test"):
        check_scope(parse_diff(diff))


def test_scope_refuses_git_metadata() -> None:
    with pytest.raises(PatchError, match="git metadata"):
        check_scope(parse_diff(SIMPLE.replace("pkg/mod.py", ".git/config")))


def test_scope_accepts_code_under_test() -> None:
    check_scope(parse_diff(SIMPLE))


def test_apply_changes_the_copy(tmp_path: Path) -> None:
    root = _project(tmp_path)
    written = apply_patches(parse_diff(SIMPLE), root)
    assert written == [root.resolve() / "pkg" / "mod.py"]
    assert (root / "pkg" / "mod.py").read_text() == "def f(x):\n    return x + 2\n\n"


def test_apply_tolerates_drifted_line_numbers(tmp_path: Path) -> None:
    root = _project(tmp_path, "import os\nimport sys\n\ndef f(x):\n    return x + 1\n\n")
    apply_patches(parse_diff(SIMPLE), root)
    assert (root / "pkg" / "mod.py").read_text().endswith("def f(x):\n    return x + 2\n\n")


def test_apply_refuses_a_context_mismatch(tmp_path: Path) -> None:
    root = _project(tmp_path, "def f(x):\n    return x - 1\n\n")
    with pytest.raises(PatchError, match=r"does not apply to pkg/mod\.py"):
        apply_patches(parse_diff(SIMPLE), root)


def test_apply_refuses_a_missing_file(tmp_path: Path) -> None:
    root = _project(tmp_path)
    with pytest.raises(PatchError, match="not in the project"):
        apply_patches(parse_diff(SIMPLE.replace("pkg/mod.py", "pkg/other.py")), root)


def test_apply_refuses_to_write_through_a_symlink_out_of_the_project(tmp_path: Path) -> None:
    root = _project(tmp_path)
    outside = tmp_path / "outside.py"
    outside.write_text("def f(x):\n    return x + 1\n\n")
    (root / "pkg" / "link.py").symlink_to(outside)
    with pytest.raises(PatchError, match="symbolic link"):
        apply_patches(parse_diff(SIMPLE.replace("pkg/mod.py", "pkg/link.py")), root)
    assert outside.read_text() == "def f(x):\n    return x + 1\n\n"


def test_apply_creates_and_deletes_files(tmp_path: Path) -> None:
    root = _project(tmp_path)
    create = "--- /dev/null\n+++ b/pkg/new.py\n@@ -0,0 +1,1 @@\n+X = 1\n"
    apply_patches(parse_diff(create), root)
    assert (root / "pkg" / "new.py").read_text() == "X = 1\n"
    delete = "--- a/pkg/new.py\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-X = 1\n"
    apply_patches(parse_diff(delete), root)
    assert not (root / "pkg" / "new.py").exists()


def test_apply_keeps_a_missing_final_newline(tmp_path: Path) -> None:
    root = _project(tmp_path, "A = 1\nB = 2")
    diff = (
        "--- a/pkg/mod.py\n+++ b/pkg/mod.py\n@@ -1,2 +1,2 @@\n A = 1\n-B = 2\n"
        "\\ No newline at end of file\n+B = 3\n\\ No newline at end of file\n"
    )
    apply_patches(parse_diff(diff), root)
    assert (root / "pkg" / "mod.py").read_text() == "A = 1\nB = 3"


@pytest.mark.parametrize("fixture", sorted(p.name for p in PATCHES.glob("*.diff")))
def test_fixture_patches_apply_to_the_example_like_git_does(fixture: str, tmp_path: Path) -> None:
    """The fixture diffs must match examples/shop as it is now; git agrees with our applier."""
    diff = (PATCHES / fixture).read_text()
    ours = shutil.copytree(EXAMPLE, tmp_path / "ours")
    theirs = shutil.copytree(EXAMPLE, tmp_path / "theirs")
    patches = parse_diff(diff)
    check_scope(patches)
    written = apply_patches(patches, ours)
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "apply", "-"], cwd=theirs, input=diff, text=True, check=True)
    for path in written:
        relative = path.relative_to(ours.resolve())
        assert path.read_text() == (theirs / relative).read_text()


def test_differently_named_originals_patch_the_file_that_exists(tmp_path: Path) -> None:
    from wattlens.verify.patching import FilePatch, resolve_paths

    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text("x = 1\n")
    hunks = parse_diff("--- a/pkg/m.py\n+++ b/pkg/m.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n")[0].hunks
    cases = {
        ("/tmp/m.py.orig", "pkg/m.py"): ("pkg/m.py", "pkg/m.py"),  # diff -u /tmp/old new
        ("pkg/m.py", "pkg/m.py.new"): ("pkg/m.py", "pkg/m.py"),  # diff -u file file.new
        ("../m.py", "elsewhere/m.py"): ("../m.py", "elsewhere/m.py"),  # neither: left for check_scope
        (None, "pkg/new.py"): (None, "pkg/new.py"),  # a creation stays one
    }
    for (old, new), expected in cases.items():
        (patch,) = resolve_paths([FilePatch(old, new, hunks)], tmp_path)
        assert (patch.old_path, patch.new_path) == expected
