"""Reading transmission files back, for checks before upload."""

from __future__ import annotations


def read_marc(data: bytes) -> list[dict]:
    """Records as {"leader": str, "fields": [(tag, text), ...]}; raises ValueError when broken."""
    records = []
    position = 0
    while position < len(data):
        try:
            length = int(data[position:position + 5])
        except ValueError:
            raise ValueError(f"bad record length at byte {position}") from None
        record = data[position:position + length]
        if len(record) != length or not record.endswith(b"\x1d"):
            raise ValueError(f"truncated record at byte {position}")
        leader = record[:24].decode("ascii")
        base = int(leader[12:17])
        directory = record[24:base - 1]
        fields = []
        for offset in range(0, len(directory), 12):
            entry = directory[offset:offset + 12]
            tag, size, start = entry[:3].decode("ascii"), int(entry[3:7]), int(entry[7:12])
            raw = record[base + start:base + start + size]
            if not raw.endswith(b"\x1e"):
                raise ValueError(f"field {tag} is not terminated")
            fields.append((tag, raw[:-1].decode("utf-8")))
        records.append({"leader": leader, "fields": fields})
        position += length
    return records


def subfields(text: str) -> list[tuple[str, str]]:
    """The (code, value) subfields of a data field's text."""
    return [(part[0], part[1:]) for part in text.split("\x1f")[1:] if part]
