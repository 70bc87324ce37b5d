"""Low-level X12 segment writing."""

from __future__ import annotations

from typing import Any


class SegmentWriter:
    """Accumulates X12 segments as text, separated and terminated as agreed with the partner."""

    def __init__(self, element_separator: str = "*", segment_terminator: str = "~",
                 sub_element_separator: str = ">", line_break: str = "\n") -> None:
        if len({element_separator, segment_terminator, sub_element_separator}) != 3:
            raise ValueError("separators must all differ")
        self.element_separator = element_separator
        self.segment_terminator = segment_terminator
        self.sub_element_separator = sub_element_separator
        self.line_break = line_break
        self.text = ""
        self.transaction_start = 0

    def clean(self, value: Any) -> str:
        """An element value with the delimiter characters blanked out."""
        text = "" if value is None else str(value)
        for reserved in (self.element_separator, self.segment_terminator, self.sub_element_separator):
            text = text.replace(reserved, " ")
        return text

    def segment(self, tag: str, *elements: Any, raw: bool = False) -> None:
        """Append one segment; trailing empty elements are left out as the standard requires.

        ``raw`` writes the elements as given (for the ISA header, which carries the
        sub-element separator itself).
        """
        parts = [tag] + [str(element) if raw else self.clean(element) for element in elements]
        while len(parts) > 1 and parts[-1] == "":
            parts.pop()
        self.text += self.element_separator.join(parts) + self.segment_terminator + self.line_break

    def begin_transaction(self) -> None:
        self.transaction_start = len(self.text)

    def transaction_segment_count(self) -> int:
        """Segments written since ``begin_transaction``, plus the SE segment still to come."""
        return self.text[self.transaction_start:].count(self.segment_terminator) + 1
