"""The lap-time model a team fits from its practice sessions, and the race rules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RacePlan:
    """A race to plan: the tyre model of the kart and the pit-stop rules of the event.

    A lap on tyres that have already done ``age`` laps takes ``base_lap + degradation * age``
    seconds, plus ``cliff_penalty`` seconds for every lap from ``cliff_age`` onwards once the
    tyres are past their cliff. A stop changes tyres (the out-lap runs on new tyres) and costs
    ``pit_loss`` seconds. The regulations require between ``min_stops`` and ``max_stops`` stops.
    """

    laps: int
    base_lap: float
    degradation: float
    cliff_age: int
    cliff_penalty: float
    pit_loss: float
    min_stops: int = 0
    max_stops: int = 3


@dataclass(frozen=True)
class Strategy:
    """The chosen plan: the predicted race time in seconds and the laps on which to pit."""

    race_time: float
    pit_laps: tuple[int, ...]


def lap_time(plan: RacePlan, age: int) -> float:
    """Predicted time of one lap on tyres that have already done ``age`` laps."""
    time = plan.base_lap + plan.degradation * age
    if age >= plan.cliff_age:
        time += plan.cliff_penalty * (age - plan.cliff_age + 1)
    return time
