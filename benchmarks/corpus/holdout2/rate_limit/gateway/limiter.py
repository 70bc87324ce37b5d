"""Per-client sliding-window rate limiting for an API gateway."""

from __future__ import annotations


class SlidingWindowLimiter:
    """Allow at most `limit` requests per client in any `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._allowed: dict[str, list[float]] = {}
        self.rejected = 0

    def allow(self, client: str, now: float) -> bool:
        """Record a request from `client` at time `now`; True if it may go through.

        A request is allowed when fewer than `limit` of the client's earlier allowed
        requests fall in the half-open span (now - window, now]; rejected requests do
        not count against the client, they only add 1 to `rejected`. Each client's
        requests must come in time order: raises ValueError, recording nothing, if `now`
        is earlier than the client's latest allowed request.
        """
        history = self._allowed.setdefault(client, [])
        if history and now < history[-1]:
            raise ValueError(f"request from {client!r} at {now} is older than the last one")
        recent = [moment for moment in history if moment > now - self.window]
        if len(recent) >= self.limit:
            self.rejected += 1
            return False
        history.append(now)
        return True
