"""Stub slot for the sorted-ready-queue recipe."""

from __future__ import annotations

import libcst as cst

EXPLANATION = "(stub slot: a list sorted again on every pass to take its smallest item becomes a heap)"


def heap_not_resort(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Stub slot, filled by the sorted-ready-queue recipe."""
    return None
