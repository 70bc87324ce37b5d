"""The "cases referred to" block printed above a judgment in the law reports."""

from __future__ import annotations


def referred_to(mentions: dict[str, list[int]]) -> list[str]:
    """One line per case, alphabetical (ignoring case), with its paragraph numbers: "Name, [3], [17]"."""
    return [f"{name}, " + ", ".join(f"[{number}]" for number in sorted(set(numbers)))
            for name, numbers in sorted(mentions.items(), key=lambda item: (item[0].casefold(), item[0]))]
