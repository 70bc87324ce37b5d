"""Translate the glob syntax used in alert rules into regular expressions."""

from __future__ import annotations

import re


def glob_to_regex(pattern: str) -> str:
    """Regex source for an alert-rule glob.

    Supports ``*`` (any run of characters), ``?`` (one character), ``[abc]`` and
    ``[!abc]`` character classes and ``{a,b,c}`` alternatives (which may nest).
    Everything else matches literally.
    """
    out: list[str] = []
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "*":
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif char == "{":
            out.append("(?:")
            depth += 1
        elif char == "}" and depth:
            out.append(")")
            depth -= 1
        elif char == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(char))
        i += 1
    if depth:
        raise ValueError(f"unbalanced brace in rule pattern {pattern!r}")
    return "".join(out)
