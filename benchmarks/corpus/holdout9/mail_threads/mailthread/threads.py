"""Conversation threading for exported e-mail headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence


@dataclass(frozen=True)
class Message:
    """The headers of one exported message; `date` is an ISO 8601 UTC timestamp."""

    message_id: str
    in_reply_to: Optional[str]
    subject: str
    date: str


def find_message(messages: Sequence[Message], message_id: str) -> Message | None:
    """The first message with the given Message-ID, or None."""
    for message in messages:
        if message.message_id == message_id:
            return message
    return None


def thread_root(messages: Sequence[Message], message: Message) -> Message:
    """Follow In-Reply-To links up to the first message of the conversation.

    Stops at a message whose parent is missing from the export, and at the point where
    a chain of replies loops back on itself.
    """
    seen = {message.message_id}
    current = message
    while current.in_reply_to is not None:
        parent = find_message(messages, current.in_reply_to)
        if parent is None or parent.message_id in seen:
            break
        seen.add(parent.message_id)
        current = parent
    return current


def build_threads(messages: Sequence[Message]) -> list[list[str]]:
    """Group messages into threads.

    Each thread lists its messages' ids by date (ties in input order); threads are
    ordered by the date of their earliest message (ties by that message's position in
    the input). Messages whose roots share a Message-ID end up in the same thread.
    """
    groups: dict[str, list[int]] = {}
    for position, message in enumerate(messages):
        root = thread_root(messages, message)
        groups.setdefault(root.message_id, []).append(position)
    threads = []
    for positions in groups.values():
        positions.sort(key=lambda p: (messages[p].date, p))
        threads.append(positions)
    threads.sort(key=lambda ps: (messages[ps[0]].date, ps[0]))
    return [[messages[p].message_id for p in positions] for positions in threads]
