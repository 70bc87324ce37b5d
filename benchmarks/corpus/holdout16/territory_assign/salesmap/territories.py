"""Territory rules: a postcode prefix maps to a territory and its account rep."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from salesmap.postcodes import normalise_postcode


@dataclass(frozen=True)
class Rule:
    prefix: str
    territory: str
    rep: str


def load_rules(rows: Iterable[Mapping[str, str]]) -> list[Rule]:
    """Rules from the sales-ops spreadsheet export (columns prefix, territory, rep)."""
    return [Rule(row["prefix"], row["territory"], row["rep"]) for row in rows]


class TerritoryMap:
    """Longest-prefix territory matching; among equal prefixes the earlier rule wins."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)

    def territory_for(self, postcode: str) -> Rule | None:
        code = normalise_postcode(postcode)
        best: Rule | None = None
        for rule in self.rules:
            prefix = normalise_postcode(rule.prefix)
            if code.startswith(prefix) and (best is None or len(prefix) > len(normalise_postcode(best.prefix))):
                best = rule
        return best

    def assign(self, accounts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Territory and rep for every account, accounts per rep, and the unmatched account ids.

        ``assigned`` maps account id to ``(territory, rep)``; ``per_rep`` counts accounts per
        rep in order of first assignment; ``unassigned`` lists ids no rule covers, in input order.
        """
        assigned: dict[Any, tuple[str, str]] = {}
        per_rep: dict[str, int] = {}
        unassigned: list[Any] = []
        for account in accounts:
            rule = self.territory_for(account["postcode"])
            if rule is None:
                unassigned.append(account["id"])
                continue
            assigned[account["id"]] = (rule.territory, rule.rep)
            per_rep[rule.rep] = per_rep.get(rule.rep, 0) + 1
        return {"assigned": assigned, "per_rep": per_rep, "unassigned": unassigned}
