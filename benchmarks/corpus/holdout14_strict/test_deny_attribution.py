"""Strict equivalence tests for attribute_denies (never shown to wattlens)."""

from __future__ import annotations

import ipaddress
import random

import pytest
from fwtriage.attribution import attribute_denies
from strict_support import assert_same

TARGET = "fwtriage/attribution.py:attribute_denies"


def parse_deny(line):
    parts = line.split()
    if len(parts) != 6 or parts[1] != "DENY" or parts[4] != "->":
        return None
    source, _, source_port = parts[3].rpartition(":")
    destination, _, destination_port = parts[5].rpartition(":")
    return {
        "time": parts[0],
        "proto": parts[2].lower(),
        "src": source,
        "sport": int(source_port),
        "dst": destination,
        "dport": int(destination_port),
    }


def network_for(address, subnets):
    ip = ipaddress.ip_address(address)
    for name, cidr in subnets:
        if ip in ipaddress.ip_network(cidr):
            return name
    return None


def reference(lines, subnets, top=3):
    tallies = {}
    for line in lines:
        event = parse_deny(line)
        if event is None:
            continue
        name = network_for(event["src"], subnets) or "external"
        tally = tallies.setdefault(name, {"events": 0, "sources": set(), "first": event["time"], "last": event["time"], "ports": {}})
        tally["events"] += 1
        tally["sources"].add(event["src"])
        tally["first"] = min(tally["first"], event["time"])
        tally["last"] = max(tally["last"], event["time"])
        tally["ports"][event["dport"]] = tally["ports"].get(event["dport"], 0) + 1
    report = {}
    for name in sorted(tallies):
        tally = tallies[name]
        ranked = sorted(tally["ports"].items(), key=lambda item: (-item[1], item[0]))
        report[name] = {
            "events": tally["events"],
            "sources": sorted(tally["sources"]),
            "first": tally["first"],
            "last": tally["last"],
            "top_ports": ranked[:top],
        }
    return report


PLAN = [("servers", "10.1.0.0/16"), ("office", "10.0.0.0/8"), ("guest", "192.168.50.0/24")]


def D(src, dport=80, time="t", proto="TCP", sport=1000, dst="1.1.1.1", action="DENY"):
    return f"{time} {action} {proto} {src}:{sport} -> {dst}:{dport}"


CASES = [
    ([], PLAN),
    ([], []),
    ([], [("bad", "not-a-network")]),
    ([D("10.1.0.1")], PLAN),
    ([D("10.1.0.1")], []),
    ([D("10.1.0.1")], [("a", "10.1.0.0/16"), ("a", "10.0.0.0/8")]),
    ([D("10.2.0.1")], [("", "10.0.0.0/8")]),
    ([D("10.1.0.1")], [("servers", "10.1.0.0/16"), ("bad", "nonsense")]),
    ([D("10.2.0.1")], [("servers", "10.1.0.0/16"), ("bad", "nonsense")]),
    ([D("10.2.0.1")], [("hostbits", "10.1.0.1/16")]),
    ([D("10.1.0.1")], [("hostbits", "10.1.0.1/16")]),
    ([D("10.1.0.1"), D("10.1.0.1", 443), D("10.1.0.1", 80)], PLAN),
    ([D("10.1.0.1", time="b"), D("10.1.0.2", time="a"), D("10.1.0.3", time="c")], PLAN),
    ([D("10.1.0.1", p) for p in (5, 4, 3, 2, 1, 1, 2)], PLAN),
    ([D("10.1.0.1", p) for p in (5, 4, 3, 2, 1, 1, 2)], PLAN, 0),
    ([D("10.1.0.1", p) for p in (5, 4, 3, 2, 1, 1, 2)], PLAN, -1),
    ([D("10.1.0.1", p) for p in (5, 4, 3, 2, 1, 1, 2)], PLAN, 10),
    ([D("10.1.0.1", p) for p in (5, 4, 3, 2, 1, 1, 2)], PLAN, None),
    ([D("10.1.0.1"), "garbage", "", "   ", D("10.1.0.9", action="ALLOW")], PLAN),
    (["t DENY TCP 10.1.0.1:1 => 1.1.1.1:80", "t DENY TCP 10.1.0.1:1 -> 1.1.1.1:80 extra"], PLAN),
    (["t  DENY\tTCP 10.1.0.1:1   ->  1.1.1.1:80\n"], PLAN),
    (["t DENY TCP 10.1.0.1:1 -> 1.1.1.1:http"], PLAN),
    (["t DENY TCP 10.1.0.1:x -> 1.1.1.1:80"], PLAN),
    (["t DENY TCP 10.1.0.1 -> 1.1.1.1:80"], PLAN),
    (["t DENY TCP 10.1.0.1:1 -> 1.1.1.1:-80"], PLAN),
    (["t DENY TCP 10.1.0.1:1 -> 1.1.1.1: 80"], PLAN),
    (["t DENY TCP 10.1.0.1:1 -> 1.1.1.1:٨٠"], PLAN),
    ([D("10.1.0.256")], PLAN),
    ([D("10.1.0.1"), D("10.1.0.256")], PLAN),
    ([D("999.1.1.1")], []),
    ([D("host.example")], PLAN),
    ([D("")], PLAN),
    ([D("2001:db8::1")], PLAN),
    ([D("[2001:db8::1]")], PLAN),
    ([D("2001:db8::1"), D("10.1.0.1")], [("v6", "2001:db8::/32")] + PLAN),
    ([D("10.1.0.1")], [("v6", "2001:db8::/32")] + PLAN),
    ([D("10.1.0.1")], [("v6", "2001:db8::1/32")] + PLAN),
    ([D("::ffff:10.1.0.1")], PLAN),
    ([D("10.1.0.1")], [("all", "0.0.0.0/0")]),
    ([D("10.1.0.1")], [("host", "10.1.0.1")]),
    ([D("10.1.0.1")], [("host", "10.1.0.1/32"), ("servers", "10.1.0.0/16")]),
    ([D("10.1.0.1")], [("intnet", 167837696)]),
    ([D("10.1.0.1")], [("none", None)]),
    ([D("10.1.0.1")], [("short",)]),
    ([D("10.1.0.1")], [("x", "10.1.0.0/16", "extra")]),
    ([D("10.1.0.1", time="2024-05-01T00:00:00"), D("10.1.0.1", time="2024-05-01T00:00:00Z")], PLAN),
    ([D("10.01.0.1")], PLAN),
    ([D("192.168.50.7"), D("192.168.51.7")], PLAN),
    ([D("8.8.8.8"), D("8.8.4.4"), D("8.8.8.8", 53)], PLAN),
    ([D("10.1.0.1", proto="ÜDP"), D("10.1.0.1", time="zeit-ä")], PLAN),
    ((D("10.1.0.1"), D("10.2.0.1")), tuple(PLAN)),
    ([D("10.1.0.1")] * 40, PLAN, 1),
    ([D("10.1.0.1")], [("external", "10.0.0.0/8")]),
    ([D("10.1.0.1"), D("9.9.9.9")], [("external", "10.0.0.0/8")]),
    ([D("10.1.0.1"), D("9.9.9.9")], [("zzz", "10.0.0.0/8"), ("a", "9.0.0.0/8")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(attribute_denies, reference, *case)


def _random_cases():
    rng = random.Random(4711)
    for _ in range(140):
        plan = []
        for index in range(rng.randint(0, 8)):
            prefix = rng.choice([8, 12, 16, 20, 24, 28, 32])
            base = ipaddress.ip_network(f"10.{rng.randrange(4)}.{rng.randrange(4) * 16}.0/{prefix}", strict=False)
            cidr = str(base)
            if rng.random() < 0.04:
                cidr = rng.choice(["10.0.0.1/8", "bogus", "10.0.0.0/33"])
            plan.append((rng.choice(["lab", "ops", "dev", f"n{index}"]), cidr))
        lines = []
        for _ in range(rng.randint(0, 30)):
            src = f"10.{rng.randrange(5)}.{rng.randrange(64)}.{rng.randrange(256)}" if rng.random() < 0.8 else f"198.51.100.{rng.randrange(256)}"
            if rng.random() < 0.02:
                src = "10.0.0.300"
            line = D(src, rng.choice([22, 80, 443, 3389, 53]), f"2024-05-0{rng.randint(1, 3)}T{rng.randint(0, 23):02d}:00", rng.choice(["TCP", "UDP"]),
                     rng.randrange(1, 65535), action=rng.choice(["DENY"] * 6 + ["ALLOW"]))
            lines.append(line)
        yield lines, plan, rng.choice([1, 2, 3, 3, 5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(attribute_denies, reference, *case)


def test_large_log() -> None:
    rng = random.Random(99)
    plan = [(f"site{n}", f"10.{n}.0.0/16") for n in range(30)] + [("corp", "10.0.0.0/8")]
    lines = [D(f"10.{rng.randrange(40)}.{rng.randrange(4)}.{rng.randrange(256)}", rng.choice([22, 80, 443, 445]),
               f"2024-06-01T{rng.randrange(24):02d}:{rng.randrange(60):02d}") for _ in range(3000)]
    assert_same(attribute_denies, reference, lines, plan, 4)
