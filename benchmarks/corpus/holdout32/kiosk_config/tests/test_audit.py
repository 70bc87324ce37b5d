import copy

import pytest

from kiosk_config.audit import audit_kiosks, findings_by_problem
from kiosk_config.layers import lookup, merged
from kiosk_config.rules import Rule, parse_rules, version_tuple

DEFAULTS = {"software": {"version": "5.3.2", "channel": "stable"},
            "payments": {"card": {"enabled": True, "contactless_limit": 100}, "cash": {"enabled": False}},
            "network": {"proxy": "proxy:3128"}}


def test_merged_layers_without_changing_inputs() -> None:
    base = copy.deepcopy(DEFAULTS)
    override = {"payments": {"card": {"contactless_limit": 50}}, "network": {"proxy": None}}
    result = merged(base, override)
    assert result["payments"]["card"] == {"enabled": True, "contactless_limit": 50}
    assert result["network"] == {}
    assert base == DEFAULTS
    assert override == {"payments": {"card": {"contactless_limit": 50}}, "network": {"proxy": None}}


def test_lookup() -> None:
    assert lookup(DEFAULTS, "payments.card.contactless_limit") == (True, 100)
    assert lookup(DEFAULTS, "payments.card.pin") == (False, None)
    assert lookup(DEFAULTS, "software.version.major") == (False, None)


def test_rule_problems() -> None:
    assert Rule("x", "required").problem(False, None) == "missing"
    assert Rule("x", "equals", True).problem(True, False) == "expected True"
    assert Rule("x", "one_of", ("a", "b")).problem(True, "c") == "not one of ['a', 'b']"
    assert Rule("x", "at_least", 40).problem(True, 35) == "below 40"
    assert Rule("x", "at_most", 100).problem(True, 100) is None
    assert Rule("x", "min_version", "5.3.0").problem(True, "5.10.0") is None
    assert Rule("x", "min_version", "5.3.0").problem(True, "5.2.9") == "older than 5.3.0"
    assert Rule("x", "min_version", "5.3.0").problem(True, "latest") == "unreadable version"
    with pytest.raises(ValueError):
        Rule("x", "regex", ".*").problem(True, "a")


def test_parse_rules() -> None:
    rules = parse_rules("software.channel one_of stable, pilot\npayments.card.enabled equals true # must\n\n"
                        "display.brightness at_least 40\nsoftware.version min_version 5.3.0\n")
    assert rules == [Rule("software.channel", "one_of", ("stable", "pilot")), Rule("payments.card.enabled", "equals", True),
                     Rule("display.brightness", "at_least", 40), Rule("software.version", "min_version", "5.3.0")]
    with pytest.raises(ValueError):
        parse_rules("lonely\n")
    assert version_tuple("5.10.2") == (5, 10, 2)


def test_audit_uses_site_then_kiosk_overrides() -> None:
    sites = {"CIN001": {"payments": {"card": {"contactless_limit": 150}}}}
    kiosks = [{"id": "K1", "site": "CIN001", "overrides": {}},
              {"id": "K2", "site": "CIN001", "overrides": {"payments": {"card": {"contactless_limit": 80}}}},
              {"id": "K3", "site": "CIN999"}]
    rules = [Rule("payments.card.contactless_limit", "at_most", 100)]
    findings = audit_kiosks(DEFAULTS, sites, kiosks, rules)
    assert findings == [{"kiosk": "K1", "site": "CIN001", "setting": "payments.card.contactless_limit", "value": 150,
                         "problem": "above 100"}]


def test_audit_finding_order_and_missing() -> None:
    kiosks = [{"id": "K1", "site": "S", "overrides": {"network": {"proxy": None}, "software": {"version": "5.2"}}}]
    rules = [Rule("software.version", "min_version", "5.3.0"), Rule("network.proxy", "required")]
    findings = audit_kiosks(DEFAULTS, {}, kiosks, rules)
    assert [(f["setting"], f["value"], f["problem"]) for f in findings] == [
        ("software.version", "5.2", "older than 5.3.0"), ("network.proxy", None, "missing")]


def test_audit_leaves_inputs_alone() -> None:
    defaults = copy.deepcopy(DEFAULTS)
    sites = {"S": {"payments": {"cash": {"enabled": True}}}}
    kiosks = [{"id": "K1", "site": "S", "overrides": {"payments": {"cash": {"float": 50}}}}]
    findings = audit_kiosks(defaults, sites, kiosks, [Rule("payments.cash.enabled", "equals", False)])
    assert findings[0]["value"] is True
    assert defaults == DEFAULTS and sites == {"S": {"payments": {"cash": {"enabled": True}}}}


def test_findings_by_problem() -> None:
    findings = [{"kiosk": "K1", "setting": "a", "problem": "missing"}, {"kiosk": "K1", "setting": "a", "problem": "missing"},
                {"kiosk": "K2", "setting": "a", "problem": "missing"}]
    assert findings_by_problem(findings) == {"a: missing": ["K1", "K2"]}
