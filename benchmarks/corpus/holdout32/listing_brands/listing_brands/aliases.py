"""The trust-and-safety team's brand alias table."""

from __future__ import annotations


def parse_alias_table(text: str) -> list[tuple[str, str]]:
    """(alias, brand) pairs in table order from "Brand = alias; alias; ..." lines.

    The brand name is always its own first alias; aliases are lower-cased, duplicates within a
    brand dropped. Blank lines and # comments are skipped. Raises ValueError for a line without
    a brand name or an alias claimed by two brands.
    """
    pairs: list[tuple[str, str]] = []
    owner: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        brand, _, rest = line.partition("=")
        brand = brand.strip()
        if not brand:
            raise ValueError(f"line {number}: no brand name")
        for alias in [brand] + rest.split(";"):
            alias = " ".join(alias.lower().split())
            if not alias:
                continue
            if alias in owner:
                if owner[alias] != brand:
                    raise ValueError(f"line {number}: alias {alias!r} already belongs to {owner[alias]}")
                continue
            owner[alias] = brand
            pairs.append((alias, brand))
    return pairs
