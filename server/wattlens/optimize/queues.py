"""Stub slot for the dict-of-queues recipe."""

from __future__ import annotations

import libcst as cst

EXPLANATION = "(stub slot: lists kept in a dict and used as FIFO queues become deques)"


def dict_of_queues(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Stub slot, filled by the dict-of-queues recipe."""
    return None
