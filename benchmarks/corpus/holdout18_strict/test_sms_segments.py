"""Strict equivalence tests for plan_campaign (never shown to wattlens)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from strict_support import assert_same
from smsgate.campaign import plan_campaign

TARGET = "smsgate/campaign.py:plan_campaign"

BASIC = list(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENSION = [("\x0c", 0x0A), ("^", 0x14), ("{", 0x28), ("}", 0x29), ("\\", 0x2F), ("[", 0x3C), ("~", 0x3D),
             ("]", 0x3E), ("|", 0x40), ("€", 0x65)]
ESCAPE = 0x1B


def extension_code(char):
    for candidate, code in EXTENSION:
        if candidate == char:
            return code
    return None


def is_gsm7(text):
    return all(char in BASIC or extension_code(char) is not None for char in text)


def char_septets(char):
    if char in BASIC:
        return [BASIC.index(char)]
    code = extension_code(char)
    if code is None:
        raise ValueError(f"{char!r} is not in the GSM 03.38 alphabet")
    return [ESCAPE, code]


def encode(text):
    septets = []
    for char in text:
        septets.extend(char_septets(char))
    return septets


def pack(septets):
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


LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}
REPLACEMENTS = [("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
                ("\u2026", "..."), ("\u00a0", " "), ("\u2022", "-"), ("\t", " ")]


def smart_replace(text):
    for original, replacement in REPLACEMENTS:
        text = text.replace(original, replacement)
    return text


def utf16_units(char):
    return 2 if ord(char) > 0xFFFF else 1


def char_cost(char, encoding):
    if encoding == "GSM-7":
        return len(char_septets(char))
    return utf16_units(char)


def split_message(text):
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


def reference(messages, price_per_segment, max_segments=6):
    rows = []
    totals = {"messages": 0, "rejected": 0, "segments": 0, "GSM-7": 0, "UCS-2": 0,
              "cost": price_per_segment * 0}
    for recipient, text in messages:
        text = smart_replace(text)
        encoding, parts = split_message(text)
        totals["messages"] += 1
        if len(parts) > max_segments:
            totals["rejected"] += 1
            rows.append({"to": recipient, "status": "rejected", "encoding": encoding, "segments": len(parts),
                         "payloads": [], "cost": price_per_segment * 0})
            continue
        if encoding == "GSM-7":
            payloads = [pack(encode(part)).hex() for part in parts]
        else:
            payloads = [part.encode("utf-16-be").hex() for part in parts]
        cost = price_per_segment * len(parts)
        totals["segments"] += len(parts)
        totals[encoding] += 1
        totals["cost"] += cost
        rows.append({"to": recipient, "status": "queued", "encoding": encoding, "segments": len(parts),
                     "payloads": payloads, "cost": cost})
    return rows, totals


P = Decimal("0.04")


def one(text, price=P, *rest):
    return ([("+44", text)], price, *rest)


TEXTS = [
    "", " ", "a", "Hi", "hellohello", "@", "\x1b", "\x0c", "€", "{}[]~|^\\", "\n", "\r\n", "line\n", "trailing   ",
    "a" * 159, "a" * 160, "a" * 161, "a" * 306, "a" * 307, "a" * 153 * 6, "a" * (153 * 6 + 1),
    "a" * 159 + "€", "a" * 158 + "€", "a" * 152 + "€" + "b" * 10, "a" * 153 + "€" * 10, "€" * 80, "€" * 81,
    "Ç", "ç", "é", "e\u0301", "É", "Δ", "Α", "Ω", "ß", "£$¥", "¡¿§¤", "ÄÖÑÜäöñüà",
    "\u2018quoted\u2019", "\u201cdouble\u201d", "en\u2013dash em\u2014dash", "wait\u2026", "nb\u00a0sp", "\u2022 item",
    "tab\there", "\u2026" * 54, "\u2026" * 53 + "a",
    "я" * 69, "я" * 70, "я" * 71, "я" * 134, "я" * 135, "Cześć, jak się masz?", "日本語のテキスト",
    "\U0001F600", "\U0001F600" * 35, "\U0001F600" * 36, "x" * 66 + "\U0001F600" + "y" * 10,
    "x" * 67 + "\U0001F600" + "y" * 10, "x" * 65 + "\U0001F600" * 3, "mixed € and ł",
    "\ud83d", "\x00", "\x7f", "ÿ",
]


CASES = [([], P), ((), P), ([], None), ([], 0), ([("+1", "x")], P, 0), ([("+1", "")], P, 0)]
CASES += [one(text) for text in TEXTS]
CASES += [
    one("a" * 400, P, 2), one("a" * 400, P, 3), one("a" * 400, P, -1), one("a" * 400, P, 1.5),
    one("a", P, None), one("a", None), one("a", 1), one("a", 2.5), one("a" * 200, 0.1), one("a", Fraction(1, 3)),
    one("a" * 200, "x"), one("a" * 200, [1]), one("a", True),
    ([("+1", "a" * 200), ("+2", "b"), ("+3", "я" * 100)], 0.1),
    ([("+1", "a" * 200), ("+2", "b"), ("+3", "я" * 100)], 0.1, 1),
    ([("+1", "hi"), ("+1", "hi"), ("+1", "hi")], P),
    ([(None, "hi"), (7, "hi"), (("a", "b"), "hi")], P),
    ([("+1", None)], P), ([("+1", 5)], P), ([("+1", b"bytes")], P), ([("+1", "ok"), ("+2", None)], P),
    ([("+1", "x", "extra")], P), ([("+1",)], P), (["ab"], P), ([None], P),
    ([["+1", "list pair"]], P),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(plan_campaign, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(plan_campaign, reference, max_segments=2, price_per_segment=3,
                messages=[("+1", "a" * 300), ("+2", "a" * 400)])


POOL = (list("abcdefghijklmnopqrstuvwxyz     ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;!?'-")
        + list("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ\"#¤%&()*+/<=>¡ÄÖÑÜ§¿äöñüà")
        + list("{}[]~|^\\€\x0c") + ["\u2019", "\u201c", "\u201d", "\u2013", "\u2026", "\u00a0", "\t"])
RARE = ["ł", "ą", "ç", "á", "я", "中", "\U0001F600", "\U0001F9B7", "e\u0301", "Ā"]


def _random_text(rng):
    length = rng.choice([0, 5, 40, 120, 155, 159, 160, 161, 200, 306, 307, 400, 700, 1000])
    length = max(0, length + rng.randint(-3, 3))
    chars = [rng.choice(POOL) for _ in range(length)]
    if chars and rng.random() < 0.3:
        for _ in range(rng.randint(1, 3)):
            chars[rng.randrange(len(chars))] = rng.choice(RARE)
    return "".join(chars)


def _random_cases():
    rng = random.Random(3038)
    prices = [Decimal("0.0395"), Decimal("0.05"), 4, 0, 0.07]
    for _ in range(160):
        messages = [(f"+4477{rng.randint(0, 99999):05d}", _random_text(rng)) for _ in range(rng.randint(0, 6))]
        yield messages, rng.choice(prices), rng.choice([1, 2, 3, 6, 6, 10])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(plan_campaign, reference, *case)


def test_large_campaign() -> None:
    rng = random.Random(11)
    messages = [(f"+4477{n:06d}", _random_text(rng)) for n in range(300)]
    assert_same(plan_campaign, reference, messages, Decimal("0.0395"), 5)
