"""Seat maps for reserved-seating venues and group seat assignment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence, Union

FREE = ""
BLOCKED = "#"


@dataclass
class Allocation:
    """Outcome of an allocation run: seats per booking and bookings left over."""

    seats: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)


class SeatMap:
    """Rows of seats, front row first; seat numbers start at 0 on the left.

    Each seat holds FREE, BLOCKED (not for sale) or the id of the booking
    sitting there.
    """

    def __init__(self, seats_per_row: Union[int, Sequence[int]], rows: int = 0, blocked: Iterable[tuple[int, int]] = ()) -> None:
        widths = [seats_per_row] * rows if isinstance(seats_per_row, int) else list(seats_per_row)
        if any(width < 0 for width in widths):
            raise ValueError("a row cannot have a negative number of seats")
        self.rows: list[list[str]] = [[FREE] * width for width in widths]
        for row, seat in blocked:
            self.rows[row][seat] = BLOCKED

    def free_runs(self, row: int) -> list[tuple[int, int]]:
        """(first seat, length) of every block of adjacent free seats in `row`, left to right."""
        runs = []
        start = None
        seats = self.rows[row]
        for number, holder in enumerate(seats):
            if holder == FREE:
                if start is None:
                    start = number
            elif start is not None:
                runs.append((start, number - start))
                start = None
        if start is not None:
            runs.append((start, len(seats) - start))
        return runs

    def free_count(self) -> int:
        return sum(row.count(FREE) for row in self.rows)

    def allocate(self, bookings: Sequence[tuple[str, int]]) -> Allocation:
        """Seat each (booking id, party size) together, in the order given.

        A party goes to the frontmost row that has enough adjacent free seats.
        Within that row it takes the tightest-fitting block (the shortest block
        that is long enough, leftmost on ties), starting at the block's left
        end. Parties that cannot sit together anywhere are listed in
        `unplaced` and get no seats. The seat map is updated in place.

        Raises ValueError, before seating anybody, for a duplicate or reserved
        booking id (FREE or BLOCKED) or a party size below 1.
        """
        seen: set[str] = set()
        for booking_id, size in bookings:
            if booking_id in (FREE, BLOCKED):
                raise ValueError(f"invalid booking id {booking_id!r}")
            if booking_id in seen:
                raise ValueError(f"duplicate booking {booking_id!r}")
            if size < 1:
                raise ValueError(f"booking {booking_id!r} has party size {size}")
            seen.add(booking_id)
        allocation = Allocation()
        for booking_id, size in bookings:
            for row in range(len(self.rows)):
                candidates = [run for run in self.free_runs(row) if run[1] >= size]
                if not candidates:
                    continue
                start, _ = min(candidates, key=lambda run: (run[1], run[0]))
                taken = []
                for seat in range(start, start + size):
                    self.rows[row][seat] = booking_id
                    taken.append((row, seat))
                allocation.seats[booking_id] = taken
                break
            else:
                allocation.unplaced.append(booking_id)
        return allocation
