"""A recipe for a loop that consumes a sequence by slicing off its head again and again.

(Stub: the recipe is being written; it rewrites nothing yet.)
"""

from __future__ import annotations

import libcst as cst

EXPLANATION = "stub"


def walk_not_reslice(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None
