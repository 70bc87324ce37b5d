"""Attendance and rebellions."""

from __future__ import annotations

from hansard.records import VOTES, Division, Member


def vote_of(division: Division, member_id: int) -> str | None:
    """How the member voted in the division (first entry wins), None if absent."""
    for voter, vote in division.votes:
        if voter == member_id:
            return vote
    return None


def party_line(division: Division, party_of: dict[int, str], party: str) -> str | None:
    """The way the majority of the party's voting members went: 'aye' or 'no'; None on a tie
    or when none of them voted aye or no."""
    ayes = noes = 0
    for voter, vote in division.votes:
        if party_of.get(voter) != party:
            continue
        if vote == "aye":
            ayes += 1
        elif vote == "no":
            noes += 1
    if ayes > noes:
        return "aye"
    if noes > ayes:
        return "no"
    return None


def rebellion_report(members: list[Member], divisions: list[Division]) -> dict[int, dict[str, object]]:
    """Per member: divisions voted in, rebellions (an aye or no against the party line) and
    attendance in percent of all divisions."""
    party_of = {member.member_id: member.party for member in members}
    report: dict[int, dict[str, object]] = {}
    for member in members:
        voted = rebellions = 0
        for division in divisions:
            vote = vote_of(division, member.member_id)
            if vote is None:
                continue
            voted += 1
            if vote in VOTES:
                line = party_line(division, party_of, member.party)
                if line is not None and vote != line:
                    rebellions += 1
        report[member.member_id] = {
            "name": member.name,
            "party": member.party,
            "voted": voted,
            "rebellions": rebellions,
            "attendance_pct": round(100 * voted / len(divisions), 1) if divisions else 0.0,
        }
    return report
