"""Sections and priced items of a bill of quantities."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    description: str
    quantity: float
    unit: str
    rate: float
    amount: float  # quantity x rate, rounded to the penny
    line: int  # line number in the source text, for the surveyor's queries


@dataclass
class Section:
    title: str
    line: int
    items: list[Item] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    total: float = 0.0


@dataclass
class SourceLine:
    number: int
    indent: int
    text: str
