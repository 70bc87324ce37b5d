"""A project as it was at a git revision, and where the working tree differs from it.

A regression check compares the working tree with a revision.  The revision's copy
starts as a copy of the working tree (so untracked inputs such as data files are
there in both) whose tracked files are then replaced by the revision's.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from wattlens.config import ConfigError
from wattlens.verify.workspace import copy_project

_GIT_TIMEOUT_S = 120
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


@dataclass(frozen=True)
class Revision:
    """A commit the user named, resolved."""

    name: str
    commit: str
    prefix: str
    """The project's folder relative to the repository's top ('' at the top)."""
    top: Path
    """The repository's top folder."""


@dataclass(frozen=True)
class ChangedFile:
    """A file that differs between the revision and the working tree, and its first changed line."""

    path: str
    """Relative to the repository's top (as code-scanning tools expect), with forward slashes."""
    line: int


def resolve_revision(project_dir: Path, ref: str) -> Revision:
    """Resolve `ref` in the repository that holds `project_dir`; ConfigError says how to fix a bad one."""
    if ref.startswith("-"):
        raise ConfigError(f"--baseline {ref!r} is not a git revision; name one such as HEAD~1 or main.")
    inside = _git(project_dir, "rev-parse", "--is-inside-work-tree", check=False)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise ConfigError(
            f"{project_dir} is not inside a git working tree, so there is no revision to compare "
            "with; run `git init` and commit a baseline, or run the check in your repository."
        )
    found = _git(project_dir, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    if found.returncode != 0:
        raise ConfigError(
            f"--baseline {ref!r} is not a commit of the repository at {project_dir}; "
            "name a branch, tag or commit (see `git log --oneline`). In a shallow CI clone, "
            "fetch the baseline first, e.g. `git fetch --depth=1 origin main`."
        )
    prefix = _git(project_dir, "rev-parse", "--show-prefix").stdout.strip()
    top = Path(_git(project_dir, "rev-parse", "--show-toplevel").stdout.strip())
    return Revision(name=ref, commit=found.stdout.strip(), prefix=prefix, top=top)


def materialize(project_dir: Path, revision: Revision, destination: Path) -> None:
    """Write the project as it is at `revision` to `destination` (which must not exist)."""
    copy_project(project_dir, destination)
    tracked = _git(project_dir, "ls-files", "-z").stdout.split("\0")
    for name in filter(None, tracked):
        (destination / name).unlink(missing_ok=True)
    tree = f"{revision.commit}:{revision.prefix}" if revision.prefix else revision.commit
    archive = subprocess.run(
        ["git", "archive", "--format=tar", tree],
        cwd=revision.top,  # in a subfolder, git archive would narrow the tree a second time
        capture_output=True,
        timeout=_GIT_TIMEOUT_S,
        check=False,
    )
    if archive.returncode != 0:
        detail = archive.stderr.decode(errors="replace").strip()
        raise ConfigError(
            f"The project folder does not exist at {revision.name} ({detail}); "
            "choose a baseline revision that has it."
        )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        # "data": no absolute paths, no links out of the folder, no device files.
        tar.extractall(destination, filter="data")


def changed_files(project_dir: Path, revision: Revision) -> list[ChangedFile]:
    """Files of the project that differ between `revision` and the working tree."""
    diff = _git(
        project_dir, "diff", "--no-color", "--no-ext-diff", "--unified=0",
        revision.commit, "--", ".",
    ).stdout
    changed: list[ChangedFile] = []
    path: str | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:].strip()
            path = name[2:] if name.startswith("b/") else None  # "/dev/null": the file was deleted
        elif path is not None and (hunk := _HUNK.match(line)):
            # A pure deletion reports the line before it (0 at the top of the file).
            changed.append(ChangedFile(path=path, line=max(int(hunk.group(1)), 1)))
            path = None  # the first hunk of each file is enough to point at it
    return changed


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, timeout=_GIT_TIMEOUT_S, check=False
        )
    except FileNotFoundError as err:
        raise ConfigError("git is not installed; install it (e.g. `apt-get install git`).") from err
    if check and done.returncode != 0:
        raise ConfigError(f"`git {' '.join(args)}` failed in {cwd}: {done.stderr.strip()}")
    return done
