"""A firmware image as the programmer writes it: one contiguous block of bytes at a base address."""

from __future__ import annotations

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class FirmwareImage:
    """Flat image: the bytes from ``base_address`` upwards, and the entry point when the file gives one."""

    base_address: int
    data: bytes
    start_address: int | None = None

    @property
    def end_address(self) -> int:
        """The first address after the image."""
        return self.base_address + len(self.data)


def crc32(image: FirmwareImage) -> str:
    """The CRC-32 the station prints on the traveller sheet, as eight upper-case hex digits."""
    return f"{zlib.crc32(image.data):08X}"
