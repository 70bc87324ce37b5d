"""Endpoint records from the TLS scanner's JSON-lines export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

OPENSSL_TIME = "%b %d %H:%M:%S %Y %Z"


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    subject: str  # certificate subject CN
    issuer: str
    not_after: str  # as printed by OpenSSL, e.g. "Jun  1 12:00:00 2025 GMT"


def parse_cert_time(text: str) -> datetime:
    """OpenSSL's notAfter format (always GMT) as a naive UTC datetime."""
    return datetime.strptime(text, OPENSSL_TIME)


def read_scan(lines: Iterable[str]) -> list[Endpoint]:
    endpoints = []
    for line in lines:
        if line.strip():
            record = json.loads(line)
            endpoints.append(Endpoint(record["host"].lower(), int(record["port"]), record["subject"], record["issuer"],
                                      record["not_after"]))
    return endpoints
