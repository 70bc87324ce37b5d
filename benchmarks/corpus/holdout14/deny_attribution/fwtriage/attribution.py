"""Attribute deny events to the internal networks listed in the address plan."""

from __future__ import annotations

import ipaddress
from typing import Any, Iterable, Sequence

from fwtriage.logparse import parse_deny


def network_for(address: str, subnets: Sequence[tuple[str, str]]) -> str | None:
    """Name of the first subnet, in address-plan order, that contains ``address``."""
    ip = ipaddress.ip_address(address)
    for name, cidr in subnets:
        if ip in ipaddress.ip_network(cidr):
            return name
    return None


def attribute_denies(lines: Iterable[str], subnets: Sequence[tuple[str, str]], top: int = 3) -> dict[str, dict[str, Any]]:
    """Deny events per internal network (``"external"`` for sources outside the plan).

    Lines that are not deny entries are skipped. For every network that had events the
    report gives ``events``, ``sources`` (distinct source addresses, sorted as text),
    ``first`` and ``last`` (timestamps as logged) and ``top_ports``: the ``top`` most
    denied destination ports as ``(port, count)``, most denied first, lower port first on ties.
    Networks are reported in sorted order of their names.
    """
    tallies: dict[str, dict[str, Any]] = {}
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
