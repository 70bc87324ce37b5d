"""Whole archives, written in memory and uploaded to the repository's deposit API."""

from __future__ import annotations

from collections.abc import Sequence

from ustar.header import BLOCK, ustar_header


def pack(files: Sequence[tuple[str, bytes]], mtime: int = 0) -> bytes:
    """A ustar archive of ``files``, (path, content) pairs, with the members in the given order.

    Every member is a regular file with mode 0644 and the given modification time, its
    content padded with NULs to a whole number of 512-byte blocks; the archive ends with two
    zero blocks. Raises ValueError for a path given twice or one that ustar_header rejects.
    """
    archive = b""
    seen: set[str] = set()
    for path, data in files:
        if path in seen:
            raise ValueError(f"duplicate member {path!r}")
        seen.add(path)
        archive += ustar_header(path, len(data), mtime)
        archive += data
        archive += b"\0" * (-len(data) % BLOCK)
    archive += b"\0" * (2 * BLOCK)
    return archive
