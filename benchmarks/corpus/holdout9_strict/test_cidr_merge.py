"""Strict equivalence tests for aggregate (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from ipblocks.aggregate import aggregate
from strict_support import assert_same

TARGET = "ipblocks/aggregate.py:aggregate"


def _parse(text):
    address, slash, length = text.strip().partition("/")
    prefix = int(length) if slash else 32
    octets = address.split(".")
    if len(octets) != 4 or not 0 <= prefix <= 32:
        raise ValueError(f"not an IPv4 CIDR block: {text!r}")
    value = 0
    for octet in octets:
        if not octet.isdigit() or int(octet) > 255:
            raise ValueError(f"not an IPv4 CIDR block: {text!r}")
        value = value * 256 + int(octet)
    if value & ((1 << (32 - prefix)) - 1):
        raise ValueError(f"host bits set in {text!r}")
    return value, prefix


def _format(network, prefix):
    octets = [(network >> shift) & 255 for shift in (24, 16, 8, 0)]
    return ".".join(map(str, octets)) + f"/{prefix}"


def _covers(outer, inner):
    shift = 32 - outer[1]
    return outer[1] <= inner[1] and outer[0] >> shift == inner[0] >> shift


def _pair(first, second):
    network, prefix = first
    if prefix == 0 or second[1] != prefix:
        return None
    size = 1 << (32 - prefix)
    if network & size or second[0] != network + size:
        return None
    return network, prefix - 1


def reference(blocks):
    parsed = sorted({_parse(block) for block in blocks})
    kept = []
    for block in parsed:
        if not any(_covers(other, block) for other in kept):
            kept.append(block)
    changed = True
    while changed:
        changed = False
        for position in range(len(kept) - 1):
            parent = _pair(kept[position], kept[position + 1])
            if parent is not None:
                kept[position:position + 2] = [parent]
                changed = True
                break
    return [_format(network, prefix) for network, prefix in kept]


CASES = [
    [],
    ["10.0.0.0/8"],
    ["10.0.0.0/8", "10.0.0.0/8"],
    ["10.0.0.0/8", "10.0.0.0/8 ", "\t10.0.0.0/8\n"],
    ["10.0.0.5", "10.0.0.5/32"],
    ["0.0.0.0/0"],
    ["0.0.0.0/0", "10.0.0.0/8", "255.255.255.255"],
    ["0.0.0.0/1", "128.0.0.0/1"],
    ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"],
    ["255.255.255.254", "255.255.255.255"],
    ["0.0.0.0", "0.0.0.1", "0.0.0.2", "0.0.0.3"],
    ["0.0.0.1", "0.0.0.2"],
    ["10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/25", "10.0.1.0/24"],
    ["10.0.1.0/24", "10.0.0.128/25", "10.0.0.64/26", "10.0.0.0/26"],
    ["10.0.0.128/25", "10.0.1.0/25"],
    ["10.0.0.0/25", "10.0.0.128/26", "10.0.0.192/27", "10.0.0.224/28", "10.0.0.240/28"],
    ["10.0.0.0/25", "10.0.0.0/24", "10.0.0.128/25"],
    ["192.168.0.0/16", "10.0.0.5", "192.168.4.0/24", "10.0.0.5/32"],
    ["192.168.4.0/24", "192.168.0.0/16"],
    ["10.0.0.0/24", "10.0.0.0/23", "10.0.2.0/23", "10.0.0.0/22"],
    ["1.2.3.4/32", "1.2.3.5/32", "1.2.3.6/31", "1.2.3.0/30"],
    ["10.0.0.1/24"],
    ["10.0.0.0/24", "10.0.0.1/24"],
    ["10.0.0.0/33"],
    ["10.0.0.0/-1"],
    ["10.0.0/24"],
    ["10.0.0.0.0/24"],
    ["256.0.0.0/8"],
    ["10.0.0.-1"],
    ["10.0.0.+1"],
    ["10.0.0. 1"],
    ["10.0.0.٣"],
    ["10.0.0.0/ 8"],
    ["10.0.0.0/８"],
    ["010.000.000.000/8", "10.0.0.0/8"],
    ["10.0.0.0/"],
    [""],
    ["10.0.0.0/8", None],
    [None],
    [167772160],
    ("10.0.0.0/25", "10.0.0.128/25"),
    ["10.0.0.0/8", "bad", "10.0.0.0/8"],
]


def _random():
    rng = random.Random(1500)
    for n in range(150):
        blocks = []
        base = rng.randrange(0, 1 << 8) << 24 if n % 5 else 0
        for _ in range(rng.randint(0, 30)):
            prefix = rng.choice([0, 20, 22, 24, 25, 26, 28, 30, 31, 32]) if n % 7 == 0 else rng.choice([22, 24, 25, 26, 28, 30, 31, 32])
            size = 1 << (32 - prefix)
            network = (base + rng.randrange(0, 1 << 11)) // size * size % (1 << 32)
            blocks.append(_format(network, prefix))
            if rng.random() < 0.6:
                blocks.append(_format(network ^ size if prefix else 0, prefix))
        if n % 3 == 0 and blocks:
            blocks.append(blocks[0].split("/")[0] if rng.random() < 0.5 else blocks[0] + " ")
        if rng.random() < 0.04:
            blocks.append("10.0.0.1/8")
        yield blocks


@pytest.mark.parametrize("blocks", CASES + list(_random()))
def test_same_as_reference(blocks) -> None:
    assert_same(aggregate, reference, blocks)


def test_big_allow_list() -> None:
    rng = random.Random(77)
    blocks = []
    for _ in range(1200):
        prefix = rng.choice([24, 26, 28, 32])
        size = 1 << (32 - prefix)
        network = (10 << 24) + rng.randrange(0, 1 << 16) // size * size
        blocks += [_format(network, prefix), _format(network ^ size, prefix)]
    assert_same(aggregate, reference, blocks)


def test_generator_input() -> None:
    blocks = ["10.0.0.0/25", "10.0.0.128/25"]
    assert aggregate(iter(blocks)) == ["10.0.0.0/24"]
