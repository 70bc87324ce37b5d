"""Strict equivalence tests for audit_listings (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from vinkit.vin import audit_listings
from strict_support import assert_same

TARGET = "vinkit/vin.py:audit_listings"

_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_GROUPS = ("AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")


def _transliterate(ch):
    table = {}
    for value, letters in enumerate(_GROUPS, start=1):
        for letter in letters:
            table[letter] = value
    if ch.isdigit():
        return int(ch)
    if ch not in table:
        raise ValueError(f"invalid VIN character {ch!r}")
    return table[ch]


def _check_digit(vin):
    total = sum(_transliterate(ch) * weight for ch, weight in zip(vin, _WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def reference(raw_vins):
    valid = []
    invalid = []
    duplicates = []
    for raw in raw_vins:
        vin = raw.strip().upper().replace("-", "").replace(" ", "")
        if len(vin) != 17:
            invalid.append((raw, "length"))
            continue
        try:
            expected = _check_digit(vin)
        except ValueError:
            invalid.append((raw, "character"))
            continue
        if vin[8] != expected:
            invalid.append((raw, "check digit"))
            continue
        if vin in valid:
            duplicates.append(vin)
            continue
        valid.append(vin)
    return {"valid": valid, "invalid": invalid, "duplicates": duplicates}


ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _vin(rng):
    body = "".join(rng.choices(ALPHABET, k=17))
    return body[:8] + _check_digit(body) + body[9:]


GOOD = "1M8GDM9AXKP042788"
ONES = "11111111111111111"

CASES = [
    [],
    [""],
    [" "],
    [GOOD],
    [GOOD, GOOD],
    [GOOD, GOOD.lower(), f" {GOOD} ", "1M8-GDM9A-XKP042788", "1m8 gdm9axkp 042788"],
    [ONES, GOOD, ONES],
    [GOOD + "\n"],
    [GOOD + "\t"],
    ["\n" + GOOD + "\r\n"],
    [GOOD[:-1]],
    [GOOD + "1"],
    ["1M8GDM9AXKP04278O"],
    ["1M8GDM9AXKP04278I"],
    ["1M8GDM9AXKP04278Q"],
    ["1M8GDM9A1KP042788"],
    ["1M8GDM9AxKP042788"],
    ["1M8GDM9A_KP042788"],
    ["1M8GDM9AXKP04278\u0663"],
    ["1M8GDM9AXKP04278\u00b2"],
    ["1M8GDM9AXKP0427\u00df"],
    ["1M8GDM9AXKP04278\u00e9"],
    ["\uff11M8GDM9AXKP042788"],
    ["1M8GDM9AXKP042788\u00a0"],
    ["1M8GDM9A\u2013XKP042788"],
    ["-" * 17],
    ["0" * 17, "0" * 17],
    ["X" * 17],
    ["1M8GDM9AXKP042788", "1M8GDM9AXKP04278O", "1M8GDM9AXKP042788", "SHORT", "1M8GDM9AXKP042788"],
    (GOOD, ONES),
    iter([GOOD, ONES, GOOD]),
]


def _random():
    rng = random.Random(91)
    for n in range(150):
        pool = [_vin(rng) for _ in range(rng.randint(1, 8))]
        batch = []
        for _ in range(rng.randint(0, 30)):
            vin = rng.choice(pool) if rng.random() < 0.5 else _vin(rng)
            roll = rng.random()
            if roll < 0.1:
                vin = vin[: rng.randint(0, 16)]
            elif roll < 0.2:
                i = rng.randrange(17)
                vin = vin[:i] + rng.choice("IOQ_é9٣ ") + vin[i + 1:]
            elif roll < 0.3:
                i = rng.randrange(17)
                vin = vin[:i] + rng.choice(ALPHABET) + vin[i + 1:]
            if rng.random() < 0.25:
                vin = rng.choice([" ", "-", "\n", ""]) + vin.lower() + rng.choice([" ", "\n", "", "--"])
            batch.append(vin)
        yield batch


@pytest.mark.parametrize("vins", CASES + list(_random()), ids=range(len(CASES) + 150))
def test_same_as_reference(vins) -> None:
    if not isinstance(vins, (list, tuple)):
        vins = list(vins)
    assert_same(audit_listings, reference, vins)


def test_iterator_input() -> None:
    assert audit_listings(iter([GOOD, GOOD])) == reference(iter([GOOD, GOOD]))
    assert audit_listings(x for x in [ONES, "bad"]) == reference(x for x in [ONES, "bad"])


def test_large_upload() -> None:
    rng = random.Random(5)
    pool = [_vin(rng) for _ in range(1500)]
    batch = [rng.choice(pool) if rng.random() < 0.4 else _vin(rng) for _ in range(3000)]
    batch += [v[:10] + "O" + v[11:] for v in batch[:200]]
    assert_same(audit_listings, reference, batch)


def test_non_string_raises_same_type() -> None:
    assert_same(audit_listings, reference, [GOOD, None])
    assert_same(audit_listings, reference, [GOOD, 12345678901234567])
