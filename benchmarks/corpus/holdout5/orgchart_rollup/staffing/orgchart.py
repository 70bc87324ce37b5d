"""Org chart model and team roll-ups used by the HR planning reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional


@dataclass(frozen=True)
class Employee:
    """One person in the org chart.

    `manager_id` is None for people at the top, or the id of someone who is not
    part of this chart (for example a board member); both count as roots.
    """

    id: str
    name: str
    manager_id: Optional[str]
    salary: int


@dataclass
class TeamSummary:
    """Figures for the team under one manager."""

    manager_id: str
    direct_reports: int
    headcount: int
    payroll: int
    depth: int


class OrgChart:
    """An org chart built from a flat list of employees."""

    def __init__(self, employees: Iterable[Employee]) -> None:
        self.employees: list[Employee] = []
        seen: set[str] = set()
        for employee in employees:
            if employee.id in seen:
                raise ValueError(f"duplicate employee id {employee.id!r}")
            seen.add(employee.id)
            self.employees.append(employee)

    def find(self, employee_id: str) -> Employee:
        """The employee with this id; KeyError if there is none."""
        for employee in self.employees:
            if employee.id == employee_id:
                return employee
        raise KeyError(employee_id)

    def reports_of(self, manager_id: str) -> list[Employee]:
        """Direct reports of `manager_id`, in chart order."""
        return [employee for employee in self.employees if employee.manager_id == manager_id]

    def chain_of_command(self, employee_id: str) -> list[str]:
        """Ids from `employee_id` up to its root, both included.

        Raises ValueError if the chain loops back on itself.
        """
        managers = {employee.id: employee.manager_id for employee in self.employees}
        chain = [employee_id]
        current = managers.get(employee_id)
        while current is not None and current in managers:
            if current in chain:
                raise ValueError(f"management cycle involving {current!r}")
            chain.append(current)
            current = managers[current]
        return chain

    def _headcount(self, manager_id: str) -> int:
        total = 0
        for report in self.reports_of(manager_id):
            total += 1 + self._headcount(report.id)
        return total

    def _payroll(self, manager_id: str) -> int:
        total = self.find(manager_id).salary
        for report in self.reports_of(manager_id):
            total += self._payroll(report.id)
        return total

    def _depth(self, manager_id: str) -> int:
        reports = self.reports_of(manager_id)
        if not reports:
            return 0
        return 1 + max(self._depth(report.id) for report in reports)

    def rollup(self) -> dict[str, TeamSummary]:
        """A TeamSummary for every employee with at least one direct report.

        The result is keyed by manager id in chart order. `headcount` counts
        everybody below the manager (not the manager), `payroll` is the salary
        total of the manager and everybody below, and `depth` is the number of
        management levels below (1 when all reports are individual
        contributors). Raises ValueError if reporting lines form a cycle.
        """
        for employee in self.employees:
            self.chain_of_command(employee.id)
        summaries: dict[str, TeamSummary] = {}
        for employee in self.employees:
            reports = self.reports_of(employee.id)
            if not reports:
                continue
            summaries[employee.id] = TeamSummary(
                manager_id=employee.id,
                direct_reports=len(reports),
                headcount=self._headcount(employee.id),
                payroll=self._payroll(employee.id),
                depth=self._depth(employee.id),
            )
        return summaries
