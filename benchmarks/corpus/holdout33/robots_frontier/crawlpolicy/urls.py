"""Splitting frontier URLs into the host and the path that robots rules are matched against."""

from __future__ import annotations

from urllib.parse import urlsplit


def split_url(url: str) -> tuple[str, str]:
    """(host[:port] lower-cased, path with query); the path is "/" when empty."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.netloc.lower(), path
