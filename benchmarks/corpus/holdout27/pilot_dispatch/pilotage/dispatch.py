"""Replay pilot requests through the roster, as the pilot station dispatches them."""

from __future__ import annotations

from collections.abc import Sequence

from pilotage.roster import Boarding, Pilot, PilotRequest


def dispatch(requests: Sequence[PilotRequest], pilots: Sequence[Pilot]) -> list[Boarding]:
    """Boardings in the order the station makes them.

    Pilots are free from the start. Whenever a ship becomes ready or a pilot comes free, the
    station goes through the waiting ships by tide deadline (then ready time, then name) and
    gives each the free pilot with the lowest licence class that covers it (ties by name);
    ships that no free pilot may take keep waiting. A pilot is busy for the request's duration.
    Ships ready at the same time arrive in name order.

    Raises ``ValueError`` when the roster is empty or repeats a name, when a ship is larger
    than any pilot's licence, or when a request's duration is not positive.
    """
    if not pilots:
        raise ValueError("no pilots on the roster")
    names = [pilot.name for pilot in pilots]
    if len(set(names)) != len(names):
        raise ValueError("pilot names must be unique")
    largest = max(pilot.max_class for pilot in pilots)
    for request in requests:
        if request.size_class > largest:
            raise ValueError(f"no pilot is licensed for {request.ship} (class {request.size_class})")
        if request.duration <= 0:
            raise ValueError(f"{request.ship}: pilotage must take some time")

    arrivals = sorted(requests, key=lambda request: (request.ready_at, request.ship))
    free_at: dict[str, float] = {pilot.name: float("-inf") for pilot in pilots}
    waiting: list[PilotRequest] = []
    boardings: list[Boarding] = []
    position = 0
    clock = arrivals[0].ready_at if arrivals else 0
    while position < len(arrivals) or waiting:
        while position < len(arrivals) and arrivals[position].ready_at <= clock:
            waiting.append(arrivals[position])
            position += 1
        waiting.sort(key=lambda request: (request.deadline, request.ready_at, request.ship))
        free = sorted((pilot for pilot in pilots if free_at[pilot.name] <= clock),
                      key=lambda pilot: (pilot.max_class, pilot.name))
        for request in list(waiting):
            pilot = next((pilot for pilot in free if pilot.max_class >= request.size_class), None)
            if pilot is None:
                continue
            free.remove(pilot)
            waiting.remove(request)
            free_at[pilot.name] = clock + request.duration
            boardings.append(Boarding(request.ship, pilot.name, clock, clock - request.ready_at, clock > request.deadline))
        upcoming = [time for time in free_at.values() if time > clock]
        if position < len(arrivals):
            upcoming.append(arrivals[position].ready_at)
        if not upcoming:
            break
        clock = min(upcoming)
    return boardings
