"""The dispatch rule: offer each booking to the suitable driver who can be there soonest."""

from __future__ import annotations

from typing import Mapping, Sequence

from .fleet import SUITABLE, Assignment, Booking, Driver

MAX_WAIT = 30
LOADING_MINUTES = 2


def replay_bookings(bookings: Sequence[Booking], drivers: Sequence[Driver],
                    travel: Mapping[str, Mapping[str, int]], max_wait: int = MAX_WAIT) -> list[Assignment]:
    """Dispatch the bookings in order and return one assignment per booking.

    Drivers are ranked by when they could reach the pickup (free time, or the booking time if
    later, plus the travel time), then by who has been free longest, then by driver id. The
    booking goes to the first ranked driver with a suitable vehicle who gets there before
    their shift ends; it is lost if that driver cannot be there within ``max_wait`` minutes.
    The driver is then busy until drop-off (travel plus loading time) and ends up in the
    drop-off zone. The drivers passed in are not modified.
    """
    fleet = [{"id": d.driver_id, "zone": d.zone, "free_at": d.free_at, "vehicle": d.vehicle,
              "shift_end": d.shift_end} for d in drivers]
    assignments = []
    for booking in bookings:
        ranked = sorted(fleet, key=lambda driver: (max(driver["free_at"], booking.time)
                                                   + travel[driver["zone"]][booking.pickup],
                                                   driver["free_at"], driver["id"]))
        chosen = None
        for driver in ranked:
            if driver["vehicle"] not in SUITABLE[booking.vehicle]:
                continue
            arrival = max(driver["free_at"], booking.time) + travel[driver["zone"]][booking.pickup]
            if arrival > driver["shift_end"]:
                continue
            if arrival - booking.time <= max_wait:
                chosen = driver
            break
        if chosen is None:
            assignments.append(Assignment(booking.booking_id, None, None))
            continue
        chosen["free_at"] = arrival + LOADING_MINUTES + travel[booking.pickup][booking.dropoff]
        chosen["zone"] = booking.dropoff
        assignments.append(Assignment(booking.booking_id, chosen["id"], arrival - booking.time))
    return assignments
