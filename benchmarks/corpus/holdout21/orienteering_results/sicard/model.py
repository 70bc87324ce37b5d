"""Courses and card read-outs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Course:
    name: str
    controls: tuple[int, ...]  # control codes in the order they must be visited


@dataclass(frozen=True)
class Card:
    bib: int
    name: str
    club: str
    course: str
    start: int  # seconds since midnight
    finish: int | None  # None when the runner did not punch the finish
    punches: tuple[tuple[int, int], ...]  # (control code, seconds since midnight) as read from the card


def find_course(courses: list[Course], name: str) -> Course:
    for course in courses:
        if course.name == name:
            return course
    raise KeyError(name)
