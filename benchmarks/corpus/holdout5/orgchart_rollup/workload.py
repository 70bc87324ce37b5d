"""Quarterly planning: roll up every team in a mid-sized company's org chart."""

import random

from staffing.orgchart import Employee, OrgChart


def build_company(rng: random.Random, size: int) -> list[Employee]:
    employees = [Employee("E0000", "Founder", None, 250_000)]
    managers = ["E0000"]
    for n in range(1, size):
        manager = rng.choice(managers[-60:]) if rng.random() < 0.8 else rng.choice(managers)
        employee_id = f"E{n:04d}"
        employees.append(Employee(employee_id, f"Person {n}", manager, rng.randrange(45_000, 180_000, 500)))
        if rng.random() < 0.22:
            managers.append(employee_id)
    rng.shuffle(employees)
    return employees


def main() -> None:
    rng = random.Random(2024)
    chart = OrgChart(build_company(rng, 1400))
    summaries = chart.rollup()
    biggest = max(summaries.values(), key=lambda s: (s.headcount, s.manager_id))
    print(len(summaries), biggest.manager_id, biggest.headcount, biggest.payroll, biggest.depth)


if __name__ == "__main__":
    main()
