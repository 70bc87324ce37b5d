"""URL slugs for blog posts."""

from __future__ import annotations

import re
import unicodedata


def slugify(title: str) -> str:
    """ASCII, lower case, words joined by hyphens: "Café au lait!" → "cafe-au-lait"."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def unique_slugs(titles: list[str]) -> list[str]:
    """One slug per title, in order; a slug already taken gets -2, -3, … appended.

    A title with no usable characters gets the slug "post".
    """
    slugs: list[str] = []
    for title in titles:
        base = slugify(title) or "post"
        candidate = base
        n = 2
        while candidate in slugs:
            candidate = f"{base}-{n}"
            n += 1
        slugs.append(candidate)
    return slugs
