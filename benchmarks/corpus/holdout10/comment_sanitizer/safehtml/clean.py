"""Reduce untrusted HTML to a small whitelist of tags and attributes."""

from __future__ import annotations

import html
import re

ALLOWED: dict[str, tuple[str, ...]] = {
    "a": ("href", "title"),
    "abbr": ("title",),
    "b": (),
    "blockquote": ("cite",),
    "br": (),
    "code": (),
    "em": (),
    "i": (),
    "li": (),
    "ol": (),
    "p": (),
    "pre": (),
    "strong": (),
    "ul": (),
}
VOID_TAGS = frozenset({"br"})
DROP_WITH_CONTENT = frozenset({"script", "style"})
URL_ATTRIBUTES = frozenset({"href", "cite"})
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")

_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]*)"
    r"((?:\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)"
    r"\s*(/?)>"
)
_ATTRIBUTE = re.compile(r"([^\s=/>]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")


def escape_text(text: str) -> str:
    """Escape markup characters in text, leaving existing character references alone."""
    return _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def is_safe_url(value: str) -> bool:
    """False for URLs that would run script or embed content when followed."""
    compact = "".join(html.unescape(value).split()).lower()
    return not compact.startswith(UNSAFE_SCHEMES)


def clean_attributes(tag: str, raw: str) -> str:
    """The allowed attributes of `tag` from the raw attribute text, re-quoted."""
    allowed = ALLOWED[tag]
    seen: list[str] = []
    parts: list[str] = []
    for match in _ATTRIBUTE.finditer(raw):
        name = match.group(1).lower()
        if name not in allowed or name in seen:
            continue
        seen.append(name)
        value = next((g for g in match.groups()[1:] if g is not None), "")
        if name in URL_ATTRIBUTES and not is_safe_url(value):
            continue
        parts.append(f' {name}="{html.escape(html.unescape(value), quote=True)}"')
    return "".join(parts)


def sanitize(markup: str) -> str:
    """`markup` with only whitelisted tags and attributes left.

    Other tags are removed but their text is kept, except inside ``<script>`` and
    ``<style>`` which are dropped entirely, as are comments. Text is escaped, stray
    closing tags are dropped and tags still open at the end are closed.
    """
    out: list[str] = []
    open_tags: list[str] = []
    rest = markup
    while rest:
        if rest.startswith("<!--"):
            end = rest.find("-->", 4)
            rest = "" if end < 0 else rest[end + 3 :]
            continue
        if rest.startswith("<"):
            match = _TAG.match(rest)
            if match is None:
                out.append("&lt;")
                rest = rest[1:]
                continue
            closing = match.group(1) == "/"
            name = match.group(2).lower()
            attributes, self_closing = match.group(3), match.group(4) == "/"
            rest = rest[match.end() :]
            if name in DROP_WITH_CONTENT and not closing:
                end = rest.lower().find("</" + name)
                if end < 0:
                    rest = ""
                else:
                    close = rest.find(">", end)
                    rest = "" if close < 0 else rest[close + 1 :]
                continue
            if name not in ALLOWED:
                continue
            if closing:
                if name in open_tags:
                    while open_tags:
                        top = open_tags.pop()
                        out.append(f"</{top}>")
                        if top == name:
                            break
                continue
            out.append(f"<{name}{clean_attributes(name, attributes)}>")
            if name in VOID_TAGS:
                continue
            if self_closing:
                out.append(f"</{name}>")
            else:
                open_tags.append(name)
            continue
        lt = rest.find("<")
        if lt < 0:
            lt = len(rest)
        out.append(escape_text(rest[:lt]))
        rest = rest[lt:]
    while open_tags:
        out.append(f"</{open_tags.pop()}>")
    return "".join(out)
