"""Instant-runoff (ranked choice) counting for club and committee elections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass
class RunoffResult:
    """Outcome of an instant-runoff count."""

    winner: str | None
    rounds: list[dict[str, int]] = field(default_factory=list)
    eliminated: list[str] = field(default_factory=list)
    exhausted: int = 0


def parse_ballots(text: str) -> list[list[str]]:
    """One ballot per line, preferences separated by '>' (blank lines and # comments ignored)."""
    ballots: list[list[str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        ballots.append([name.strip() for name in line.split(">") if name.strip()])
    return ballots


def instant_runoff(candidates: Sequence[str], ballots: Sequence[Sequence[str]]) -> RunoffResult:
    """Count ranked ballots by instant runoff.

    Each ballot lists candidates in order of preference and counts for its highest-ranked
    candidate still in the race; a ballot with no such candidate is exhausted. Every round
    records the tally of the continuing candidates. A candidate with more than half of the
    non-exhausted ballots wins, as does the last candidate left standing. Otherwise the
    candidate with the fewest votes is eliminated; a tie for fewest is broken by eliminating
    the one listed last in `candidates`.

    Raises ValueError if `candidates` repeats a name or if a ballot ranks someone who is not
    standing (the first such ballot, in order, is reported).
    """
    if len(set(candidates)) != len(candidates):
        raise ValueError("duplicate candidate names")
    for number, ballot in enumerate(ballots, start=1):
        for choice in ballot:
            if choice not in candidates:
                raise ValueError(f"ballot {number} ranks unknown candidate {choice!r}")

    continuing = list(candidates)
    eliminated: list[str] = []
    rounds: list[dict[str, int]] = []
    while continuing:
        tally = {name: 0 for name in continuing}
        exhausted = 0
        for ballot in ballots:
            for choice in ballot:
                if choice not in eliminated:
                    tally[choice] += 1
                    break
            else:
                exhausted += 1
        rounds.append(tally)
        active = len(ballots) - exhausted
        leader = max(continuing, key=lambda name: tally[name])
        if tally[leader] * 2 > active or len(continuing) == 1:
            return RunoffResult(leader, rounds, eliminated, exhausted)
        fewest = min(tally.values())
        loser = [name for name in continuing if tally[name] == fewest][-1]
        continuing.remove(loser)
        eliminated.append(loser)
    return RunoffResult(None, rounds, eliminated, len(ballots))
