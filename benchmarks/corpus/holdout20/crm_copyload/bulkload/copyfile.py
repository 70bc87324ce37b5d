"""Writing COPY text files."""

from __future__ import annotations

from typing import Iterable, Mapping

from bulkload.values import escape, to_text


class CopyWriter:
    """Accumulates rows in PostgreSQL COPY text format (tab-separated, ``\\N`` for NULL)."""

    def __init__(self, columns: list[str], null: str = "\\N") -> None:
        self.columns = list(columns)
        self.null = null
        self.text = ""
        self.rows = 0

    def field(self, value: object) -> str:
        if value is None:
            return self.null
        return escape(to_text(value))

    def write_row(self, record: Mapping[str, object]) -> None:
        self.text += "\t".join(self.field(record.get(column)) for column in self.columns) + "\n"
        self.rows += 1


def render_copy(columns: list[str], records: Iterable[Mapping[str, object]], null: str = "\\N") -> tuple[str, int]:
    """The COPY text for the records (missing keys become NULL) and the number of rows."""
    writer = CopyWriter(columns, null)
    for record in records:
        writer.write_row(record)
    return writer.text, writer.rows
