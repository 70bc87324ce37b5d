"""Apply JSON Patch documents (add, remove, replace, move, copy, test)."""

from __future__ import annotations

import copy
from typing import Any, Sequence

from patchdoc.pointer import PatchError, array_index, parse_pointer, resolve


def _add(document: Any, tokens: list[str], value: Any) -> Any:
    if not tokens:
        return value
    parent = resolve(document, tokens[:-1])
    key = tokens[-1]
    if isinstance(parent, list):
        parent.insert(array_index(key, len(parent), True), value)
    elif isinstance(parent, dict):
        parent[key] = value
    else:
        raise PatchError(f"cannot add to {type(parent).__name__}")
    return document


def _remove(document: Any, tokens: list[str]) -> Any:
    """Remove and return the value at the path."""
    if not tokens:
        raise PatchError("cannot remove the whole document")
    parent = resolve(document, tokens[:-1])
    key = tokens[-1]
    if isinstance(parent, list):
        return parent.pop(array_index(key, len(parent), False))
    if isinstance(parent, dict):
        if key not in parent:
            raise PatchError(f"no member {key!r}")
        return parent.pop(key)
    raise PatchError(f"cannot remove from {type(parent).__name__}")


def _value(operation: dict) -> Any:
    if "value" not in operation:
        raise PatchError(f"{operation.get('op')!r} operation needs a value")
    return operation["value"]


def apply_operation(document: Any, operation: dict) -> Any:
    """Apply one operation to a copy of the document and return the copy."""
    document = copy.deepcopy(document)
    op = operation.get("op")
    if "path" not in operation:
        raise PatchError("operation without a path")
    tokens = parse_pointer(operation["path"])
    if op == "add":
        return _add(document, tokens, copy.deepcopy(_value(operation)))
    if op == "remove":
        _remove(document, tokens)
        return document
    if op == "replace":
        value = copy.deepcopy(_value(operation))
        resolve(document, tokens)
        if not tokens:
            return value
        parent = resolve(document, tokens[:-1])
        if isinstance(parent, list):
            parent[array_index(tokens[-1], len(parent), False)] = value
        else:
            parent[tokens[-1]] = value
        return document
    if op in ("move", "copy"):
        if "from" not in operation:
            raise PatchError(f"{op!r} operation needs 'from'")
        source = parse_pointer(operation["from"])
        if op == "move":
            if source == tokens:
                resolve(document, source)
                return document
            if source == tokens[:len(source)]:
                raise PatchError("cannot move a value into one of its own children")
            return _add(document, tokens, _remove(document, source))
        return _add(document, tokens, copy.deepcopy(resolve(document, source)))
    if op == "test":
        if resolve(document, tokens) != _value(operation):
            raise PatchError(f"test failed at {operation['path']!r}")
        return document
    raise PatchError(f"unknown operation {op!r}")


def apply_patch(document: Any, patch: Sequence[dict]) -> Any:
    """The patched document; operations apply in order and the input is left untouched.

    Any failing operation raises PatchError and no partial result is returned.
    """
    result = document
    for operation in patch:
        result = apply_operation(result, operation)
    return result
