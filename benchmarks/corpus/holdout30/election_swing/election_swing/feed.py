"""The results feed: one line per candidate as each constituency declares."""

from __future__ import annotations


def parse_results_feed(text: str) -> dict[str, dict[str, int]]:
    """Read "constituency|party|candidate|votes" lines into votes per party per constituency,
    constituencies in declaration order. Two candidates of the same party label (independents
    are all "IND") have their votes added. Lines starting with # are comments.

    Raises ``ValueError`` for a line without four fields or with a negative or non-integer vote
    count.
    """
    results: dict[str, dict[str, int]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected constituency|party|candidate|votes")
        seat, party, _, votes_text = fields
        if not votes_text.isdigit():
            raise ValueError(f"line {number}: bad vote count {votes_text!r}")
        seat_votes = results.setdefault(seat, {})
        seat_votes[party] = seat_votes.get(party, 0) + int(votes_text)
    return results


def feed_text(results: dict[str, dict[str, int]]) -> str:
    """Write results back in feed form (candidate names are not kept, so they are left blank)."""
    return "".join(f"{seat}|{party}||{votes}\n" for seat, parties in results.items() for party, votes in parties.items())
