"""JSON Pointer (RFC 6901) helpers."""

from __future__ import annotations

from typing import Any


class PatchError(ValueError):
    """A patch operation that cannot be applied to the document."""


def parse_pointer(pointer: str) -> list[str]:
    """'/a~1b/0' -> ['a/b', '0']; the empty pointer is the whole document."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"JSON pointer must start with '/': {pointer!r}")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def array_index(token: str, length: int, allow_end: bool) -> int:
    """The list position a token names; '-' (and ``length``) only where appending is allowed."""
    if allow_end and token == "-":
        return length
    if not (token.isascii() and token.isdigit()) or (len(token) > 1 and token[0] == "0"):
        raise PatchError(f"invalid array index {token!r}")
    index = int(token)
    if index > length or (index == length and not allow_end):
        raise PatchError(f"array index {index} out of range")
    return index


def resolve(document: Any, tokens: list[str]) -> Any:
    for token in tokens:
        if isinstance(document, list):
            document = document[array_index(token, len(document), False)]
        elif isinstance(document, dict):
            if token not in document:
                raise PatchError(f"no member {token!r}")
            document = document[token]
        else:
            raise PatchError(f"cannot descend into {type(document).__name__} with {token!r}")
    return document
