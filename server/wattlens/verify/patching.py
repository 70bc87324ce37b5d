"""Unified diffs: parsing, deciding what a candidate may touch, applying to a copy.

The applier is deliberately strict (context must match exactly; only the line
numbers may drift), because a patch that applies "roughly" is not the patch a
user reviewed.  It never writes outside the folder it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_HUNK_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_NO_NEWLINE = "\\ No newline at end of file"

# Files whose change could make failing tests pass without fixing the code.
_TEST_CONFIG_FILES = frozenset(
    {"conftest.py", "pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml", "noxfile.py"}
)
_TEST_FOLDERS = frozenset({"tests", "test", "testing"})


class PatchError(ValueError):
    """The diff cannot be used; the message is one sentence for the user."""


@dataclass(frozen=True)
class Hunk:
    """One `@@` block: the old lines it expects and the new lines it writes."""

    old_start: int
    old_lines: tuple[str, ...]
    new_lines: tuple[str, ...]
    old_ends_without_newline: bool = False
    new_ends_without_newline: bool = False


@dataclass(frozen=True)
class FilePatch:
    """The changes to one file; a path is None for a created or deleted file."""

    old_path: str | None
    new_path: str | None
    hunks: tuple[Hunk, ...]

    @property
    def path(self) -> str:
        """The project-relative path this patch writes (or deletes)."""
        path = self.new_path or self.old_path
        assert path is not None  # parse_diff never yields a patch without either
        return path


def parse_diff(diff: str) -> list[FilePatch]:
    """Parse a unified diff (as `git diff` or `diff -u` writes it) into file patches."""
    lines = diff.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    patches: list[FilePatch] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(("rename from ", "rename to ", "copy from ", "copy to ")):
            raise PatchError("the patch renames or copies files, which candidates may not do")
        if line.startswith("GIT binary patch") or (
            line.startswith("Binary files ") and line.endswith(" differ")
        ):
            raise PatchError("the patch changes a binary file, which candidates may not do")
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old_path = _header_path(line[4:])
            new_path = _header_path(lines[i + 1][4:])
            if old_path is None and new_path is None:
                raise PatchError("the patch has a file header with no file name")
            i += 2
            hunks: list[Hunk] = []
            while i < len(lines) and lines[i].startswith("@@"):
                hunk, i = _parse_hunk(lines, i)
                hunks.append(hunk)
            if not hunks:
                raise PatchError(
                    f"the patch for {new_path or old_path} has no changes (no @@ hunk)"
                )
            patches.append(FilePatch(old_path, new_path, tuple(hunks)))
            continue
        i += 1
    if not patches:
        raise PatchError("the text is not a unified diff (no `--- a/FILE` / `+++ b/FILE` header)")
    return patches


def resolve_paths(patches: list[FilePatch], root: Path) -> list[FilePatch]:
    """Settle which file a patch changes when its two header names differ, as `patch` does.

    `diff -u orders.py.orig orders.py` or `diff -u /tmp/old.py shop/orders.py` name
    the original under another name; the file to change is the one of the two names
    that exists in the project (the new name first).  Creations and deletions keep
    their /dev/null side.
    """
    resolved = []
    for patch in patches:
        old, new = patch.old_path, patch.new_path
        if old is not None and new is not None and old != new:
            existing = [name for name in (new, old) if _existing_inside(root, name)]
            if existing:
                patch = FilePatch(existing[0], existing[0], patch.hunks)
        resolved.append(patch)
    return resolved


def _existing_inside(root: Path, name: str) -> bool:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts:
        return False
    return (root / name).is_file()


def check_scope(patches: list[FilePatch]) -> None:
    """Refuse patches that leave the project or touch its tests or test configuration."""
    for patch in patches:
        for path in (patch.old_path, patch.new_path):
            if path is None:
                continue
            pure = PurePosixPath(path)
            if pure.is_absolute() or ".." in pure.parts or path.startswith("~"):
                raise PatchError(f"the patch writes outside the project ({path})")
            if pure.parts and pure.parts[0] == ".git":
                raise PatchError(f"the patch changes git metadata ({path})")
            if _is_test_file(pure):
                raise PatchError(
                    f"the patch changes {path}, a test or test-configuration file; "
                    "candidates may change only the code under test"
                )


def apply_patches(patches: list[FilePatch], root: Path) -> list[Path]:
    """Apply the patches to the files under `root`; returns the files written.

    Raises `PatchError` (and may leave `root` partly patched: it is a throw-away
    copy) when a hunk's context is not found.
    """
    root = root.resolve()
    written: list[Path] = []
    for patch in patches:
        target = _inside(root, patch.path)
        if patch.old_path is None:
            if target.exists():
                raise PatchError(f"the patch creates {patch.path}, which already exists")
            old_text = ""
        else:
            source = _inside(root, patch.old_path)
            if not source.is_file():
                raise PatchError(f"the patch changes {patch.old_path}, which is not in the project")
            old_text = source.read_text(encoding="utf-8")
        new_text = apply_hunks(old_text, patch.hunks, patch.path)
        if patch.new_path is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(new_text, encoding="utf-8", newline="")
        written.append(target)
    return written


def apply_hunks(text: str, hunks: tuple[Hunk, ...], name: str) -> str:
    """The text with the hunks applied; context must match, line numbers may drift."""
    lines = text.splitlines(keepends=True)
    stripped = [ln.rstrip("\n") for ln in lines]
    result: list[str] = []
    cursor = 0  # first old line not yet copied
    drift = 0
    for number, hunk in enumerate(hunks, start=1):
        # A pure insertion's start names the line it follows, not the first one it replaces.
        base = max(hunk.old_start - 1, 0) if hunk.old_lines else hunk.old_start
        at = _find(stripped, hunk.old_lines, base + drift, cursor)
        if at is None:
            raise PatchError(
                f"the patch does not apply to {name}: hunk {number} (near line "
                f"{hunk.old_start}) does not match the file's current text"
            )
        result.extend(lines[cursor:at])
        result.extend(_with_newlines(hunk.new_lines, hunk.new_ends_without_newline))
        cursor = at + len(hunk.old_lines)
        drift = at - base
        if hunk.new_ends_without_newline and cursor < len(lines):
            raise PatchError(f"the patch for {name} ends the file early (no newline mid-file)")
    result.extend(lines[cursor:])
    return "".join(result)


def _with_newlines(new_lines: tuple[str, ...], last_without_newline: bool) -> list[str]:
    out = [line + "\n" for line in new_lines]
    if out and last_without_newline:
        out[-1] = out[-1][:-1]
    return out


def _find(stripped: list[str], old: tuple[str, ...], expected: int, floor: int) -> int | None:
    """Where `old` occurs, nearest to `expected` first, never before `floor`."""
    if not old:
        return min(max(expected, floor), len(stripped))
    limit = len(stripped) - len(old)
    for distance in range(0, len(stripped) + 1):
        for at in (expected - distance, expected + distance):
            if floor <= at <= limit and tuple(stripped[at : at + len(old)]) == old:
                return at
        if expected - distance < floor and expected + distance > limit:
            break
    return None


def _parse_hunk(lines: list[str], i: int) -> tuple[Hunk, int]:
    match = _HUNK_HEADER.match(lines[i])
    if match is None:
        raise PatchError(f"the patch has a malformed hunk header: {lines[i][:60]!r}")
    old_start = int(match.group(1))
    old_count = int(match.group(2)) if match.group(2) is not None else 1
    new_count = int(match.group(4)) if match.group(4) is not None else 1
    old: list[str] = []
    new: list[str] = []
    old_no_nl = new_no_nl = False
    last_kind = " "
    i += 1
    while i < len(lines) and (len(old) < old_count or len(new) < new_count):
        line = lines[i]
        kind, body = (line[0], line[1:]) if line else (" ", "")  # editors trim blank context
        if kind == " ":
            old.append(body)
            new.append(body)
        elif kind == "-":
            old.append(body)
        elif kind == "+":
            new.append(body)
        elif line.startswith("\\"):
            old_no_nl, new_no_nl = _mark_no_newline(last_kind, old_no_nl, new_no_nl)
            i += 1
            continue
        else:
            break
        last_kind = kind
        i += 1
    # A "\ No newline" marker may follow the hunk's last counted line.
    if i < len(lines) and lines[i].startswith("\\"):
        old_no_nl, new_no_nl = _mark_no_newline(last_kind, old_no_nl, new_no_nl)
        i += 1
    if len(old) != old_count or len(new) != new_count:
        raise PatchError(
            f"the patch is truncated or malformed: a hunk near line {old_start} promises "
            f"{old_count} old and {new_count} new lines but has {len(old)} and {len(new)}"
        )
    return Hunk(old_start, tuple(old), tuple(new), old_no_nl, new_no_nl), i


def _mark_no_newline(last_kind: str, old_no_nl: bool, new_no_nl: bool) -> tuple[bool, bool]:
    if last_kind == "-":
        return True, new_no_nl
    if last_kind == "+":
        return old_no_nl, True
    return True, True


def _header_path(raw: str) -> str | None:
    name = raw.split("\t", 1)[0].strip()
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1]
    if name == "/dev/null":
        return None
    if name.startswith(("a/", "b/")):
        name = name[2:]
    if not name:
        raise PatchError("the patch has a file header with no file name")
    return name


def _is_test_file(path: PurePosixPath) -> bool:
    name = path.name
    if name in _TEST_CONFIG_FILES:
        return True
    if name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py")):
        return True
    return any(part in _TEST_FOLDERS for part in path.parts[:-1])


def _inside(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would resolve outside `root`."""
    candidate = root / relative
    if candidate.is_symlink():
        raise PatchError(f"the patch writes through a symbolic link ({relative})")
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root):
        raise PatchError(f"the patch writes outside the project ({relative})")
    return resolved
