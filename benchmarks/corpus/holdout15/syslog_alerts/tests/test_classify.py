import pytest

from alertrules.classify import classify_lines, parse_line
from alertrules.globs import glob_to_regex

RULES = [
    {"name": "disk-full", "severity": "critical", "program": "kernel", "message": "*No space left on device*"},
    {"name": "ssh-bruteforce", "severity": "warning", "program": "sshd", "message": "Failed password for {invalid user ,}*"},
    {"name": "oom", "severity": "critical", "program": "{kernel,systemd}", "message": "out of memory", "ignore_case": True},
    {"name": "cron-any", "severity": "info", "program": "CRON", "message": "*"},
]


def test_parse_line() -> None:
    fields = parse_line("Mar  4 10:15:02 web-01 sshd[1234]: Accepted publickey for deploy\n")
    assert fields is not None
    assert fields["host"] == "web-01" and fields["program"] == "sshd" and fields["pid"] == "1234"
    assert parse_line("garbage") is None


def test_glob_translation() -> None:
    assert glob_to_regex("a*b?") == "a.*b."
    assert glob_to_regex("{x,y}") == "(?:x|y)"
    assert glob_to_regex("[!0-9]") == "[^0-9]"
    with pytest.raises(ValueError):
        glob_to_regex("{x,y")


def test_first_matching_rule_wins() -> None:
    lines = ["Mar  4 10:15:02 db-02 kernel: Out Of Memory: killed process 77"]
    result = classify_lines(lines, RULES)
    assert result["alerts"] == [(1, "oom", "critical", "db-02", "kernel")]
    assert result["counts"]["oom"] == 1


def test_brace_alternatives() -> None:
    lines = ["Mar  4 10:15:02 bastion sshd[9]: Failed password for invalid user admin from 10.0.0.1",
             "Mar  4 10:15:03 bastion sshd[9]: Failed password for root from 10.0.0.1"]
    result = classify_lines(lines, RULES)
    assert [alert[1] for alert in result["alerts"]] == ["ssh-bruteforce", "ssh-bruteforce"]


def test_unmatched_and_unparsed() -> None:
    lines = ["Mar  4 10:15:02 web-01 nginx: GET /", "not syslog", "Mar  4 10:16:00 web-01 CRON[5]: (root) CMD (backup)"]
    result = classify_lines(lines, RULES)
    assert result["unmatched"] == 1 and result["unparsed"] == 1
    assert result["alerts"] == [(3, "cron-any", "info", "web-01", "CRON")]


def test_counts_keep_rule_order() -> None:
    assert list(classify_lines([], RULES)["counts"]) == ["disk-full", "ssh-bruteforce", "oom", "cron-any"]
