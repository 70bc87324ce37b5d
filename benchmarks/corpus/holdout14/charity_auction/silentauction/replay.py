"""Replay the silent-auction bid sheets in the order the bids were written."""

from __future__ import annotations

from typing import Any, Mapping, Sequence


def high_bid(accepted: Sequence[Mapping[str, Any]], lot: str) -> int:
    """The highest accepted amount on a lot so far (0 while it has no bids)."""
    best = 0
    for bid in accepted:
        if bid["lot"] == lot and bid["amount"] > best:
            best = bid["amount"]
    return best


def standings(accepted: Sequence[Mapping[str, Any]], lot: str, top: int) -> list[tuple[str, int]]:
    """Bidders on a lot ranked by their best bid; whoever reached an amount first ranks higher."""
    best: dict[str, tuple[int, int]] = {}
    for order, bid in enumerate(accepted):
        if bid["lot"] != lot:
            continue
        current = best.get(bid["bidder"])
        if current is None or bid["amount"] > current[0]:
            best[bid["bidder"]] = (bid["amount"], order)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1]))
    return [(bidder, amount) for bidder, (amount, _) in ranked[:top]]


def replay_auction(bids: Sequence[Mapping[str, Any]], reserves: Mapping[str, int], increment: int = 5, top: int = 3) -> dict[str, Any]:
    """Accept or reject every bid and record the leaders of its lot after it.

    A bid is accepted when its lot is on the reserve list, it is at least the lot's reserve
    and, once the lot has bids, at least ``increment`` above the current high bid.
    Returns ``timeline`` (one ``(lot, leaders)`` entry per accepted bid, the leaders as
    ``(bidder, amount)`` pairs), ``rejected`` (positions of rejected bids) and ``winners``
    (for every lot with bids, in sorted order: ``(bidder, amount)`` of the winning bid).
    """
    accepted: list[Mapping[str, Any]] = []
    timeline: list[tuple[str, tuple[tuple[str, int], ...]]] = []
    rejected: list[int] = []
    for position, bid in enumerate(bids):
        lot = bid["lot"]
        if lot not in reserves:
            rejected.append(position)
            continue
        current = high_bid(accepted, lot)
        needed = reserves[lot] if current == 0 else current + increment
        if bid["amount"] < needed:
            rejected.append(position)
            continue
        accepted.append(bid)
        timeline.append((lot, tuple(standings(accepted, lot, top))))
    winners = {}
    for lot in sorted({bid["lot"] for bid in accepted}):
        winners[lot] = standings(accepted, lot, 1)[0]
    return {"timeline": timeline, "rejected": rejected, "winners": winners}
