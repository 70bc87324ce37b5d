"""(being written) Recipes for lists built only to be consumed once, and copies made only to be read."""

from __future__ import annotations

import libcst as cst


def consume_lazily(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None


def iterate_without_copy(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None
