"""Turn a clickstream into per-user browsing sessions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageView:
    user: str
    timestamp: int  # seconds since the epoch
    path: str


@dataclass
class Session:
    user: str
    start: int
    end: int
    paths: list[str]


def build_sessions(views: list[PageView], gap: int = 1800) -> list[Session]:
    """Group each user's page views into sessions.

    A user's views are taken in timestamp order (views with equal timestamps keep their
    input order). A view at most `gap` seconds after the user's previous view continues
    the session; a longer pause starts a new one. Returns the sessions of every user,
    users in order of their first view in the input, each user's sessions in time order;
    `paths` lists the session's pages in order, repeats included. Raises ValueError if
    `gap` is negative.
    """
    if gap < 0:
        raise ValueError("gap must not be negative")
    users = list(dict.fromkeys(view.user for view in views))
    sessions: list[Session] = []
    for user in users:
        mine = sorted((view for view in views if view.user == user), key=lambda view: view.timestamp)
        current = Session(user, mine[0].timestamp, mine[0].timestamp, [mine[0].path])
        for view in mine[1:]:
            if view.timestamp - current.end > gap:
                sessions.append(current)
                current = Session(user, view.timestamp, view.timestamp, [])
            current.end = view.timestamp
            current.paths.append(view.path)
        sessions.append(current)
    return sessions
