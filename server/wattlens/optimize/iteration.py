"""(being written) A recipe for loops that count positions only to index the sequence they walk."""

from __future__ import annotations

import libcst as cst


def iterate_not_index(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None
