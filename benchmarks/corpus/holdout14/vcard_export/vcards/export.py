"""Write contacts as a vCard 3.0 stream."""

from __future__ import annotations

import base64
from typing import Any, Mapping, Sequence

from vcards.lines import escape_text, fold_line


def contact_lines(contact: Mapping[str, Any]) -> list[str]:
    """The unfolded content lines of one contact."""
    family = contact.get("family", "")
    given = contact.get("given", "")
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             f"N:{escape_text(family)};{escape_text(given)};;;",
             "FN:" + escape_text(" ".join(part for part in (given, family) if part))]
    if contact.get("org"):
        lines.append("ORG:" + escape_text(contact["org"]))
    for kind, number in contact.get("phones", []):
        lines.append(f"TEL;TYPE={kind.upper()}:{number}")
    for address in contact.get("emails", []):
        lines.append(f"EMAIL;TYPE=INTERNET:{address}")
    if contact.get("note"):
        lines.append("NOTE:" + escape_text(contact["note"]))
    if contact.get("photo"):
        lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(contact["photo"]).decode("ascii"))
    lines.append("END:VCARD")
    return lines


def export_vcards(contacts: Sequence[Mapping[str, Any]], limit: int = 75) -> str:
    """All contacts as one vCard file, every content line folded to ``limit`` octets, CRLF line ends."""
    out = []
    for contact in contacts:
        for line in contact_lines(contact):
            out.append(fold_line(line, limit) + "\r\n")
    return "".join(out)
