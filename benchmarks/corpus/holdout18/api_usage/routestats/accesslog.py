"""Lines of the gateway's access log (combined format plus the request time in seconds)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

LINE = re.compile(
    r'(?P<client>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<target>\S+) HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "[^"]*" "[^"]*" (?P<seconds>\d+(?:\.\d+)?)$'
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    status: int
    seconds: float


def parse_line(line: str) -> Request | None:
    """The request, with the query string dropped and the path percent-decoded; None if malformed."""
    found = LINE.match(line.rstrip("\r\n"))
    if found is None:
        return None
    path = unquote(found["target"].split("?", 1)[0])
    return Request(found["method"], path, int(found["status"]), float(found["seconds"]))
