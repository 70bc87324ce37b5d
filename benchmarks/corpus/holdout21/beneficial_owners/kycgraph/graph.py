"""Effective ownership through chains of holding companies, and the UBO report."""

from __future__ import annotations

from kycgraph.registry import Holding


class OwnershipGraph:
    """Shareholdings between companies and natural persons."""

    def __init__(self, holdings: list[Holding], people: dict[str, str]) -> None:
        self.holdings = list(holdings)
        self.people = dict(people)  # person id -> full name

    def shareholders(self, company: str) -> list[Holding]:
        """Direct holdings in ``company``, in registry order."""
        return [holding for holding in self.holdings if holding.company == company]

    def effective_stakes(self, company: str, path: tuple[str, ...] = ()) -> dict[str, float]:
        """Fraction of ``company`` each natural person holds, directly or through any chain of
        companies (products of the fractions along each chain, summed over chains).
        Raises ValueError for circular ownership or a percentage outside (0, 100]."""
        if company in path:
            raise ValueError(f"circular ownership: {' > '.join(path + (company,))}")
        stakes: dict[str, float] = {}
        for holding in self.shareholders(company):
            if not 0 < holding.percent <= 100:
                raise ValueError(f"invalid percentage {holding.percent} for {holding.owner} in {company}")
            share = holding.percent / 100
            if holding.owner in self.people:
                stakes[holding.owner] = stakes.get(holding.owner, 0.0) + share
            else:
                for person, fraction in self.effective_stakes(holding.owner, path + (company,)).items():
                    stakes[person] = stakes.get(person, 0.0) + share * fraction
        return stakes

    def ubo_report(self, companies: list[str], threshold: float = 25.0) -> list[dict[str, object]]:
        """For each company (in the order given): the natural persons holding at least
        ``threshold`` percent effectively, largest first (ties by person id), with their
        names and percentages rounded to 4 places, and the percentage not traced to any
        person. Companies whose structure is circular or invalid get status 'error'."""
        report = []
        for company in companies:
            try:
                stakes = self.effective_stakes(company)
            except ValueError:
                report.append({"company": company, "status": "error", "owners": [], "untraced_pct": None})
                continue
            owners = [(person, self.people[person], round(fraction * 100, 4))
                      for person, fraction in stakes.items() if fraction * 100 >= threshold]
            owners.sort(key=lambda owner: (-owner[2], owner[0]))
            traced = sum(stakes.values()) * 100
            report.append({"company": company, "status": "ok", "owners": owners, "untraced_pct": round(100 - traced, 4)})
        return report
