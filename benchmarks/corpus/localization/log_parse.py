"""Parse web-server log lines and count status codes per path.

Hottest function: parse_line (regular expression matching per line).
"""

import random
import re

PATTERN = r'(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(GET|POST) ([^ ]+) HTTP/1\.[01]" (\d{3}) (\d+)'


def make_log(n: int) -> list[str]:
    rng = random.Random(8)
    paths = ["/", "/cart", "/login", "/api/items", "/static/app.js"]
    return [
        f'10.0.{rng.randrange(256)}.{rng.randrange(256)} - - [10/Oct/2024:13:55:36 +0000] '
        f'"{rng.choice(["GET", "POST"])} {rng.choice(paths)} HTTP/1.1" {rng.choice([200, 200, 404, 500])} {rng.randrange(5000)}'
        for _ in range(n)
    ]


def parse_line(line: str) -> tuple[str, int] | None:
    match = re.compile(PATTERN).match(line)  # HOT
    if match is None:
        return None
    return match.group(4), int(match.group(5))


def count(lines: list[str]) -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for line in lines:
        parsed = parse_line(line)
        if parsed:
            counts[parsed] = counts.get(parsed, 0) + 1
    return counts


if __name__ == "__main__":
    print(sorted(count(make_log(250000)).items())[:3])
