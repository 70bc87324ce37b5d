"""IPv4 CIDR parsing and aggregation for firewall allow-lists."""

from __future__ import annotations

from typing import Iterable


def parse_cidr(text: str) -> tuple[int, int]:
    """(network address as an int, prefix length) for "a.b.c.d/n"; a bare address is a /32.

    Raises ValueError for malformed input or when host bits are set.
    """
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


def format_cidr(network: int, prefix: int) -> str:
    """Dotted-quad form of a block."""
    octets = [(network >> shift) & 255 for shift in (24, 16, 8, 0)]
    return ".".join(map(str, octets)) + f"/{prefix}"


def covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """True if block `inner` lies entirely inside block `outer`."""
    shift = 32 - outer[1]
    return outer[1] <= inner[1] and outer[0] >> shift == inner[0] >> shift


def merged_pair(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int] | None:
    """The parent block if `first` and `second` are the two halves of it, else None."""
    network, prefix = first
    if prefix == 0 or second[1] != prefix:
        return None
    size = 1 << (32 - prefix)
    if network & size or second[0] != network + size:
        return None
    return network, prefix - 1


def aggregate(blocks: Iterable[str]) -> list[str]:
    """The smallest list of CIDR blocks covering exactly the same addresses, in address order."""
    parsed = sorted({parse_cidr(block) for block in blocks})
    kept: list[tuple[int, int]] = []
    for block in parsed:
        if not any(covers(other, block) for other in kept):
            kept.append(block)
    changed = True
    while changed:
        changed = False
        for position in range(len(kept) - 1):
            parent = merged_pair(kept[position], kept[position + 1])
            if parent is not None:
                kept[position:position + 2] = [parent]
                changed = True
                break
    return [format_cidr(network, prefix) for network, prefix in kept]
