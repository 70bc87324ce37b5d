"""Strict equivalence tests for classify_lines (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from alertrules.classify import classify_lines

TARGET = "alertrules/classify.py:classify_lines"


def glob_to_regex(pattern):
    out = []
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "*":
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif char == "{":
            out.append("(?:")
            depth += 1
        elif char == "}" and depth:
            out.append(")")
            depth -= 1
        elif char == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(char))
        i += 1
    if depth:
        raise ValueError(f"unbalanced brace in rule pattern {pattern!r}")
    return "".join(out)


SYSLOG_LINE = re.compile(
    r"^(?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<time>\d\d:\d\d:\d\d) (?P<host>\S+) "
    r"(?P<program>[^:\[\s]+)(?:\[(?P<pid>\d+)\])?: (?P<message>.*)$"
)


def parse_line(line):
    match = SYSLOG_LINE.match(line.rstrip("\r\n"))
    if match is None:
        return None
    return match.groupdict()


def reference(lines, rules):
    alerts = []
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


def rule(name, program, message, severity="warning", **extra):
    return {"name": name, "severity": severity, "program": program, "message": message, **extra}


def line(program, message, host="web-01", pid="123", time="10:15:02", day=" 4"):
    pid_part = f"[{pid}]" if pid is not None else ""
    return f"Mar {day} {time} {host} {program}{pid_part}: {message}"


R = [
    rule("disk", "kernel", "*No space left*", "critical"),
    rule("ssh", "sshd", "Failed password for {invalid user ,}*"),
    rule("oom", "{kernel,systemd}", "out of memory", "critical", ignore_case=True),
    rule("cron", "CRON", "*", "info"),
]
L = [
    line("kernel", "EXT4: No space left on device"),
    line("sshd", "Failed password for invalid user bob from 1.2.3.4"),
    line("sshd", "Failed password for root"),
    line("systemd", "OUT OF MEMORY: boom"),
    line("kernel", "Out of memory"),
    line("CRON", "(root) CMD (x)", pid=None),
    line("nginx", "GET /"),
    "garbage",
]

CASES = [
    ([], []),
    ([], R),
    (L, []),
    (L, R),
    (list(reversed(L)), R),
    (L, list(reversed(R))),
    (tuple(L), tuple(R)),
    ([""], R),
    (["\n"], R),
    ([line("sshd", "Failed password for root") + "\n"], R),
    ([line("sshd", "Failed password for root") + "\r\n"], R),
    ([line("sshd", "Failed password for root") + "\n\n"], R),
    ([line("sshd", "Failed password for root") + " "], R),
    ([line("sshd", "")], R),
    ([line("CRON", "")], R),
    ([line("sshd", "x", day="14")], R),
    ([line("sshd", "x", day="4")], R),
    (["mar  4 10:15:02 h sshd: x"], R),
    (["Mar  4 10:15:02 h sshd[abc]: x"], R),
    (["Mar  4 10:15:02 h sshd[12]:x"], R),
    ([line("kernel", "No space left", host="wéb-ü1")], R),
    ([line("kernel", "Nö späce left — ✓")], [rule("u", "kernel", "*späce*")]),
    ([line("kernel", "OUT OF MEMORY")], [rule("a", "kernel", "out of memory", ignore_case=0), rule("b", "kernel", "out of memory", ignore_case="yes")]),
    ([line("kernel", "OUT OF MEMORY")], [rule("a", "kernel", "out of memory", ignore_case=None)]),
    ([line("kernel", "x")], [rule("dup", "kernel", "y"), rule("dup", "kernel", "x"), rule("dup", "*", "*")]),
    ([line("kernel", "x"), line("kernel", "y")], [rule("dup", "kernel", "y"), rule("other", "*", "*"), rule("dup", "*", "*")]),
    ([line("kernel", "x")], [rule("e", "", "")]),
    ([line("kernel", "x")], [rule("e", "*", "")]),
    ([line("kernel", "x")], [rule("e", "kern", "x")]),
    ([line("kernel", "x")], [rule("e", "kernel?", "x"), rule("f", "kerne?", "x")]),
    ([line("postfix/smtpd", "lost connection after AUTH")], [rule("p", "postfix/*", "lost connection after {AUTH,EHLO}*")]),
    ([line("app-c7", "panic 12ms")], [rule("t", "app-[a-m]*", "*panic*[0-9]{s,ms}*")]),
    ([line("app-z7", "panic 12ms")], [rule("t", "app-[a-m]*", "*panic*[0-9]{s,ms}*")]),
    ([line("app-z7", "x")], [rule("t", "app-[!a-m]*", "x")]),
    ([line("a.b", "x"), line("axb", "x")], [rule("dot", "a.b", "*")]),
    ([line("a+b", "(x)")], [rule("lit", "a+b", "(x)")]),
    ([line("ab", "x")], [rule("nest", "{a{b,c},d}", "x")]),
    ([line("a,b", "x")], [rule("comma", "a,b", "x")]),
    ([line("a}", "x")], [rule("brace", "a}", "x")]),
    ([line("a[", "x")], [rule("open", "a[", "x")]),
    ([line("a", "back\\slash")], [rule("bs", "a", "*[\\]*")]),
    ([line("kernel", "x")], [rule("bad", "{kernel", "x")]),
    ([line("kernel", "x")], [rule("ok", "kernel", "x"), rule("bad", "{kernel", "x")]),
    ([line("kernel", "y")], [rule("ok", "kernel", "x"), rule("bad", "{kernel", "x")]),
    ([line("kernel", "y")], [rule("ok", "sshd", "{x"), rule("fine", "kernel", "y")]),
    ([line("sshd", "y")], [rule("ok", "sshd", "{x"), rule("fine", "kernel", "y")]),
    ([line("kernel", "x")], [rule("empty-class", "[]", "x")]),
    ([line("kernel", "x")], [rule("a", "kernel", "x"), rule("empty-class", "[]", "x")]),
    (["garbage"], [rule("empty-class", "[]", "x")]),
    ([line("kernel", "x")], [rule("none", None, "x")]),
    (["garbage", "junk"], [rule("none", None, "x")]),
    ([line("kernel", "x")], [rule("m", "kernel", None)]),
    ([line("sshd", "x")], [rule("m", "kernel", None)]),
    ([line("kernel", "x")], [{"name": "n", "program": "kernel", "message": "x"}]),
    ([line("kernel", "y")], [{"name": "n", "program": "kernel", "message": "x"}]),
    ([line("kernel", "x")], [{"program": "kernel", "message": "x", "severity": "s"}]),
    ([line("kernel", "x")], [{"name": "n", "severity": "s", "message": "x"}]),
    ([None], R),
    (["garbage", None], R),
    ([b"bytes"], R),
    ([line("kernel", "x")], [rule(("tuple", 1), "kernel", "x")]),
    ([line("kernel", "x")], [rule(["list"], "kernel", "x")]),
    ([line("kernel", "x"), line("kernel", "x")], [rule("n", "kernel", "x", severity=None)]),
    ([line("kernel", "a" * 300)], [rule("long", "kernel", "*" + "a?" * 20 + "*")]),
    ([line("kernel", "x")] * 5, [rule(f"r{i}", "kernel", "y") for i in range(50)] + [rule("hit", "kernel", "x")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(classify_lines, reference, *case)


def _random_cases():
    rng = random.Random(1515)
    programs = ["sshd", "kernel", "CRON", "nginx", "postfix/smtpd", "app-c1", "app-x2", "worker-7"]
    words = ["timeout", "Refused", "panic", "root", "AUTH", "space", "12ms", "3s", "ünï"]
    program_globs = ["*", "sshd", "kernel", "{kernel,systemd}", "app-[a-m]*", "app-[!a-m]?", "postfix/*", "worker-?", "nginx", "?RON"]
    for index in range(130):
        rules = []
        for number in range(rng.randint(0, 9)):
            message = rng.choice(["*", "", "*{w}*", "{w}", "*{w}*[0-9]{{s,ms}}*", "{{{w},{v}}}*", "[a-z]*{w}", "{w}?"])
            rules.append(rule(f"r{number % 6}", rng.choice(program_globs),
                              message.format(w=rng.choice(words), v=rng.choice(words)),
                              rng.choice(["info", "warning", "critical"]), ignore_case=rng.choice([True, False, None, 1])))
        if index % 17 == 0 and rules:
            rules.insert(rng.randrange(len(rules) + 1), rule("broken", rng.choice(program_globs), "{unclosed"))
        lines = []
        for _ in range(rng.randint(0, 25)):
            roll = rng.random()
            if roll < 0.07:
                lines.append(rng.choice(["", "-- MARK --", "Mar  4 bad", "\n"]))
                continue
            message = " ".join(rng.choice(words + ["x", "y", "from", "1.2.3.4"]) for _ in range(rng.randint(0, 6)))
            text = line(rng.choice(programs), message, host=rng.choice(["web-01", "db-02", "mail"]),
                        pid=rng.choice([None, "1", "4242"]), day=rng.choice([" 4", "12"]))
            lines.append(text + rng.choice(["", "\n", "\r\n"]))
        yield lines, rules


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(classify_lines, reference, *case)


def test_large_log() -> None:
    rng = random.Random(99)
    rules = [rule(f"r{n}", rng.choice(["*", "sshd", "{kernel,CRON}", "app-*"]), f"*{rng.choice(['a', 'b', 'zz', 'q'])}*{n % 7}*",
                  ignore_case=n % 2 == 0) for n in range(40)]
    lines = [line(rng.choice(["sshd", "kernel", "CRON", "app-1", "nginx"]),
                  "".join(rng.choice("abcdefgq0123456789 ") for _ in range(30))) for _ in range(600)]
    assert_same(classify_lines, reference, lines, rules)
