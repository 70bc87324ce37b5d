"""Share events as recorded in the company's statutory books."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("issue", "transfer", "buyback")


@dataclass
class ShareEvent:
    """``issue`` gives new shares to ``holder``; ``transfer`` moves shares from ``holder``
    to ``counterparty``; ``buyback`` returns shares from ``holder`` to the company."""

    date: str  # "YYYY-MM-DD"
    kind: str
    holder: str
    share_class: str  # e.g. "ORD", "A", "EOT"
    shares: int
    counterparty: str | None = None


def _remove(register: dict[str, dict[str, int]], holder: str, share_class: str, shares: int) -> None:
    held = register.get(holder, {}).get(share_class, 0)
    if shares > held:
        raise ValueError(f"{holder} holds {held} {share_class} shares, cannot part with {shares}")
    if shares == held:
        del register[holder][share_class]
        if not register[holder]:
            del register[holder]
    else:
        register[holder][share_class] = held - shares


def apply_event(register: dict[str, dict[str, int]], event: ShareEvent) -> None:
    """Update ``register`` (holder -> share class -> shares) in place.

    Holdings that fall to zero are removed, and so are holders left without shares.
    Raises ValueError for an unknown kind, a non-positive number of shares, a transfer
    without counterparty or a holder parting with more shares than they hold.
    """
    if event.kind not in KINDS:
        raise ValueError(f"unknown event kind {event.kind!r}")
    if event.shares <= 0:
        raise ValueError("the number of shares must be positive")
    if event.kind == "issue":
        holding = register.setdefault(event.holder, {})
        holding[event.share_class] = holding.get(event.share_class, 0) + event.shares
        return
    if event.kind == "transfer" and event.counterparty is None:
        raise ValueError("a transfer needs a counterparty")
    _remove(register, event.holder, event.share_class, event.shares)
    if event.kind == "transfer":
        holding = register.setdefault(event.counterparty, {})
        holding[event.share_class] = holding.get(event.share_class, 0) + event.shares
