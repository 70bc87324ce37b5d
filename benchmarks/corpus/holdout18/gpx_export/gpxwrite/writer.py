"""A small indenting XML writer."""

from __future__ import annotations

from typing import Any, Mapping

from gpxwrite.xmltext import escape


class GpxWriter:
    def __init__(self, indent: str = "  ") -> None:
        self.indent = indent
        self.text = ""
        self.depth = 0
        self.stack: list[str] = []

    def line(self, content: str) -> None:
        self.text += self.indent * self.depth + content + "\n"

    def open(self, tag: str, attributes: Mapping[str, Any] | None = None) -> None:
        rendered = "".join(f' {name}="{escape(str(value))}"' for name, value in (attributes or {}).items())
        self.line(f"<{tag}{rendered}>")
        self.stack.append(tag)
        self.depth += 1

    def close(self) -> None:
        tag = self.stack.pop()
        self.depth -= 1
        self.line(f"</{tag}>")

    def element(self, tag: str, value: Any) -> None:
        self.line(f"<{tag}>{escape(str(value))}</{tag}>")

    def getvalue(self) -> str:
        if self.stack:
            raise ValueError(f"unclosed elements: {', '.join(self.stack)}")
        return self.text
