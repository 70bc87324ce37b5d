"""Cox-Ross-Rubinstein binomial lattice for call options on the company's shares."""

from __future__ import annotations

import math


def option_value(spot: float, strike: float, rate: float, volatility: float, years: float, steps: int,
                 dividend_yield: float = 0.0, american: bool = True) -> float:
    """Value of one call option on a recombining binomial lattice with ``steps`` time steps.

    ``rate`` and ``dividend_yield`` are continuously compounded annual rates and
    ``volatility`` is annualised. With ``american`` the option may be exercised at any
    node (employee options can be exercised once vested); otherwise only at expiry.
    Raises ValueError when ``steps`` is not a positive integer, when spot, strike,
    volatility or term is not positive, or when the up-move probability falls outside
    (0, 1), which means the lattice is too coarse for the inputs.
    """
    if not isinstance(steps, int) or steps < 1:
        raise ValueError("steps must be a positive integer")
    if spot <= 0 or strike <= 0 or volatility <= 0 or years <= 0:
        raise ValueError("spot, strike, volatility and term must be positive")
    dt = years / steps
    up = math.exp(volatility * math.sqrt(dt))
    down = 1 / up
    probability = (math.exp((rate - dividend_yield) * dt) - down) / (up - down)
    if not 0 < probability < 1:
        raise ValueError("the lattice is not arbitrage-free; use more steps")
    discount = math.exp(-rate * dt)

    def node(step: int, ups: int) -> float:
        price = spot * up ** ups * down ** (step - ups)
        exercise = max(price - strike, 0.0)
        if step == steps:
            return exercise
        held = discount * (probability * node(step + 1, ups + 1) + (1 - probability) * node(step + 1, ups))
        return max(held, exercise) if american else held

    return node(0, 0)
