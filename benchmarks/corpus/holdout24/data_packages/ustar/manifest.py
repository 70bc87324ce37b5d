"""BagIt-style checksum manifests that go into every package next to the data."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def manifest(files: Sequence[tuple[str, bytes]]) -> bytes:
    """A manifest-sha256.txt: "<sha256>  <path>" per file, sorted by path, UTF-8, newline-terminated."""
    lines = [f"{hashlib.sha256(data).hexdigest()}  {path}\n" for path, data in sorted(files, key=lambda item: item[0])]
    return "".join(lines).encode("utf-8")


def with_manifest(files: Sequence[tuple[str, bytes]], root: str) -> list[tuple[str, bytes]]:
    """The files under ``root/data/`` followed by ``root/manifest-sha256.txt`` and ``root/bagit.txt``."""
    members = [(f"{root}/data/{path}", data) for path, data in files]
    return members + [(f"{root}/manifest-sha256.txt", manifest(files)),
                      (f"{root}/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")]
