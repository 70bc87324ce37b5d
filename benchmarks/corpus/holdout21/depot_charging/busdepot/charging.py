"""Earliest-departure-first charging at a depot with a fixed number of chargers."""

from __future__ import annotations

from busdepot.fleet import BusReturn


def simulate_night(buses: list[BusReturn], chargers: int, power_kw: float, target: float = 0.9) -> dict[str, dict[str, object]]:
    """Plug buses in as chargers free up, always taking the waiting bus that leaves first
    (ties by arrival, then bus id). A bus charges until it reaches ``target`` or has to
    leave; a bus still waiting at its departure time leaves uncharged. Returns, per bus,
    the charger, start and end minutes, energy added and whether it reached the target."""
    if chargers < 1 or power_kw <= 0:
        raise ValueError("need at least one charger and a positive power")
    arrivals = sorted(buses, key=lambda bus: (bus.arrive, bus.bus_id))
    free_at = [0.0] * chargers
    waiting: list[BusReturn] = []
    plan: dict[str, dict[str, object]] = {}
    next_arrival = 0
    while next_arrival < len(arrivals) or waiting:
        soonest = min(free_at)
        charger = free_at.index(soonest)
        now = soonest if waiting else max(soonest, arrivals[next_arrival].arrive)
        while next_arrival < len(arrivals) and arrivals[next_arrival].arrive <= now:
            waiting.append(arrivals[next_arrival])
            next_arrival += 1
        waiting.sort(key=lambda bus: (bus.depart, bus.arrive, bus.bus_id))
        bus = waiting.pop(0)
        needed = bus.needed_kwh(target)
        if bus.depart <= now:
            plan[bus.bus_id] = {"charger": None, "start": None, "end": None, "added_kwh": 0.0, "ready": needed == 0.0}
            continue
        end = min(now + needed / power_kw * 60, bus.depart)
        added = (end - now) * power_kw / 60
        free_at[charger] = end
        plan[bus.bus_id] = {"charger": charger, "start": round(now, 2), "end": round(end, 2),
                            "added_kwh": round(added, 2), "ready": added >= needed - 1e-9}
    return plan


def plan_season(nights: list[list[BusReturn]], chargers: int, power_kw: float, target: float = 0.9) -> dict[str, object]:
    """Simulate every night; count the pull-outs short of charge and find the worst night."""
    short = []
    energy = 0.0
    for buses in nights:
        plan = simulate_night(buses, chargers, power_kw, target)
        short.append(sorted(bus_id for bus_id, slot in plan.items() if not slot["ready"]))
        energy += sum(slot["added_kwh"] for slot in plan.values())
    worst = max(range(len(nights)), key=lambda night: len(short[night]), default=None)
    return {"nights": len(nights), "short_pullouts": sum(len(ids) for ids in short), "worst_night": worst,
            "worst_short": short[worst] if worst is not None else [], "energy_mwh": round(energy / 1000, 3)}
