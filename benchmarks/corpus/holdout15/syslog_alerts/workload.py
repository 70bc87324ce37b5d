"""One hour of the fleet's syslog run through the on-call alert rules."""

import random

from alertrules.classify import classify_lines

PROGRAMS = ["sshd", "kernel", "CRON", "nginx", "postfix/smtpd", "systemd", "dockerd", "haproxy", "sudo", "rsyslogd"]
MESSAGES = [
    "Accepted publickey for deploy from 10.{a}.{b}.{c} port {p} ssh2",
    "Failed password for invalid user admin{a} from 203.0.{b}.{c} port {p} ssh2",
    "Failed password for root from 198.51.{b}.{c} port {p} ssh2",
    "EXT4-fs warning (device sda{a}): ext4_end_bio: No space left on device",
    "Out of memory: Killed process {p} (java) total-vm:{a}{b}kB",
    "(root) CMD (/usr/local/bin/backup --volume vol{a})",
    "{a}.{b}.{c}.1 - - \"GET /api/v{a}/orders/{p} HTTP/1.1\" 200 {b}{c}",
    "connect from unknown[192.0.2.{c}]",
    "lost connection after AUTH from unknown[192.0.2.{c}]",
    "Started Session {p} of user ops{a}.",
    "container {p} health_status: unhealthy",
    "backend app{a} has no server available!",
    "ops{a} : TTY=pts/{b} ; PWD=/home/ops{a} ; USER=root ; COMMAND=/bin/systemctl restart nginx",
]


def make_rules(rng: random.Random) -> list[dict]:
    rules = [
        {"name": "disk-full", "severity": "critical", "program": "kernel", "message": "*No space left on device*"},
        {"name": "oom-kill", "severity": "critical", "program": "{kernel,systemd}", "message": "out of memory: kill*", "ignore_case": True},
        {"name": "ssh-invalid-user", "severity": "warning", "program": "sshd", "message": "Failed password for invalid user *"},
        {"name": "ssh-root", "severity": "warning", "program": "sshd", "message": "Failed password for root from *"},
        {"name": "smtp-auth", "severity": "warning", "program": "postfix/*", "message": "lost connection after {AUTH,EHLO}*"},
        {"name": "haproxy-down", "severity": "critical", "program": "haproxy", "message": "backend * has no server available"},
        {"name": "docker-unhealthy", "severity": "warning", "program": "dockerd", "message": "health_status: unhealthy"},
    ]
    for number in range(48):
        program = rng.choice(["nginx", "sudo", "CRON", "systemd", "app-[a-m]*", "worker-?", "{billing,ledger}-api"])
        word = rng.choice(["timeout", "refused", "panic", "deadlock", "SIGSEGV", "restart", "throttl", "quota"])
        rules.append({"name": f"team-rule-{number:02d}", "severity": rng.choice(["info", "warning"]),
                      "program": program, "message": f"*{word}*[0-9]{{s,ms}}*", "ignore_case": rng.random() < 0.5})
    rules.append({"name": "sudo-root", "severity": "info", "program": "sudo", "message": "*USER=root*COMMAND=*"})
    return rules


def main() -> None:
    rng = random.Random(20240304)
    hosts = [f"{role}-{n:02d}" for role in ("web", "db", "mail", "lb", "batch") for n in range(1, 13)]
    lines = []
    for second in range(16000):
        template = rng.choice(MESSAGES)
        message = template.format(a=rng.randint(0, 9), b=rng.randint(0, 255), c=rng.randint(1, 254), p=rng.randint(1000, 65000))
        program = rng.choice(PROGRAMS)
        pid = f"[{rng.randint(100, 40000)}]" if rng.random() < 0.8 else ""
        minute, sec = divmod(second % 3600, 60)
        lines.append(f"Mar  4 14:{minute:02d}:{sec:02d} {rng.choice(hosts)} {program}{pid}: {message}\n")
        if rng.random() < 0.01:
            lines.append("-- MARK --\n")
    result = classify_lines(lines, make_rules(rng))
    top = sorted(result["counts"].items(), key=lambda item: -item[1])[:3]
    print(len(lines), "lines;", len(result["alerts"]), "alerts;", result["unmatched"], "unmatched;", result["unparsed"], "unparsed; top", top)


if __name__ == "__main__":
    main()
