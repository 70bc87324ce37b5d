"""Split a message into the segments of a concatenated SMS."""

from __future__ import annotations

from smsgate.gsm7 import char_septets, is_gsm7

LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}  # single message, per part of a concatenated one

# Typographic characters that word processors and CRMs slip in, with GSM-friendly stand-ins.
REPLACEMENTS = [("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
                ("\u2026", "..."), ("\u00a0", " "), ("\u2022", "-"), ("\t", " ")]


def smart_replace(text: str) -> str:
    for original, replacement in REPLACEMENTS:
        text = text.replace(original, replacement)
    return text


def utf16_units(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def char_cost(char: str, encoding: str) -> int:
    if encoding == "GSM-7":
        return len(char_septets(char))
    return utf16_units(char)


def split_message(text: str) -> tuple[str, list[str]]:
    """The encoding and the segments; escape sequences and surrogate pairs are never split."""
    encoding = "GSM-7" if is_gsm7(text) else "UCS-2"
    single, multi = LIMITS[encoding]
    if sum(char_cost(char, encoding) for char in text) <= single:
        return encoding, [text]
    parts = []
    current, used = "", 0
    for char in text:
        cost = char_cost(char, encoding)
        if used + cost > multi:
            parts.append(current)
            current, used = "", 0
        current += char
        used += cost
    parts.append(current)
    return encoding, parts
