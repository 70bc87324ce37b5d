"""Variable data structure: the fixed header and the data records of a long frame."""

from __future__ import annotations

# DIF low nibble -> length of the value in bytes (integer/binary types only)
DATA_LENGTHS = {0x0: 0, 0x1: 1, 0x2: 2, 0x3: 3, 0x4: 4, 0x6: 6, 0x7: 8}


def manufacturer_code(raw: int) -> str:
    """The three-letter FLAG manufacturer id packed into 15 bits."""
    return "".join(chr(((raw >> shift) & 0x1F) + 64) for shift in (10, 5, 0))


def scaled(raw: int, exponent: int) -> int | float:
    return raw * 10 ** exponent if exponent >= 0 else raw / 10 ** -exponent


def quantity(vif: int, raw: int) -> tuple[str, int | float]:
    """Name and value in the reporting unit for a primary VIF code."""
    code = vif & 0x7F
    n = code & 0x07
    if code <= 0x07:
        return "energy_wh", scaled(raw, n - 3)
    if 0x10 <= code <= 0x17:
        return "volume_l", scaled(raw, n - 3)
    if 0x28 <= code <= 0x2F:
        return "power_w", scaled(raw, n - 3)
    if 0x38 <= code <= 0x3F:
        return "flow_m3h", scaled(raw, n - 6)
    if 0x58 <= code <= 0x5B:
        return "flow_temp_c", scaled(raw, (n & 0x03) - 3)
    if 0x5C <= code <= 0x5F:
        return "return_temp_c", scaled(raw, (n & 0x03) - 3)
    return f"vif_{code:02x}", raw


def parse_records(payload: bytes) -> dict[str, int | float]:
    """Current values of the data records. Historic values (storage number > 0) are skipped;
    parsing stops at manufacturer-specific data, an unsupported coding or a truncated record."""
    values: dict[str, int | float] = {}
    while payload:
        dif = payload[0]
        payload = payload[1:]
        if dif == 0x2F:  # idle filler
            continue
        if dif in (0x0F, 0x1F):
            break
        historic = bool(dif & 0x40)
        extension = dif & 0x80
        while extension and payload:
            dife = payload[0]
            payload = payload[1:]
            historic = historic or bool(dife & 0x0F)
            extension = dife & 0x80
        if (dif & 0x0F) not in DATA_LENGTHS or not payload:
            break
        vif = payload[0]
        payload = payload[1:]
        extension = vif & 0x80
        while extension and payload:
            extension = payload[0] & 0x80
            payload = payload[1:]
        size = DATA_LENGTHS[dif & 0x0F]
        if len(payload) < size:
            break
        raw = int.from_bytes(payload[:size], "little", signed=True)
        payload = payload[size:]
        if not historic:
            name, value = quantity(vif, raw)
            values[name] = value
    return values


def decode_body(body: bytes) -> dict[str, object]:
    """C, A and CI fields, the 12-byte header of a CI=0x72 response, then the records."""
    header = body[3:15]
    return {
        "address": body[1],
        "meter_id": "".join(f"{byte:02x}" for byte in reversed(header[0:4])),
        "manufacturer": manufacturer_code(int.from_bytes(header[4:6], "little")),
        "version": header[6],
        "medium": header[7],
        "access": header[8],
        "status": header[9],
        "values": parse_records(body[15:]),
    }
