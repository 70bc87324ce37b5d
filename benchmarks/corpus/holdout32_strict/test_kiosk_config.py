"""Strict equivalence tests for audit_kiosks (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from collections import OrderedDict
from typing import Mapping

import pytest
from strict_support import assert_same
from kiosk_config.audit import audit_kiosks
from kiosk_config.rules import Rule

TARGET = "kiosk_config/audit.py:audit_kiosks"


# --- verbatim copy of the original implementation ---------------------------------------------

def merged(base, override):
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


def lookup(config, setting):
    value = config
    for part in setting.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value


def reference(defaults, sites, kiosks, rules):
    findings = []
    for kiosk in kiosks:
        effective = copy.deepcopy(defaults)
        effective = merged(effective, sites.get(kiosk["site"], {}))
        effective = merged(effective, kiosk.get("overrides") or {})
        for rule in rules:
            found, value = lookup(effective, rule.setting)
            problem = rule.problem(found, value)
            if problem is not None:
                findings.append({"kiosk": kiosk["id"], "site": kiosk["site"], "setting": rule.setting,
                                 "value": value, "problem": problem})
    return findings


# --- cases -------------------------------------------------------------------------------

DEFAULTS = {
    "software": {"version": "5.3.2", "channel": "stable", "window": ["02:00", "05:00"]},
    "payments": {"card": {"enabled": True, "contactless_limit": 100, "terminal": "Move5000"}, "cash": {"enabled": False}},
    "display": {"brightness": 80, "languages": ["en", "cy"]},
    "network": {"proxy": "proxy:3128"},
    "loyalty": {"enabled": True, "tiers": ["Member", "Gold"]},
    "fee": 0.95,
}

RULES = [
    Rule("software.version", "min_version", "5.3.0"),
    Rule("software.channel", "one_of", ("stable", "pilot")),
    Rule("payments.card.enabled", "equals", True),
    Rule("payments.card.contactless_limit", "at_most", 100),
    Rule("payments.card.terminal", "one_of", ("Move5000", "A920")),
    Rule("payments.cash.enabled", "equals", False),
    Rule("display.brightness", "at_least", 40),
    Rule("network.proxy", "required"),
    Rule("loyalty", "required"),
    Rule("fee", "at_most", 1.5),
]

SITES = {
    "CIN001": {"payments": {"card": {"contactless_limit": 150}}},
    "CIN002": {"network": {"proxy": None}, "software": {"channel": "beta"}},
    "CIN003": {"payments": {"card": None}},
    "CIN004": {"display": "off", "loyalty": {"tiers": None}},
    "CIN005": {},
}

OVERRIDES = [
    {},
    None,
    {"software": {"version": "5.2.9"}},
    {"software": {"version": "5.10.0"}},
    {"software": {"version": "5.3"}},
    {"software": {"version": "latest"}},
    {"software": {"version": 5.3}},
    {"software": {"version": None}},
    {"software": None},
    {"software": "5.3.2"},
    {"display": {"brightness": 35}},
    {"display": {"brightness": "80"}},
    {"display": {"brightness": True}},
    {"display": {"brightness": float("inf")}},
    {"payments": {"cash": {"enabled": True}}},
    {"payments": {"cash": {"enabled": 0}}},
    {"payments": {"card": {"terminal": "ICT250"}}},
    {"payments": {"card": {"terminal": None}}},
    {"payments": {"card": {"contactless_limit": 100.0}}},
    {"payments": {"card": {"contactless_limit": 100.01}}},
    {"payments": {"card": {"contactless_limit": -1}}},
    {"payments": {"card": {"enabled": 1}}},
    {"payments": {"card": {"enabled": "yes"}}},
    {"network": {"proxy": ""}},
    {"network": {"proxy": None}, "fee": None},
    {"network": {"proxy": {"host": "p"}}},
    {"loyalty": {}},
    {"loyalty": {"enabled": None, "tiers": None}},
    {"fee": 1.5, "new": {"deep": {"er": 1}}},
    {"payments": OrderedDict(card=OrderedDict(contactless_limit=200))},
    {"software": {"channel": "PILOT"}},
]


def kiosk(identifier, site, overrides=None, **extra):
    entry = {"id": identifier, "site": site, **extra}
    if overrides is not None or "overrides" in extra:
        entry["overrides"] = overrides
    return entry


CASES = [(DEFAULTS, SITES, [kiosk("K1", site, override)], RULES)
         for site in ("CIN001", "CIN002", "CIN005", "CIN999") for override in OVERRIDES]
CASES += [
    (DEFAULTS, SITES, [], RULES),
    (DEFAULTS, SITES, (), ()),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], []),
    ({}, {}, [kiosk("K1", "S")], RULES),
    ({}, {}, [kiosk("K1", "S", {"fee": 1.0})], RULES),
    (DEFAULTS, {}, [kiosk("K1", "S")], RULES),
    (DEFAULTS, SITES, [kiosk("K1", "CIN003"), kiosk("K2", "CIN004")], RULES),
    (DEFAULTS, SITES, [kiosk(f"K{n}", site) for n, site in enumerate(SITES)], RULES),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001"), kiosk("K1", "CIN001")], RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": "CIN001", "overrides": {}}], RULES + RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": "CIN001", "overrides": []}], RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": "CIN001", "overrides": ""}], RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": "CIN001", "overrides": ["x"]}], RULES),
    (DEFAULTS, SITES, [{"site": "CIN001"}], RULES),
    (DEFAULTS, SITES, [{"site": "CIN005"}], RULES),
    (DEFAULTS, SITES, [{"id": "K1"}], RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": None}], RULES),
    (DEFAULTS, SITES, [{"id": "K1", "site": ["CIN001"]}], RULES),
    (DEFAULTS, {"CIN001": None}, [kiosk("K1", "CIN001")], RULES),
    (DEFAULTS, {"CIN001": ["x"]}, [kiosk("K1", "CIN001")], RULES),
    (DEFAULTS, None, [kiosk("K1", "CIN001")], RULES),
    (DEFAULTS, None, [], RULES),
    (None, SITES, [], RULES),
    (None, SITES, [kiosk("K1", "CIN001")], RULES),
    ([("fee", 3.0)], {}, [kiosk("K1", "S")], RULES),
    ("abc", {}, [kiosk("K1", "S")], RULES),
    (OrderedDict(DEFAULTS), SITES, [kiosk("K1", "CIN001")], RULES),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("payments", "equals", {})]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("display.languages", "equals", ["en"])]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("", "required"), Rule(".", "required")]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("fee", "regex", ".*")]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("missing.key", "regex", ".*")]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("missing", "one_of", ("a", None))]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule("missing", "one_of", None)]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [Rule(None, "required")]),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], [None]),
    (DEFAULTS, SITES, [None], RULES),
    (DEFAULTS, SITES, None, RULES),
    (DEFAULTS, SITES, [kiosk("K1", "CIN001")], None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(audit_kiosks, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(audit_kiosks, reference, defaults=DEFAULTS, sites=SITES,
                kiosks=[kiosk("K1", "CIN001"), kiosk("K2", "CIN002")], rules=RULES)
    assert_same(audit_kiosks, reference, DEFAULTS, SITES, rules=RULES, kiosks=[kiosk("K1", "CIN004")])


def _random_cases():
    rng = random.Random(32091)
    site_names = list(SITES) + ["CIN999"]
    for number in range(230):
        kiosks = []
        for index in range(rng.choice([0, 1, 3, 8, 20])):
            override = rng.choice(OVERRIDES)
            if rng.random() < 0.3:
                override = merged(rng.choice(OVERRIDES) or {}, rng.choice(OVERRIDES) or {})
            kiosks.append(kiosk(f"K{index if rng.random() < 0.9 else 0}", rng.choice(site_names), override))
        rules = rng.sample(RULES, rng.randint(0, len(RULES)))
        yield DEFAULTS, SITES, kiosks, rules


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(audit_kiosks, reference, *case)
