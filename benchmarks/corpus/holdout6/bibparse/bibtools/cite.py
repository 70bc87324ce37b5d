"""Short author-year citations."""

from __future__ import annotations


def short_citation(entry: dict) -> str:
    """'Knuth 1984', 'Kernighan and Ritchie 1978' or 'Lamport et al. 1994'."""
    authors = [name.strip() for name in entry["fields"].get("author", "Anon.").split(" and ")]
    surnames = [name.split(",")[0].strip() if "," in name else name.split()[-1] for name in authors]
    year = entry["fields"].get("year", "n.d.")
    if len(surnames) == 1:
        who = surnames[0]
    elif len(surnames) == 2:
        who = f"{surnames[0]} and {surnames[1]}"
    else:
        who = f"{surnames[0]} et al."
    return f"{who} {year}"
