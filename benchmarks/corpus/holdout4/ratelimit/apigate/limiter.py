"""Per-client sliding-window rate limiting for the API apigate."""

from __future__ import annotations


class SlidingWindowLimiter:
    """Allow at most `limit` requests per client in any window of `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._hits: dict[str, list[float]] = {}
        self._last: float | None = None

    def allow(self, client: str, now: float) -> bool:
        """Decide whether `client` may make a request at time `now` (seconds).

        The request is allowed, and recorded, when fewer than `limit` of the client's
        allowed requests lie in the window (now - window, now]; rejected requests are not
        recorded. Calls must come in time order: raises ValueError if `now` is earlier than
        the time of a previous call (for any client).
        """
        if self._last is not None and now < self._last:
            raise ValueError("clock went backwards")
        self._last = now
        recent = [hit for hit in self._hits.get(client, []) if hit > now - self.window]
        if len(recent) >= self.limit:
            self._hits[client] = recent
            return False
        recent.append(now)
        self._hits[client] = recent
        return True

    def remaining(self, client: str, now: float) -> int:
        """How many more requests `client` could make at time `now`."""
        in_window = [hit for hit in self._hits.get(client, []) if hit > now - self.window]
        return max(0, self.limit - len(in_window))

    def clients(self) -> list[str]:
        """Clients seen so far, in order of their first request."""
        return list(self._hits)
