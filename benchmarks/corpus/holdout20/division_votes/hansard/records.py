"""Members and division lists."""

from __future__ import annotations

from dataclasses import dataclass, field

VOTES = ("aye", "no")


@dataclass(frozen=True)
class Member:
    member_id: int
    name: str
    party: str


@dataclass
class Division:
    number: int
    title: str
    # (member id, "aye" | "no" | "abstain") in the order the tellers recorded them
    votes: list[tuple[int, str]] = field(default_factory=list)


def parse_division(number: int, title: str, lines: list[str]) -> Division:
    """Division list lines look like ``1043 aye``."""
    votes = []
    for line in lines:
        member_id, vote = line.split()
        votes.append((int(member_id), vote.lower()))
    return Division(number, title, votes)
