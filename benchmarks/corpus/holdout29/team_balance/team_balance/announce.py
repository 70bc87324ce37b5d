"""The team-sheet message posted to the club's group chat."""

from __future__ import annotations

from datetime import date

from team_balance.split import TeamSplit


def team_sheet(session: date, pitch: str, split: TeamSplit) -> str:
    """A plain-text announcement of the sides, bibs first."""
    lines = [f"{session:%A %d %B}, {pitch}", "", f"Bibs ({split.rating_a}):"]
    lines += [f"  {name}" for name in split.team_a]
    lines += ["", f"Non-bibs ({split.rating_b}):"]
    lines += [f"  {name}" for name in split.team_b]
    return "\n".join(lines) + "\n"
