"""Course registration with first-come-first-served waitlists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping


class RegistrationError(ValueError):
    """An event refers to an unknown course or action."""


@dataclass
class Course:
    """A course section with a fixed number of places."""

    code: str
    capacity: int
    enrolled: list[str] = field(default_factory=list)
    waitlist: list[str] = field(default_factory=list)


class Registrar:
    """Keeps the class lists of all courses during a registration window."""

    def __init__(self, capacities: Mapping[str, int]) -> None:
        self.courses: dict[str, Course] = {code: Course(code, capacity) for code, capacity in capacities.items()}

    def process(self, events: Iterable[tuple[str, str, str]]) -> list[str]:
        """Apply ``(action, student, course)`` events in order and return the log.

        ``enrol`` gives the student a place if one is free and otherwise puts them at the
        end of the waitlist; ``drop`` frees a place (promoting the head of the waitlist)
        or leaves the waitlist. Raises RegistrationError for an unknown course or action;
        events before the bad one stay applied.
        """
        log: list[str] = []
        for action, student, code in events:
            course = self.courses.get(code)
            if course is None:
                raise RegistrationError(f"unknown course {code!r}")
            if action == "enrol":
                if student in course.enrolled or student in course.waitlist:
                    log.append(f"{code}: {student} already registered")
                elif len(course.enrolled) < course.capacity:
                    course.enrolled.append(student)
                    log.append(f"{code}: {student} enrolled")
                else:
                    course.waitlist.append(student)
                    log.append(f"{code}: {student} waitlisted at {len(course.waitlist)}")
            elif action == "drop":
                if student in course.enrolled:
                    course.enrolled.remove(student)
                    log.append(f"{code}: {student} dropped")
                    if course.waitlist:
                        promoted = course.waitlist.pop(0)
                        course.enrolled.append(promoted)
                        log.append(f"{code}: {promoted} promoted")
                elif student in course.waitlist:
                    course.waitlist.remove(student)
                    log.append(f"{code}: {student} left waitlist")
                else:
                    log.append(f"{code}: {student} not registered")
            else:
                raise RegistrationError(f"unknown action {action!r}")
        return log

    def summary(self) -> dict[str, tuple[int, int]]:
        """(enrolled, waitlisted) per course."""
        return {code: (len(c.enrolled), len(c.waitlist)) for code, c in self.courses.items()}
