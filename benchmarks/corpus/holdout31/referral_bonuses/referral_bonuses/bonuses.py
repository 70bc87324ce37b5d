"""Rank qualification and group-volume bonuses."""

from __future__ import annotations

from typing import Mapping

# (rank, minimum personal volume, minimum group volume, minimum qualifying legs, bonus rate),
# highest rank first.
RANK_PLAN = [
    ("Diamond", 200.0, 50_000.0, 4, 0.09),
    ("Gold", 150.0, 15_000.0, 3, 0.07),
    ("Silver", 100.0, 4_000.0, 2, 0.05),
    ("Bronze", 100.0, 1_000.0, 0, 0.03),
    ("Consultant", 0.0, 0.0, 0, 0.0),
]
LEG_VOLUME = 1_000.0


def monthly_bonuses(roster: Mapping[str, str | None], personal: Mapping[str, float],
                    plan=RANK_PLAN, leg_volume: float = LEG_VOLUME) -> dict[str, dict]:
    """Rank and bonus of every distributor in the roster.

    A distributor's group volume is their own personal volume plus that of everyone they
    sponsored, directly or further down. A leg qualifies when the recruit heading it has a group
    volume of at least ``leg_volume``. The rank is the first plan entry whose three minimums are
    met; the bonus is the rank's rate times the group volume, to the cent. Distributors without
    orders have no personal volume. The roster must be a tree (see ``validate_roster``).
    """
    downlines: dict[str | None, list[str]] = {}
    for member, sponsor in roster.items():
        downlines.setdefault(sponsor, []).append(member)

    def group_volume(member: str) -> float:
        total = personal.get(member, 0.0)
        for recruit in downlines.get(member, []):
            total += group_volume(recruit)
        return total

    results: dict[str, dict] = {}
    for member in roster:
        volume = group_volume(member)
        legs = sum(1 for recruit in downlines.get(member, []) if group_volume(recruit) >= leg_volume)
        own = personal.get(member, 0.0)
        rank, rate = None, 0.0
        for name, min_personal, min_group, min_legs, bonus_rate in plan:
            if own >= min_personal and volume >= min_group and legs >= min_legs:
                rank, rate = name, bonus_rate
                break
        results[member] = {"group_volume": round(volume, 2), "legs": legs, "rank": rank,
                           "bonus": round(volume * rate, 2)}
    return results


def commission_statement(results: Mapping[str, dict], top: int = 10) -> list[str]:
    """Lines for the commissions e-mail: count per rank, then the ``top`` bonuses."""
    counts: dict[str, int] = {}
    for item in results.values():
        counts[item["rank"]] = counts.get(item["rank"], 0) + 1
    lines = [f"{rank}: {count}" for rank, count in sorted(counts.items(), key=lambda pair: (-pair[1], str(pair[0])))]
    best = sorted(results.items(), key=lambda pair: (-pair[1]["bonus"], pair[0]))[:top]
    lines += [f"{member} {item['rank']} {item['bonus']:.2f}" for member, item in best]
    return lines
