"""Helpers for the fields of the CDN's combined-format access log."""

from __future__ import annotations

from datetime import datetime

APACHE_TIME = "%d/%b/%Y:%H:%M:%S %z"

# Substrings (lower case) of user agents that are never counted as listeners.
BOT_MARKERS = (
    "bot",
    "crawler",
    "spider",
    "curl/",
    "wget/",
    "python-requests",
    "go-http-client",
    "feedfetcher",
    "uptime",
    "monitor",
)


def parse_timestamp(text: str) -> datetime:
    """Parse an access-log time such as ``01/Mar/2024:10:15:02 +0000``."""
    return datetime.strptime(text.strip(), APACHE_TIME)


def is_bot(user_agent: str) -> bool:
    """True when the user agent belongs to a crawler, monitor or scripted client."""
    agent = user_agent.lower()
    if not agent.strip():
        return True
    return any(marker in agent for marker in BOT_MARKERS)
