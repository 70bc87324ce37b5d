"""Vendor tagging for the DHCP server's lease log."""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from ouitag.registry import OuiRegistry

_SEPARATORS = re.compile(r"[:\-.\s]")
_HEX = frozenset("0123456789ABCDEF")

RANDOMISED = "(randomised)"
UNKNOWN = "(unknown)"


def normalise_mac(mac: str) -> str:
    """Twelve upper-case hex digits from a MAC address written in any of the usual notations."""
    digits = _SEPARATORS.sub("", mac).upper()
    if len(digits) != 12 or not _HEX.issuperset(digits):
        raise ValueError(f"not a MAC address: {mac!r}")
    return digits


def format_mac(digits: str) -> str:
    """``AA:BB:CC:DD:EE:FF`` notation for twelve hex digits."""
    return ":".join(digits[i:i + 2] for i in range(0, 12, 2))


def is_randomised(digits: str) -> bool:
    """True for locally administered addresses (phones and laptops with MAC randomisation)."""
    return bool(int(digits[1], 16) & 0x2)


def tag_leases(
    leases: Iterable[Mapping[str, str]], registry: OuiRegistry
) -> tuple[list[dict[str, str]], list[tuple[str, int]]]:
    """One row per device (latest lease wins) tagged with its vendor, and device counts per vendor.

    Rows keep the order in which devices were first seen; the counts are sorted by count
    (descending), then vendor name. Raises ValueError for a malformed MAC address.
    """
    devices: dict[str, dict[str, str]] = {}
    for lease in leases:
        digits = normalise_mac(lease["mac"])
        if is_randomised(digits):
            vendor = RANDOMISED
        else:
            block = registry.lookup(digits)
            vendor = block.organization if block is not None else UNKNOWN
        devices[digits] = {
            "mac": format_mac(digits),
            "ip": lease["ip"],
            "hostname": lease.get("hostname", ""),
            "vendor": vendor,
        }
    counts: dict[str, int] = {}
    for row in devices.values():
        counts[row["vendor"]] = counts.get(row["vendor"], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return list(devices.values()), ranked
