"""POSIX ustar member headers (IEEE Std 1003.1-1988 "ustar" interchange format)."""

from __future__ import annotations

BLOCK = 512
NAME_LENGTH = 100
PREFIX_LENGTH = 155


def octal(value: int, width: int) -> bytes:
    """``value`` as a zero-padded octal field of ``width`` bytes ending in NUL.

    Raises ValueError for a negative value or one that does not fit the field.
    """
    if value < 0:
        raise ValueError(f"negative value {value} in a header field")
    digits = f"{value:0{width - 1}o}".encode("ascii")
    if len(digits) > width - 1:
        raise ValueError(f"{value} does not fit a {width}-byte header field")
    return digits + b"\0"


def split_path(path: str) -> tuple[bytes, bytes]:
    """The (prefix, name) fields for a member path, UTF-8 encoded.

    A path of up to 100 bytes goes in the name field alone; a longer one is split at the
    first "/" that leaves at most 155 bytes of prefix and 100 bytes of name. Raises
    ValueError for an empty or absolute path, a ".." component, a NUL character or a path
    that cannot be split.
    """
    if not path or path.startswith("/") or "\0" in path or ".." in path.split("/"):
        raise ValueError(f"unsafe member path {path!r}")
    encoded = path.encode("utf-8")
    if len(encoded) <= NAME_LENGTH:
        return b"", encoded
    parts = encoded.split(b"/")
    for cut in range(1, len(parts)):
        prefix, name = b"/".join(parts[:cut]), b"/".join(parts[cut:])
        if len(prefix) <= PREFIX_LENGTH and len(name) <= NAME_LENGTH:
            return prefix, name
    raise ValueError(f"member path too long for ustar: {path!r}")


def ustar_header(path: str, size: int, mtime: int, mode: int = 0o644) -> bytes:
    """The 512-byte header of a regular file owned by root:root (uid and gid 0, no user names)."""
    prefix, name = split_path(path)
    header = bytearray(BLOCK)
    header[0:len(name)] = name
    header[100:108] = octal(mode, 8)
    header[108:116] = octal(0, 8)
    header[116:124] = octal(0, 8)
    header[124:136] = octal(size, 12)
    header[136:148] = octal(mtime, 12)
    header[148:156] = b" " * 8
    header[156:157] = b"0"
    header[257:263] = b"ustar\0"
    header[263:265] = b"00"
    header[345:345 + len(prefix)] = prefix
    header[148:156] = f"{sum(header):06o}\0 ".encode("ascii")
    return bytes(header)
