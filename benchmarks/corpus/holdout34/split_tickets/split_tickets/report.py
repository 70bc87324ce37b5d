"""Summaries of the quotes for the website's savings page."""

from __future__ import annotations

from typing import Sequence


def format_quote(quote: dict) -> str:
    """One quote as the website's results panel shows it."""
    def money(pence: int | None) -> str:
        return "n/a" if pence is None else f"£{pence // 100}.{pence % 100:02d}"

    lines = [f"{quote['origin']} → {quote['destination']}: through {money(quote['through_pence'])}, "
             f"split {money(quote['split_pence'])}"]
    for origin, destination, pence in quote["legs"]:
        lines.append(f"  {origin}-{destination} {money(pence)}")
    return "\n".join(lines)


def best_savings(quotes: Sequence[dict], count: int = 5) -> list[dict]:
    """The quotes with the largest savings, largest first (ties in quote order)."""
    return sorted((quote for quote in quotes if quote["saving_pence"] > 0),
                  key=lambda quote: -quote["saving_pence"])[:count]
