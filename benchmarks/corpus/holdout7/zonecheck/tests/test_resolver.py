import pytest

from dnszone.resolver import Record, ResolutionError, parse_zone, resolve_names

ZONE = """
$ORIGIN example.com.  ; ignored by this tool
@        IN A     192.0.2.1
www      300 IN CNAME web
web      IN A     192.0.2.10
web      IN A     192.0.2.11
*.apps   IN CNAME web.example.com.
mail     IN AAAA  2001:db8::25
"""


def records():
    return [r for r in parse_zone(ZONE, "example.com.") if not r.name.startswith("$")]


def test_parse_zone() -> None:
    recs = records()
    assert recs[0] == Record("example.com.", "A", "192.0.2.1", 3600)
    assert recs[1] == Record("www.example.com.", "CNAME", "web.example.com.", 300)


def test_follow_cname() -> None:
    recs = records() + [Record("web", "A", "203.0.113.9")]
    answers = resolve_names(recs, ["WWW.example.com.", "example.com"])
    assert answers == {"WWW.example.com.": ["192.0.2.10", "192.0.2.11"], "example.com": ["192.0.2.1"]}


def test_wildcard_and_missing() -> None:
    answers = resolve_names(records(), ["shop.apps.example.com", "nothing.example.com"])
    assert answers == {"shop.apps.example.com": ["192.0.2.10", "192.0.2.11"], "nothing.example.com": []}


def test_other_type() -> None:
    assert resolve_names(records(), ["mail.example.com"], rtype="aaaa") == {"mail.example.com": ["2001:db8::25"]}


def test_loop_detected() -> None:
    recs = [Record("a.test", "CNAME", "b.test"), Record("b.test", "CNAME", "a.test.")]
    with pytest.raises(ResolutionError):
        resolve_names(recs, ["a.test"])
