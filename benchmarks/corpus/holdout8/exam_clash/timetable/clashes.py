"""Exam clash report for the examinations office."""

from __future__ import annotations

from typing import Mapping, Sequence


def read_enrolments(text: str) -> dict[str, list[str]]:
    """Lines of 'student_id,COURSE1 COURSE2 ...'; blank lines are skipped."""
    enrolments: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        student, sep, courses = line.partition(",")
        if not sep:
            raise ValueError(f"line {number}: expected 'student,courses'")
        enrolments.setdefault(student.strip(), []).extend(courses.split())
    return enrolments


def clash_counts(enrolments: Mapping[str, Sequence[str]]) -> list[tuple[str, str, int]]:
    """Every pair of courses that share at least one student.

    Returns ``(first, second, students)`` triples with ``first < second``, most shared
    students first, ties in course order. A student listed twice for a course counts once.
    """
    courses: list[str] = []
    for student, codes in enrolments.items():
        for code in codes:
            if code not in courses:
                courses.append(code)
    courses.sort()

    rosters: dict[str, list[str]] = {code: [] for code in courses}
    for student, codes in enrolments.items():
        for code in codes:
            if student not in rosters[code]:
                rosters[code].append(student)

    clashes = []
    for position, first in enumerate(courses):
        for second in courses[position + 1:]:
            shared = [student for student in rosters[first] if student in rosters[second]]
            if shared:
                clashes.append((first, second, len(shared)))
    clashes.sort(key=lambda clash: (-clash[2], clash[0], clash[1]))
    return clashes
