"""Write flat images as Intel HEX (I32HEX), as the build server publishes them."""

from __future__ import annotations

from hexload.image import FirmwareImage


def _record(kind: int, address: int, payload: bytes) -> str:
    body = bytes([len(payload), (address >> 8) & 0xFF, address & 0xFF, kind]) + payload
    return ":" + (body + bytes([-sum(body) & 0xFF])).hex().upper()


def dump_image(image: FirmwareImage, record_size: int = 16) -> str:
    """Intel HEX text for ``image``: data records of ``record_size`` bytes, extended linear address
    records whenever the upper 16 bits change, the start address if any, and the end-of-file record."""
    if not 1 <= record_size <= 255:
        raise ValueError("record size must be 1-255 bytes")
    lines: list[str] = []
    upper = None
    for offset in range(0, len(image.data), record_size):
        address = image.base_address + offset
        chunk = image.data[offset:offset + record_size]
        if (address + len(chunk) - 1) >> 16 != address >> 16:  # split at a 64 KiB boundary
            cut = 0x10000 - (address & 0xFFFF)
            pieces = [(address, chunk[:cut]), (address + cut, chunk[cut:])]
        else:
            pieces = [(address, chunk)]
        for piece_address, piece in pieces:
            if piece_address >> 16 != upper:
                upper = piece_address >> 16
                lines.append(_record(0x04, 0, upper.to_bytes(2, "big")))
            lines.append(_record(0x00, piece_address & 0xFFFF, piece))
    if image.start_address is not None:
        lines.append(_record(0x05, 0, image.start_address.to_bytes(4, "big")))
    lines.append(_record(0x01, 0, b""))
    return "\n".join(lines) + "\n"
