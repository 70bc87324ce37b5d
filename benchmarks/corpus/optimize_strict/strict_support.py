"""Helpers shared by the strict equivalence tests (never shown to wattlens).

`outcome` runs a function on deep copies of the arguments and returns what a caller
can observe: the result (or the exception's type) and the arguments after the call.
`same` compares two outcomes strictly: types must match (a list is not a tuple,
1 is not 1.0), dicts compare as dicts (key order is not part of their value).
"""

from __future__ import annotations

import copy
from typing import Any


def typed(value: Any) -> Any:
    """A form of `value` that compares equal only when types match too."""
    if isinstance(value, dict):
        return ("dict", type(value).__name__, {typed(k): typed(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(typed(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return (type(value).__name__, frozenset(typed(v) for v in value))
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return (type(value).__qualname__, typed(vars(value)))
    return (type(value).__name__, value)


def outcome(function: Any, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    """(("ok", result) or ("raised", exception type name), arguments after the call)."""
    args, kwargs = copy.deepcopy(args), copy.deepcopy(kwargs)
    try:
        result: Any = ("ok", typed(function(*args, **kwargs)))
    except Exception as error:  # noqa: BLE001 - the exception's type is the outcome
        result = ("raised", type(error).__name__)
    return result, typed((args, kwargs))


def assert_same(candidate: Any, reference: Any, *args: Any, **kwargs: Any) -> None:
    """The candidate behaves as the reference on these arguments (result, exception, mutation)."""
    got, got_args = outcome(candidate, *args, **kwargs)
    want, want_args = outcome(reference, *args, **kwargs)
    assert got == want, f"result differs on {args!r} {kwargs!r}:\n got  {got!r}\n want {want!r}"
    assert got_args == want_args, f"arguments changed differently on {args!r}:\n got  {got_args!r}\n want {want_args!r}"
