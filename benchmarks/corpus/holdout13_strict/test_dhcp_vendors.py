"""Strict equivalence tests for tag_leases (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from ouitag.leases import tag_leases
from ouitag.registry import Assignment, OuiRegistry
from strict_support import assert_same

TARGET = "ouitag/leases.py:tag_leases"

_SEPARATORS = re.compile(r"[:\-.\s]")
_HEX = frozenset("0123456789ABCDEF")


def reference(leases, registry):
    def normalise_mac(mac):
        digits = _SEPARATORS.sub("", mac).upper()
        if len(digits) != 12 or not _HEX.issuperset(digits):
            raise ValueError(f"not a MAC address: {mac!r}")
        return digits

    def lookup(digits):
        best = None
        for assignment in registry.assignments:
            if digits.startswith(assignment.prefix):
                if best is None or len(assignment.prefix) > len(best.prefix):
                    best = assignment
        return best

    devices = {}
    for lease in leases:
        digits = normalise_mac(lease["mac"])
        if bool(int(digits[1], 16) & 0x2):
            vendor = "(randomised)"
        else:
            block = lookup(digits)
            vendor = block.organization if block is not None else "(unknown)"
        devices[digits] = {
            "mac": ":".join(digits[i:i + 2] for i in range(0, 12, 2)),
            "ip": lease["ip"],
            "hostname": lease.get("hostname", ""),
            "vendor": vendor,
        }
    counts = {}
    for row in devices.values():
        counts[row["vendor"]] = counts.get(row["vendor"], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return list(devices.values()), ranked


def A(prefix, organization, registry="MA-L"):
    return Assignment(registry, prefix, organization)


REGISTRIES = {
    "empty": OuiRegistry(),
    "csv": OuiRegistry.from_csv(
        "Registry,Assignment,Organization Name,Organization Address\n"
        'MA-L,00000C,"Cisco Systems, Inc",170 West Tasman Dr\n'
        "MA-L,3c5ab4,Google LLC,1600 Amphitheatre Pkwy\n"
        "MA-L,0050C2,IEEE Registration Authority,445 Hoes Lane\n"
        "MA-M,0050C21,Small Sensors Ltd,Unit 4\n"
        "MA-S,0050C2123,Tiny Labs,Lab 1\n"
        "\n"
        "MA-L,001122\n"
        "MA-L, 4C0000 , Zürich Geräte AG ,Bahnhofstr.\n"
    ),
    "duplicates": OuiRegistry([A("001122", "First Co"), A("001122", "Second Co"), A("0011223", "Deep One", "MA-M"),
                               A("0011223", "Deep Two", "MA-M"), A("001122", "Third Co")]),
    "long_first": OuiRegistry([A("0050C2123", "Tiny Labs", "MA-S"), A("0050C21", "Small Sensors", "MA-M"),
                               A("0050C2", "IEEE RA")]),
    "short_first": OuiRegistry([A("0050C2", "IEEE RA"), A("0050C21", "Small Sensors", "MA-M"),
                                A("0050C2123", "Tiny Labs", "MA-S")]),
    "odd_lengths": OuiRegistry([A("00", "Two Digits"), A("0050", "Four"), A("0050C2AB", "Eight"),
                                A("0050C2ABCDEF", "Whole Address"), A("0050C2ABCDEF0", "Too Long"), A("", "Everyone")]),
    "empty_prefix_only": OuiRegistry([A("", "Catch All")]),
    "lowercase": OuiRegistry([A("3c5ab4", "lower"), A("3C5AB4", "Upper"), A("3c5AB4", "mixed")]),
    "separators": OuiRegistry([A("00:50:C2", "With Colons"), A("00-50-C2", "With Dashes"), A("0050C2", "Plain")]),
    "same_vendor": OuiRegistry([A("001122", "Acme"), A("334455", "Acme"), A("8C0000", "Beta"), A("8C00001", "Acme")]),
    "unicode": OuiRegistry([A("001122", "Ærø Networks"), A("334455", "Ängström AB"), A("8C0000", "名古屋電機"),
                            A("400000", "(unknown)"), A("440000", "(randomised)")]),
}

LEASES = [
    [],
    [{"mac": "00:11:22:33:44:55", "ip": "10.0.0.1"}],
    [{"mac": "00:11:22:33:44:55", "ip": "10.0.0.1", "hostname": "a"},
     {"mac": "00-11-22-33-44-55", "ip": "10.0.0.2", "hostname": "b"},
     {"mac": "0011.2233.4455", "ip": "10.0.0.3"}],
    [{"mac": "00:50:c2:12:34:56", "ip": "1"}, {"mac": "00:50:c2:1f:ff:ff", "ip": "2"},
     {"mac": "00:50:c2:ff:ff:ff", "ip": "3"}, {"mac": "00:50:c2:ab:cd:ef", "ip": "4"},
     {"mac": "00:50:00:00:00:00", "ip": "5"}, {"mac": "00:00:00:00:00:00", "ip": "6"}],
    [{"mac": "3C:5A:B4:01:02:03", "ip": "a"}, {"mac": "3c5ab4010203", "ip": "b"}, {"mac": "3c 5a b4 01 02 04", "ip": "c"}],
    [{"mac": "da:00:00:00:00:01", "ip": "r1"}, {"mac": "02:11:22:33:44:55", "ip": "r2"},
     {"mac": "06:00:00:00:00:00", "ip": "r3"}, {"mac": "0e:11:22:33:44:55", "ip": "r4"},
     {"mac": "01:00:5e:00:00:01", "ip": "m1"}, {"mac": "ff:ff:ff:ff:ff:ff", "ip": "b"}],
    [{"mac": "8c:00:00:10:00:00", "ip": "x"}, {"mac": "8c:00:00:00:00:00", "ip": "y"},
     {"mac": "33:44:55:00:00:00", "ip": "z"}, {"mac": "00:11:22:00:00:00", "ip": "w"}],
    [{"mac": "40:00:00:00:00:01", "ip": "u"}, {"mac": "44:00:00:00:00:01", "ip": "v"},
     {"mac": "12:34:56:78:9a:bc", "ip": "w"}],
    [{"mac": "00:11:22:33:44:55", "ip": "10.0.0.1", "hostname": None},
     {"mac": "00:11:22:33:44:66", "ip": None, "hostname": "ünïcödé-host"}],
    [{"mac": "\t00:11:22:33:44:55\n", "ip": "ws"}, {"mac": "00\u200311\u00a022:33:44:55", "ip": "unicode-space"}],
    [{"mac": "00:11:22:33:44:55", "ip": "ok"}, {"mac": "00:11:22:33:44", "ip": "short"}],
    [{"mac": "00:11:22:33:44:55:66", "ip": "long"}],
    [{"mac": "00:11:22:33:44:GG", "ip": "bad hex"}],
    [{"mac": "", "ip": "empty"}],
    [{"mac": "00:11:22:33:44:55", "ip": "ok"}, {"ip": "no mac"}],
    [{"mac": "00:11:22:33:44:55"}],
    [{"mac": "da:00:00:00:00:01"}],
    [{"mac": None, "ip": "none"}],
    [{"mac": 0x001122334455, "ip": "int"}],
    [{"mac": "００:11:22:33:44:55", "ip": "fullwidth"}],
    [{"mac": "00_11_22_33_44_55", "ip": "underscores"}],
    [{"mac": "0:11:22:33:44:55:6", "ip": "odd grouping"}],
    [{"mac": "ß0:11:22:33:44", "ip": "sharp s"}],
    ({"mac": "00:11:22:33:44:55", "ip": "tuple of leases"}, {"mac": "33:44:55:66:77:88", "ip": "t2"}),
]


@pytest.mark.parametrize("registry", sorted(REGISTRIES))
@pytest.mark.parametrize("leases", LEASES)
def test_cases(leases, registry) -> None:
    assert_same(tag_leases, reference, leases, REGISTRIES[registry])


def _random_registry(rng):
    assignments = []
    for _ in range(rng.randint(0, 80)):
        size = rng.choice([6, 6, 6, 7, 9, rng.randint(0, 12)])
        prefix = "".join(rng.choice("0148C") for _ in range(size))
        assignments.append(A(prefix, rng.choice(["Acme", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"])))
    return OuiRegistry(assignments)


def _random_leases(rng, count):
    leases = []
    for _ in range(count):
        digits = "".join(rng.choice("0148C" if rng.random() < 0.8 else "0123456789ABCDEF") for _ in range(12))
        sep = rng.choice([":", "-", ""])
        mac = sep.join(digits[i:i + 2] for i in range(0, 12, 2))
        if rng.random() < 0.3:
            mac = mac.lower()
        lease = {"mac": mac, "ip": f"10.0.{rng.randint(0, 3)}.{rng.randint(1, 9)}"}
        if rng.random() < 0.5:
            lease["hostname"] = rng.choice(["a", "b", "c", ""])
        leases.append(lease)
    return leases


def _random_cases():
    rng = random.Random(4242)
    for _ in range(60):
        yield _random_leases(rng, rng.randint(0, 40)), _random_registry(rng)


@pytest.mark.parametrize("leases,registry", list(_random_cases()))
def test_random(leases, registry) -> None:
    assert_same(tag_leases, reference, leases, registry)


def test_large_network() -> None:
    rng = random.Random(9)
    assignments = []
    for n in range(3000):
        prefix = f"{n * 7919 % 0xFFFFFF:06X}"
        prefix = prefix[0] + "048C"[n % 4] + prefix[2:]
        assignments.append(A(prefix, f"Vendor {n % 500}"))
        if n % 10 == 0:
            assignments.append(A(prefix + "ABC"[: 1 + n % 3], f"Sub {n}", "MA-M"))
    registry = OuiRegistry(assignments)
    leases = []
    for _ in range(1500):
        base = rng.choice(assignments).prefix if rng.random() < 0.7 else "4C0000"
        digits = (base + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)))[:12]
        leases.append({"mac": digits, "ip": str(rng.randint(1, 99)), "hostname": str(rng.randint(1, 5))})
    assert_same(tag_leases, reference, leases, registry)
    leases.append({"mac": "xx", "ip": "bad"})
    assert_same(tag_leases, reference, leases, registry)
