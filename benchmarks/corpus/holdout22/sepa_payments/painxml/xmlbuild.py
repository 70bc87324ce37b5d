"""A tiny indenting XML writer for the bank file formats."""

from __future__ import annotations


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class XmlWriter:
    """Writes one element per line, indented by two spaces per level."""

    def __init__(self) -> None:
        self.text = '<?xml version="1.0" encoding="UTF-8"?>\n'
        self.open_tags: list[str] = []

    def _attributes(self, attributes: dict[str, str] | None) -> str:
        if not attributes:
            return ""
        return "".join(f' {name}="{escape(str(value))}"' for name, value in attributes.items())

    def start(self, tag: str, attributes: dict[str, str] | None = None) -> None:
        self.text += "  " * len(self.open_tags) + f"<{tag}{self._attributes(attributes)}>\n"
        self.open_tags.append(tag)

    def end(self) -> None:
        tag = self.open_tags.pop()
        self.text += "  " * len(self.open_tags) + f"</{tag}>\n"

    def leaf(self, tag: str, value: object, attributes: dict[str, str] | None = None) -> None:
        self.text += "  " * len(self.open_tags) + f"<{tag}{self._attributes(attributes)}>{escape(str(value))}</{tag}>\n"

    def getvalue(self) -> str:
        if self.open_tags:
            raise ValueError(f"unclosed elements: {self.open_tags}")
        return self.text
