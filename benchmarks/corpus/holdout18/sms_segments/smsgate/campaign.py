"""Prepare a batch of reminders for the SMS gateway and estimate what it will cost."""

from __future__ import annotations

from typing import Any, Iterable

from smsgate.gsm7 import encode, pack
from smsgate.segments import smart_replace, split_message


def plan_campaign(messages: Iterable[tuple[str, str]], price_per_segment: Any,
                  max_segments: int = 6) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per-message gateway payloads and the campaign totals.

    Each message is ``(recipient, text)``. Typographic quotes and dashes are replaced
    first so that more messages fit the 7-bit alphabet. Messages needing more than
    ``max_segments`` segments are rejected and cost nothing. GSM-7 payloads are the
    packed septets in hex, UCS-2 payloads the UTF-16BE bytes in hex, one per segment.
    """
    rows = []
    totals: dict[str, Any] = {"messages": 0, "rejected": 0, "segments": 0, "GSM-7": 0, "UCS-2": 0,
                              "cost": price_per_segment * 0}
    for recipient, text in messages:
        text = smart_replace(text)
        encoding, parts = split_message(text)
        totals["messages"] += 1
        if len(parts) > max_segments:
            totals["rejected"] += 1
            rows.append({"to": recipient, "status": "rejected", "encoding": encoding, "segments": len(parts),
                         "payloads": [], "cost": price_per_segment * 0})
            continue
        if encoding == "GSM-7":
            payloads = [pack(encode(part)).hex() for part in parts]
        else:
            payloads = [part.encode("utf-16-be").hex() for part in parts]
        cost = price_per_segment * len(parts)
        totals["segments"] += len(parts)
        totals[encoding] += 1
        totals["cost"] += cost
        rows.append({"to": recipient, "status": "queued", "encoding": encoding, "segments": len(parts),
                     "payloads": payloads, "cost": cost})
    return rows, totals
