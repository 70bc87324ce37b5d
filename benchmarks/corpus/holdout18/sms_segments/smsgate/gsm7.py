"""The GSM 03.38 default alphabet and its extension table, and 7-bit packing."""

from __future__ import annotations

# Basic character set, in code order 0x00-0x7F (0x1B is the escape to the extension table).
BASIC = list(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: characters sent as ESC followed by this code.
EXTENSION = [("\x0c", 0x0A), ("^", 0x14), ("{", 0x28), ("}", 0x29), ("\\", 0x2F), ("[", 0x3C), ("~", 0x3D),
             ("]", 0x3E), ("|", 0x40), ("€", 0x65)]
ESCAPE = 0x1B


def extension_code(char: str) -> int | None:
    for candidate, code in EXTENSION:
        if candidate == char:
            return code
    return None


def is_gsm7(text: str) -> bool:
    """True when every character can be sent in the GSM 7-bit alphabet."""
    return all(char in BASIC or extension_code(char) is not None for char in text)


def char_septets(char: str) -> list[int]:
    """The septets for one character: one for the basic set, two for the extension table."""
    if char in BASIC:
        return [BASIC.index(char)]
    code = extension_code(char)
    if code is None:
        raise ValueError(f"{char!r} is not in the GSM 03.38 alphabet")
    return [ESCAPE, code]


def encode(text: str) -> list[int]:
    septets: list[int] = []
    for char in text:
        septets.extend(char_septets(char))
    return septets


def pack(septets: list[int]) -> bytes:
    """Pack septets into octets, least significant bits first (3GPP TS 23.038, 6.1.2.1)."""
    packed = bytearray()
    buffer = bits = 0
    for septet in septets:
        buffer |= (septet & 0x7F) << bits
        bits += 7
        while bits >= 8:
            packed.append(buffer & 0xFF)
            buffer >>= 8
            bits -= 8
    if bits:
        packed.append(buffer)
    return bytes(packed)
