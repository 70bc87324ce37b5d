"""Throw-away copies of the user's project, and their packing for the sandbox."""

from __future__ import annotations

import io
import shutil
import tarfile
from pathlib import Path

# Environments, caches and VCS data: large, machine-specific, never part of a run.
_SKIPPED = (
    ".git",
    ".venv",
    "__pycache__",
    "node_modules",
    ".wattlens",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".tox",
    "*.pyc",
)


def copy_project(project_dir: Path, destination: Path) -> None:
    """Copy the project to `destination` (which must not exist), skipping caches and VCS data.

    Symbolic links are copied as links, so nothing outside the project is read.
    """
    shutil.copytree(
        project_dir,
        destination,
        symlinks=True,
        ignore=shutil.ignore_patterns(*_SKIPPED),
    )


def pack_tree(
    entries: dict[str, Path], extra_files: dict[str, tuple[bytes, int]], owner_uid: int
) -> bytes:
    """A tar archive for `put_archive`: folders (owned by `owner_uid`, so the sandbox
    user may write in its copy) plus root-owned files given as (content, mode)."""
    buffer = io.BytesIO()

    def owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = owner_uid
        info.uname = info.gname = ""
        return info

    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, folder in entries.items():
            archive.add(str(folder), arcname=name, recursive=True, filter=owned)
        for name, (content, mode) in extra_files.items():
            parts = name.split("/")
            for depth in range(1, len(parts)):
                folder_name = "/".join(parts[:depth])
                if folder_name not in archive.getnames():
                    folder_info = tarfile.TarInfo(folder_name)
                    folder_info.type = tarfile.DIRTYPE
                    folder_info.mode = 0o755
                    archive.addfile(folder_info)
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = mode
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()
