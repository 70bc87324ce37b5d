"""Read Intel HEX (I8HEX, I16HEX and I32HEX) text into a flat firmware image."""

from __future__ import annotations

from hexload.image import FirmwareImage


def load_image(text: str, fill: int = 0xFF) -> FirmwareImage:
    """Parse an Intel HEX file into one flat image.

    Blank lines are skipped and everything after the end-of-file record is ignored. Data
    records are placed at their full address (extended segment and extended linear address
    records set the upper part); the image starts at the lowest data address, gaps are filled
    with ``fill`` and a record that overlaps earlier data overwrites it. The start address
    comes from the last start segment (CS:IP) or start linear address record.

    Raises ``ValueError`` for a line that is not a valid record (missing ``:``, bad hex, wrong
    length, checksum mismatch, unknown record type) or when the end-of-file record is missing.
    """
    records: list[tuple[int, bytes]] = []
    upper = 0
    start: int | None = None
    finished = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith(":"):
            raise ValueError(f"line {number}: a record starts with ':'")
        try:
            record = bytes.fromhex(line[1:])
        except ValueError:
            raise ValueError(f"line {number}: not hexadecimal") from None
        if len(record) < 5 or len(record) != record[0] + 5:
            raise ValueError(f"line {number}: the byte count does not match the record")
        if sum(record) & 0xFF:
            raise ValueError(f"line {number}: checksum mismatch")
        address, kind, payload = (record[1] << 8) | record[2], record[3], record[4:-1]
        if kind == 0x00:
            records.append((upper + address, payload))
        elif kind == 0x01:
            finished = True
            break
        elif kind == 0x02:
            upper = int.from_bytes(payload, "big") << 4
        elif kind == 0x04:
            upper = int.from_bytes(payload, "big") << 16
        elif kind == 0x03:
            start = (int.from_bytes(payload[:2], "big") << 4) + int.from_bytes(payload[2:], "big")
        elif kind == 0x05:
            start = int.from_bytes(payload, "big")
        else:
            raise ValueError(f"line {number}: unknown record type {kind:#04x}")
    if not finished:
        raise ValueError("missing end-of-file record")
    if not records:
        return FirmwareImage(0, b"", start)

    base = min(address for address, _ in records)
    filler = bytes([fill])
    image = b""
    for address, payload in records:
        offset = address - base
        if offset > len(image):
            image += filler * (offset - len(image))
        image = image[:offset] + payload + image[offset + len(payload):]
    return FirmwareImage(base, image, start)
