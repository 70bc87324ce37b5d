"""Prefix suggestions for the store's search box, built from last month's query log."""

from __future__ import annotations

from typing import Iterable, Mapping


def normalize(text: str) -> str:
    """Case-fold and collapse runs of whitespace, so that "  Cordless  DRILL" == "cordless drill"."""
    return " ".join(text.casefold().split())


class Suggester:
    """Suggests popular past queries that start with what the user has typed so far."""

    def __init__(self, query_counts: Mapping[str, int], minimum_count: int = 1) -> None:
        self.entries: list[tuple[str, str, int]] = []
        for query, count in query_counts.items():
            if count >= minimum_count and query.strip():
                self.entries.append((normalize(query), query.strip(), count))

    def __len__(self) -> int:
        return len(self.entries)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Suggestions for a single prefix."""
        return self.suggest_all([prefix], limit)[prefix]

    def suggest_all(self, prefixes: Iterable[str], limit: int = 8) -> dict[str, list[str]]:
        """Suggestions for each prefix: up to `limit` queries, most popular first.

        Queries with the same count are ordered alphabetically (as displayed). Prefixes are
        matched after normalization; an empty prefix matches everything.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        results: dict[str, list[str]] = {}
        for prefix in prefixes:
            wanted = normalize(prefix)
            matches = [(count, display) for key, display, count in self.entries if key.startswith(wanted)]
            matches.sort(key=lambda match: (-match[0], match[1]))
            results[prefix] = [display for _, display in matches[:limit]]
        return results
