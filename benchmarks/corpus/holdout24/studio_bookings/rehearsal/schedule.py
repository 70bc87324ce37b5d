"""Pick which booking requests each room accepts.

Requests come in for weeks ahead; the evening before, the duty manager accepts for each
room the set of requests that don't overlap and bring in the most money.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rehearsal.requests import BookingRequest


def best_bookings(requests: Sequence[BookingRequest]) -> tuple[int, list[str]]:
    """The most valuable set of non-overlapping requests: (total fee, accepted request ids).

    Requests are taken in order of end time, then start time, then request id; the ids are
    listed in that order. Two requests overlap when one starts before the other ends (a
    booking may start when the previous one ends). When the best total can be made with or
    without the latest-ending request, the set without it is chosen, and so on down the
    list. Raises ValueError for a request that does not end after it starts.
    """
    for request in requests:
        if not request.start < request.end:
            raise ValueError(f"request {request.request_id} ends before it starts")
    ordered = sorted(requests, key=lambda request: (request.end, request.start, request.request_id))

    def best(count: int) -> tuple[int, list[str]]:
        """The best choice among the first ``count`` requests of ``ordered``."""
        if count == 0:
            return 0, []
        last = ordered[count - 1]
        compatible = count - 1
        while compatible > 0 and ordered[compatible - 1].end > last.start:
            compatible -= 1
        with_fee, with_ids = best(compatible)
        without_fee, without_ids = best(count - 1)
        if with_fee + last.fee > without_fee:
            return with_fee + last.fee, with_ids + [last.request_id]
        return without_fee, without_ids

    return best(len(ordered))


def plan_day(requests: Sequence[BookingRequest]) -> dict[str, tuple[int, list[str]]]:
    """best_bookings for every room of the day's requests, sorted by room."""
    by_room: dict[str, list[BookingRequest]] = defaultdict(list)
    for request in requests:
        by_room[request.room].append(request)
    return {room: best_bookings(room_requests) for room, room_requests in sorted(by_room.items())}
