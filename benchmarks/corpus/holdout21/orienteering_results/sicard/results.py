"""Punch checking, split times and ranked course results."""

from __future__ import annotations

from sicard.model import Card, Course, find_course


def match_punches(controls: tuple[int, ...], punches: tuple[tuple[int, int], ...]) -> list[int] | None:
    """Times at which the course's controls were punched, in course order, or None if one is
    missing. Extra punches are allowed; each control is matched to the first suitable punch
    after the previous control's."""
    times = []
    remaining = list(punches)
    for code in controls:
        for position, (punched, at) in enumerate(remaining):
            if punched == code:
                times.append(at)
                remaining = remaining[position + 1:]
                break
        else:
            return None
    return times


def course_results(courses: list[Course], cards: list[Card]) -> dict[str, list[dict[str, object]]]:
    """Results per course, in the order the courses are given.

    Runners with every control punched and a finish are 'ok', ranked by running time with
    shared places for equal times (1, 2, 2, 4) and listed by time, then name, then bib; they
    get their leg split times (start to first control, ..., last control to finish) and the
    time behind the winner. Mispunched runners ('mp') follow, then those who did not
    finish ('dnf'), each by bib. A card for an unknown course raises KeyError.
    """
    results: dict[str, list[dict[str, object]]] = {course.name: [] for course in courses}
    for card in cards:
        course = find_course(courses, card.course)
        row: dict[str, object] = {"bib": card.bib, "name": card.name, "club": card.club, "status": "ok",
                                  "time": None, "place": None, "behind": None, "splits": []}
        if card.finish is None:
            row["status"] = "dnf"
        else:
            times = match_punches(course.controls, card.punches)
            if times is None:
                row["status"] = "mp"
            else:
                marks = [card.start] + times + [card.finish]
                row["splits"] = [marks[k + 1] - marks[k] for k in range(len(marks) - 1)]
                row["time"] = card.finish - card.start
        results[course.name].append(row)
    for name, rows in results.items():
        ok = sorted((row for row in rows if row["status"] == "ok"), key=lambda row: (row["time"], row["name"], row["bib"]))
        for row in ok:
            row["place"] = 1 + sum(1 for other in ok if other["time"] < row["time"])
            row["behind"] = row["time"] - min(other["time"] for other in ok)
        rest = sorted((row for row in rows if row["status"] != "ok"), key=lambda row: (row["status"] != "mp", row["bib"]))
        results[name] = ok + rest
    return results
