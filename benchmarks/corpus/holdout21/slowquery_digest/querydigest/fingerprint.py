"""Query fingerprints: the statement with its literal values abstracted away."""

from __future__ import annotations

import re

IN_LIST = re.compile(r"\b(in|values)\s*\(\s*\?(?:\s*,\s*\?)*\s*\)")


def fingerprint(sql: str) -> str:
    """Normalise a statement so that queries differing only in literals group together.

    Quoted strings and numbers become '?', comments are dropped, whitespace runs become
    one space, everything outside `backquoted` names is lower-cased, and lists of
    placeholders after IN / VALUES collapse to '(?+)'. A trailing ';' is dropped.
    """
    out = ""
    i = 0
    n = len(sql)
    previous = " "
    while i < n:
        ch = sql[i]
        if ch == "'" or ch == '"':
            i += 1
            while i < n:
                if sql[i] == "\\":
                    i += 2
                    continue
                if sql[i] == ch:
                    if i + 1 < n and sql[i + 1] == ch:
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            out += "?"
            previous = "?"
        elif ch == "`":
            end = sql.find("`", i + 1)
            if end < 0:
                end = n - 1
            out += sql[i:end + 1]
            previous = "`"
            i = end + 1
        elif ch == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
            if previous != " ":
                out += " "
                previous = " "
        elif ch == "-" and sql.startswith("-- ", i) or ch == "#":
            end = sql.find("\n", i)
            i = n if end < 0 else end
        elif ch.isdigit() and not (previous.isalnum() or previous in "_$"):
            i += 1
            if ch == "0" and i < n and sql[i] in "xX":
                i += 1
                while i < n and sql[i] in "0123456789abcdefABCDEF":
                    i += 1
            else:
                while i < n and (sql[i].isdigit() or sql[i] == "."):
                    i += 1
            out += "?"
            previous = "?"
        elif ch.isspace():
            while i < n and sql[i].isspace():
                i += 1
            if previous != " ":
                out += " "
                previous = " "
        else:
            out += ch.lower()
            previous = ch
            i += 1
    out = out.strip()
    if out.endswith(";"):
        out = out[:-1].rstrip()
    return IN_LIST.sub(lambda match: match.group(1) + "(?+)", out)
