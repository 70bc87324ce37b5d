"""Canonical page URLs."""

from __future__ import annotations

from urllib.parse import quote


def canonical_url(base_url: str, path: str) -> str:
    """Absolute URL for a CMS path: one slash between base and path, no trailing slash
    (except the home page), lower-case path, and non-ASCII characters percent-encoded."""
    path = "/" + path.strip().strip("/").lower()
    if path != "/":
        path = path.rstrip("/")
    return base_url.rstrip("/") + quote(path, safe="/-._~!$&'()*+,;=:@%?#")
