"""Match syslog lines against the alert rules (first matching rule wins)."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

from alertrules.globs import glob_to_regex

SYSLOG_LINE = re.compile(
    r"^(?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<time>\d\d:\d\d:\d\d) (?P<host>\S+) "
    r"(?P<program>[^:\[\s]+)(?:\[(?P<pid>\d+)\])?: (?P<message>.*)$"
)


def parse_line(line: str) -> dict[str, str] | None:
    """The fields of an RFC 3164 style syslog line, or None if it does not look like one."""
    match = SYSLOG_LINE.match(line.rstrip("\r\n"))
    if match is None:
        return None
    return match.groupdict()


def classify_lines(lines: Iterable[str], rules: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Alerts raised by ``lines`` under ``rules``.

    Each rule has ``name``, ``severity``, ``program`` and ``message`` globs, and an optional
    ``ignore_case`` flag for the message. A line raises an alert for the first rule whose
    program glob matches the whole program name and whose message glob matches anywhere
    in the message. Returns the alerts as ``(line number, rule, severity, host, program)``
    tuples, the number of alerts per rule (rules in their given order), and how many lines
    matched no rule or could not be parsed.
    """
    alerts: list[tuple[int, str, str, str, str]] = []
    counts = {rule["name"]: 0 for rule in rules}
    unmatched = 0
    unparsed = 0
    for number, line in enumerate(lines, 1):
        fields = parse_line(line)
        if fields is None:
            unparsed += 1
            continue
        for rule in rules:
            if not re.fullmatch(glob_to_regex(rule["program"]), fields["program"]):
                continue
            flags = re.IGNORECASE if rule.get("ignore_case") else 0
            if re.search(glob_to_regex(rule["message"]), fields["message"], flags):
                alerts.append((number, rule["name"], rule["severity"], fields["host"], fields["program"]))
                counts[rule["name"]] += 1
                break
        else:
            unmatched += 1
    return {"alerts": alerts, "counts": counts, "unmatched": unmatched, "unparsed": unparsed}
