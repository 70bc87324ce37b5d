"""Strict equivalence tests for QuotaLedger.replay (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from quotawatch.ledger import QuotaLedger as CandidateLedger

TARGET = "quotawatch/ledger.py:QuotaLedger.replay"

ALIASES = {
    "ATLANTIC COD": "COD", "COD": "COD",
    "HADDOCK": "HAD", "HAD": "HAD",
    "WHITING": "WHG", "WHG": "WHG",
    "SAITHE": "POK", "COLEY": "POK", "POK": "POK",
    "EUROPEAN HAKE": "HKE", "HAKE": "HKE", "HKE": "HKE",
    "MONKFISH": "MNZ", "ANGLERFISH": "MNZ", "MNZ": "MNZ",
    "MEGRIM": "LEZ", "LEZ": "LEZ",
    "PLAICE": "PLE", "PLE": "PLE",
    "NEPHROPS": "NEP", "LANGOUSTINE": "NEP", "NEP": "NEP",
    "MACKEREL": "MAC", "MAC": "MAC",
    "HERRING": "HER", "HER": "HER",
    "SOLE": "SOL", "COMMON SOLE": "SOL", "SOL": "SOL",
}


def species_code(name):
    key = " ".join(name.split()).upper()
    return ALIASES.get(key, key)


WARNING_SHARE = 0.1


@dataclass(frozen=True)
class QuotaLine:
    vessel: str
    species: str
    allocated: float
    remaining: float


def _alert(event, vessel, species, kind, remaining):
    return {"date": event.get("date"), "vessel": vessel, "species": species, "alert": kind, "remaining": remaining}


class QuotaLedger:
    def __init__(self, allocations):
        self.lines = []
        for vessel, species, tonnes in allocations:
            if tonnes < 0:
                raise ValueError("allocations cannot be negative")
            code = species_code(species)
            line = self.line(vessel, code)
            allocated = round((line.allocated if line else 0.0) + tonnes, 3)
            remaining = round((line.remaining if line else 0.0) + tonnes, 3)
            self._store(QuotaLine(vessel, code, allocated, remaining))

    def line(self, vessel, species):
        for line in self.lines:
            if line.vessel == vessel and line.species == species:
                return line
        return None

    def _store(self, new_line):
        replaced = False
        lines = []
        for line in self.lines:
            if line.vessel == new_line.vessel and line.species == new_line.species:
                lines.append(new_line)
                replaced = True
            else:
                lines.append(line)
        if not replaced:
            lines.append(new_line)
        self.lines = lines

    def replay(self, events):
        alerts = []
        for event in events:
            kind = event["kind"]
            species = species_code(event["species"])
            tonnes = event["tonnes"]
            if tonnes <= 0:
                raise ValueError("tonnage must be positive")
            if kind == "landing":
                vessel = event["vessel"]
                line = self.line(vessel, species) or QuotaLine(vessel, species, 0.0, 0.0)
                remaining = round(line.remaining - tonnes, 3)
                self._store(QuotaLine(vessel, species, line.allocated, remaining))
                if remaining < 0:
                    if line.remaining >= 0:
                        alerts.append(_alert(event, vessel, species, "OVERFISHED", remaining))
                elif remaining < WARNING_SHARE * line.allocated <= line.remaining:
                    alerts.append(_alert(event, vessel, species, "LOW", remaining))
            elif kind == "transfer":
                source, target = event["from"], event["to"]
                if source == target:
                    raise ValueError("a vessel cannot transfer quota to itself")
                giver = self.line(source, species)
                if giver is None or giver.remaining < tonnes:
                    alerts.append(_alert(event, source, species, "REFUSED", giver.remaining if giver else 0.0))
                    continue
                taker = self.line(target, species) or QuotaLine(target, species, 0.0, 0.0)
                self._store(QuotaLine(source, species, round(giver.allocated - tonnes, 3),
                                      round(giver.remaining - tonnes, 3)))
                self._store(QuotaLine(target, species, round(taker.allocated + tonnes, 3),
                                      round(taker.remaining + tonnes, 3)))
            else:
                raise ValueError(f"unknown event kind {kind!r}")
        return alerts

    def balances(self):
        return [(line.vessel, line.species, line.allocated, line.remaining) for line in self.lines]


def _session(ledger_class, allocations, *batches, probes=()):
    ledger = ledger_class(allocations)
    results = [ledger.replay(batch) for batch in batches]
    found = []
    for vessel, species in probes:
        line = ledger.line(vessel, species)
        found.append(None if line is None else (line.vessel, line.species, line.allocated, line.remaining))
    return results, ledger.balances(), found


def candidate(allocations, *batches, probes=()):
    return _session(CandidateLedger, allocations, *batches, probes=probes)


def reference(allocations, *batches, probes=()):
    return _session(QuotaLedger, allocations, *batches, probes=probes)


def land(vessel, species, tonnes, date="2024-01-01"):
    return {"kind": "landing", "vessel": vessel, "species": species, "tonnes": tonnes, "date": date}


def move(source, target, species, tonnes, date="2024-01-01"):
    return {"kind": "transfer", "from": source, "to": target, "species": species, "tonnes": tonnes, "date": date}


ALLOC = [("BF 1", "Cod", 10.0), ("BF 1", "Haddock", 4.0), ("FR 2", "cod", 2.5), ("BF 1", "ATLANTIC COD", 5.0)]

CASES = [
    ([],),
    ([], []),
    ([], [], []),
    (ALLOC, []),
    (ALLOC,),
    ([("BF 1", "Cod", -1.0)], []),
    ([("BF 1", "Cod", 0)], []),
    ([("BF 1", "Cod", 0.0)], [land("BF 1", "Cod", 0.001)]),
    ([("BF 1", "Cod")], []),
    ([("BF 1", "Cod", 1.0, "x")], []),
    ([("BF 1", None, 1.0)], []),
    ([("BF 1", "Cod", None)], []),
    ([("BF 1", "Cod", 7), ("BF 1", "cod", 3)], [land("BF 1", "COD", 2)]),
    ([("BF 1", "Cod", 0.1), ("BF 1", "Cod", 0.2)], [land("BF 1", "Cod", 0.3)]),
    ([("BF 1", "Cod", 1.0005)], [land("BF 1", "Cod", 0.0004)]),
    ([("BF 1", "Cod", 2.0004), ("BF 1", "Cod", 2.0004)], [land("BF 1", "Cod", 4)]),
    (ALLOC, [land("BF 1", "cod", 13.0)]),
    (ALLOC, [land("BF 1", "cod", 13.5)]),
    (ALLOC, [land("BF 1", "cod", 13.500001)]),
    (ALLOC, [land("BF 1", "cod", 13.4999)]),
    (ALLOC, [land("BF 1", "cod", 15.0)]),
    (ALLOC, [land("BF 1", "cod", 15.001)]),
    (ALLOC, [land("BF 1", "cod", 16.0), land("BF 1", "cod", 1.0), land("BF 1", "COD", 0.5)]),
    (ALLOC, [land("BF 1", "cod", 10.0), land("BF 1", "cod", 4.0), land("BF 1", "cod", 0.5), land("BF 1", "cod", 1.0)]),
    (ALLOC, [land("FR 2", "Cod", 2.25)]),
    (ALLOC, [land("FR 2", "Cod", 2.26)]),
    (ALLOC, [land("FR 2", "Cod", 0.1), land("FR 2", "Cod", 2.15), land("FR 2", "Cod", 0.1)]),
    (ALLOC, [land("PD 7", "Sole", 0.25), land("PD 7", "sole", 0.25), land("PD 7", "Common  Sole", 1)]),
    (ALLOC, [land("BF 1", "Turbot", 1.0)]),
    (ALLOC, [land("BF 1", "  langoustine ", 1.0), land("BF 1", "NEP", 1.0)]),
    (ALLOC, [land("BF 1", "Straße", 1.0), land("BF 1", "STRASSE", 1.0)]),
    (ALLOC, [land("BF 1", "", 1.0)]),
    (ALLOC, [land("BF 1", None, 1.0)]),
    (ALLOC, [land("BF 1", "Cod", 0)]),
    (ALLOC, [land("BF 1", "Cod", -2.0)]),
    (ALLOC, [land("BF 1", "Cod", None)]),
    (ALLOC, [land("BF 1", "Cod", "1.0")]),
    (ALLOC, [land("BF 1", "Cod", 1.0), land("BF 1", "Cod", 0)]),
    (ALLOC, [land("BF 1", "Cod", 1), land("BF 1", "Cod", True)]),
    (ALLOC, [{"kind": "landing", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "landing", "vessel": "BF 1", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "landing", "vessel": "BF 1", "species": "Cod"}]),
    (ALLOC, [{"vessel": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "landing", "vessel": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "discard", "vessel": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "Landing", "vessel": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [land("BF 1", "Cod", 1.0), {"kind": None, "species": "Cod", "tonnes": 1.0}]),
    # transfers
    (ALLOC, [move("BF 1", "FR 2", "Cod", 5.0)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 15.0)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 15.001)]),
    (ALLOC, [move("BF 1", "PD 9", "Haddock", 1.25), move("PD 9", "FR 2", "had", 1.25)]),
    (ALLOC, [move("PD 9", "BF 1", "Cod", 1.0)]),
    (ALLOC, [move("BF 1", "BF 1", "Cod", 1.0)]),
    (ALLOC, [move("PD 9", "PD 9", "Cod", 1.0)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 0)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 5.0), move("FR 2", "BF 1", "Cod", 7.5)]),
    (ALLOC, [land("BF 1", "Cod", 16.0), move("BF 1", "FR 2", "Cod", 0.5)]),
    (ALLOC, [land("FR 2", "Cod", 3.0), move("BF 1", "FR 2", "Cod", 0.5), land("FR 2", "Cod", 0.1)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 12.0), land("BF 1", "Cod", 2.5)]),
    (ALLOC, [{"kind": "transfer", "from": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "transfer", "to": "BF 1", "species": "Cod", "tonnes": 1.0}]),
    (ALLOC, [{"kind": "transfer", "from": "BF 1", "to": "FR 2", "species": "Cod", "tonnes": 1.0}]),
    # vessel identifiers
    ([(1, "Cod", 5.0), (True, "Cod", 1.0), (1.0, "Had", 2.0)], [land(1, "Cod", 1.0), land(True, "Had", 3.0)]),
    ([(None, "Cod", 5.0)], [land(None, "Cod", 1.0), move(None, "X", "Cod", 1.0)]),
    ([(("BF", 1), "Cod", 5.0)], [land(("BF", 1), "Cod", 4.9)]),
    ([("BF 1", "Cod", 5.0)], [land("bf 1", "Cod", 1.0), land("BF 1 ", "Cod", 1.0)]),
    ([("Ørnen", "Cod", 5.0)], [land("Ørnen", "torsk", 1.0), land("Ørnen", "Cod", 4.6)]),
    # multiple batches share state
    (ALLOC, [land("BF 1", "Cod", 14.0)], [land("BF 1", "Cod", 0.9)], [land("BF 1", "Cod", 1.0)]),
    (ALLOC, [move("BF 1", "FR 2", "Cod", 14.0)], [move("BF 1", "FR 2", "Cod", 1.0)], [move("BF 1", "FR 2", "Cod", 0.001)]),
    (ALLOC, ({"kind": "landing", "vessel": "BF 1", "species": "Cod", "tonnes": 1.0, "date": "d1"},)),
    (tuple(ALLOC), (land("BF 1", "Cod", 1.0),)),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    probes = [("BF 1", "COD"), ("FR 2", "COD"), ("PD 7", "SOL"), ("BF 1", "Cod"), ("ZZ", "COD")]
    assert_same(candidate, reference, *case, probes=probes)


def _random_cases():
    rng = random.Random(365)
    species_names = ["Cod", "cod", "Haddock", "HAD", "Hake", " saithe ", "Coley", "Turbot"]
    for index in range(150):
        vessels = [f"V{k}" for k in range(rng.randint(1, 6))]
        allocations = [(rng.choice(vessels), rng.choice(species_names),
                        rng.choice([round(rng.uniform(0, 30), 3), rng.randint(0, 20), 0.0]))
                       for _ in range(rng.randint(0, 12))]
        batches = []
        for _ in range(rng.randint(1, 3)):
            batch = []
            for day in range(rng.randint(0, 25)):
                if rng.random() < 0.2 and len(vessels) > 1:
                    source, target = rng.sample(vessels, 2)
                    batch.append(move(source, target, rng.choice(species_names), round(rng.uniform(0.001, 15), 3),
                                      f"d{day}"))
                else:
                    tonnes = rng.choice([round(rng.expovariate(0.4), 3) + 0.001, rng.randint(1, 5)])
                    batch.append(land(rng.choice(vessels + ["stranger"]), rng.choice(species_names), tonnes, f"d{day}"))
            batches.append(batch)
        yield (allocations, *batches)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case, probes=[("V0", "COD"), ("V1", "HAD"), ("stranger", "POK")])


def test_large_season() -> None:
    rng = random.Random(52)
    vessels = [f"BF {k}" for k in range(40)]
    species = ["Cod", "Haddock", "Whiting", "Saithe", "Hake", "Plaice"]
    allocations = [(vessel, name, round(rng.uniform(5, 60), 3)) for vessel in vessels for name in species]
    events = []
    for day in range(1500):
        vessel = rng.choice(vessels)
        if rng.random() < 0.05:
            events.append(move(vessel, rng.choice([v for v in vessels if v != vessel]), rng.choice(species),
                               round(rng.uniform(1, 20), 3), f"d{day}"))
        else:
            events.append(land(vessel, rng.choice(species), round(rng.expovariate(0.3), 3) + 0.001, f"d{day}"))
    assert_same(candidate, reference, allocations, events)
