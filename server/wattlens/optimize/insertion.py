"""(being written) Recipes for lists kept in order by inserting at the front or re-sorting."""

from __future__ import annotations

import libcst as cst


def prepend_then_reverse(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None


def insort_not_resort(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None
