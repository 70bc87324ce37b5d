"""Scoring conventions from the Laws of Cricket that the averages depend on."""

from __future__ import annotations

from cricscore.deliveries import Delivery

# Dismissals credited to the bowler (run outs and retirements are not).
BOWLER_WICKETS = ("bowled", "caught", "caught and bowled", "lbw", "stumped", "hit wicket")
# Ways of leaving the field that do not count as being out.
NOT_OUT = ("retired hurt", "retired not out")


def is_legal(delivery: Delivery) -> bool:
    """Wides and no-balls are not part of the over."""
    return delivery.extra_type not in ("wide", "noball")


def faced(delivery: Delivery) -> bool:
    """A ball counts as faced by the batter unless it was a wide."""
    return delivery.extra_type != "wide"


def conceded(delivery: Delivery) -> int:
    """Runs charged to the bowler: byes and leg byes are not."""
    if delivery.extra_type in ("bye", "legbye"):
        return delivery.runs_off_bat
    return delivery.runs_off_bat + delivery.extras


def bowler_wicket(delivery: Delivery) -> bool:
    return delivery.wicket_kind in BOWLER_WICKETS


def is_dismissal(delivery: Delivery) -> bool:
    return delivery.wicket_kind != "" and delivery.wicket_kind not in NOT_OUT


def overs_text(balls: int) -> str:
    """Legal balls as overs in the usual notation: 45 balls -> "7.3"."""
    return f"{balls // 6}.{balls % 6}"
