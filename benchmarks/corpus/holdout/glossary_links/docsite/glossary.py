"""Link glossary terms in the documentation site."""

from __future__ import annotations

import re

MATCH_FLAGS = re.IGNORECASE


def link_terms(paragraphs: list[str], glossary: dict[str, str]) -> list[str]:
    """Each paragraph with every glossary term turned into a Markdown link.

    Terms match as whole words in any case, and the link keeps the text as written:
    with {"cache": "/g/cache"}, "Caches and the Cache" becomes
    "Caches and the [Cache](/g/cache)". Terms are applied one after another, in
    glossary order.
    """
    linked = []
    for paragraph in paragraphs:
        for term, url in glossary.items():
            pattern = r"\b" + re.escape(term) + r"\b"
            paragraph = re.sub(pattern, lambda m: f"[{m.group(0)}]({url})", paragraph, flags=MATCH_FLAGS)
        linked.append(paragraph)
    return linked


def page_links(paragraphs: list[str], glossary: dict[str, str]) -> int:
    """How many glossary links a page gets."""
    return sum(text.count("](") for text in link_terms(paragraphs, glossary))
