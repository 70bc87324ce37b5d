"""A recipe for a list kept in recency order (an LRU cache simulated with a list).

(Stub: the recipe is being written; it rewrites nothing yet.)
"""

from __future__ import annotations

import libcst as cst

EXPLANATION = "stub"


def recency_list_to_dict(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return None
