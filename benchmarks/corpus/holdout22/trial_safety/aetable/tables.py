"""Incidence of treatment-emergent adverse events by arm."""

from __future__ import annotations

from aetable.records import AdverseEvent, Subject, subject_arm


def _percent(count: int, total: int) -> float | None:
    return round(100 * count / total, 1) if total else None


def incidence_table(subjects: list[Subject], events: list[AdverseEvent],
                    min_grade: int = 1) -> list[dict[str, object]]:
    """One row per system organ class (term "ANY") followed by one row per preferred term.

    Each row gives, per arm (arms in sorted order) and in total, the number of subjects
    with at least one event of grade ``min_grade`` or higher, their percentage of the
    arm's safety population (one decimal), the number of such events and the worst grade.
    Classes are listed alphabetically; terms within a class by descending total subject
    count, then name. Events of subjects outside the safety population are ignored.
    """
    arms = sorted({subject.arm for subject in subjects if subject.safety_population})
    population = {arm: 0 for arm in arms}
    counted: list[str] = []
    for subject in subjects:
        if subject.safety_population and subject.subject_id not in counted:
            counted.append(subject.subject_id)
            population[subject.arm] += 1
    total_population = sum(population.values())

    cells: dict[tuple[str, str], dict[str, dict[str, object]]] = {}
    for event in events:
        if event.grade < min_grade:
            continue
        arm = subject_arm(event.subject_id, subjects)
        if arm is None:
            continue
        for key in ((event.soc, "ANY"), (event.soc, event.term)):
            row = cells.setdefault(key, {})
            for column in (arm, "total"):
                cell = row.setdefault(column, {"subjects": [], "events": 0, "worst": 0})
                if event.subject_id not in cell["subjects"]:
                    cell["subjects"].append(event.subject_id)
                cell["events"] += 1
                cell["worst"] = max(cell["worst"], event.grade)

    def summary(row: dict[str, dict[str, object]], column: str, denominator: int) -> dict[str, object]:
        cell = row.get(column, {"subjects": [], "events": 0, "worst": 0})
        return {"n": len(cell["subjects"]), "pct": _percent(len(cell["subjects"]), denominator),
                "events": cell["events"], "worst": cell["worst"]}

    rows = []
    for soc in sorted({soc for soc, _ in cells}):
        terms = [term for class_, term in cells if class_ == soc and term != "ANY"]
        terms.sort(key=lambda term: (-len(cells[(soc, term)]["total"]["subjects"]), term))
        for term in ["ANY"] + terms:
            row = cells[(soc, term)]
            entry = {"soc": soc, "term": term}
            entry.update({arm: summary(row, arm, population[arm]) for arm in arms})
            entry["total"] = summary(row, "total", total_population)
            rows.append(entry)
    return rows
