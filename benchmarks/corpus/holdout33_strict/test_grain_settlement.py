"""Strict equivalence tests for settle_tickets (never shown to wattlens)."""

from __future__ import annotations

import random
from typing import Mapping, Sequence

import pytest
from strict_support import assert_same
from grainshrink.schedule import Band
from grainshrink.settlement import settle_tickets
from grainshrink.tickets import ScaleTicket, SettlementLine

TARGET = "grainshrink/settlement.py:settle_tickets"


# --- verbatim copy of the original implementation ---------------------------------------------

FACTORS = ("moisture", "test_weight", "foreign_material")


BUSHEL_LB = {"corn": 56, "soybeans": 60, "wheat": 60, "sorghum": 56, "barley": 48, "oats": 32}


def reference(tickets: Sequence[ScaleTicket], schedules: Mapping[str, Mapping[str, Sequence[Band]]],
                   prices: Mapping[str, float]) -> list[SettlementLine]:
    """Settlement lines, in ticket order.

    Gross bushels are the net weight over the crop's bushel weight. For each quality factor
    the first band of the crop's schedule containing the reading applies: the shrinks add up
    and are taken off the bushels, the discounts add up and come off the crop's price per
    bushel. Bushels and amounts are rounded to the cent. Raises ``KeyError`` for a crop without
    bushel weight, schedule or price, and ``ValueError`` for a reading outside every band.
    """
    lines = []
    for ticket in tickets:
        crop = ticket.crop.strip().lower()
        bushels = (ticket.gross_lb - ticket.tare_lb) / BUSHEL_LB[crop]
        schedule = schedules[crop]
        shrink_pct = 0.0
        discount = 0.0
        for factor in FACTORS:
            reading = getattr(ticket, factor)
            for band in schedule[factor]:
                if band.low <= reading < band.high:
                    shrink_pct += band.shrink_pct
                    discount += band.discount
                    break
            else:
                raise ValueError(f"ticket {ticket.number}: {factor} {reading} is outside the {crop} schedule")
        net_bushels = round(bushels * (1 - shrink_pct / 100), 2)
        price = prices[crop] - discount
        lines.append(SettlementLine(ticket.number, ticket.grower, crop, round(bushels, 2), round(shrink_pct, 2),
                                    net_bushels, round(discount, 4), round(net_bushels * price, 2)))
    return lines


# --- cases -------------------------------------------------------------------------------


def bands(edges, shrink_step=0.0, discount_step=0.0):
    return [Band(low, high, round(i * shrink_step, 2), round(i * discount_step, 3))
            for i, (low, high) in enumerate(zip(edges, edges[1:]))]


CORN = {
    "moisture": bands([0, 15.6, 16.1, 17.0, 20.0, 25.0, 30.0], 1.4, 0.02),
    "test_weight": [Band(54, 70, 0, 0), Band(52, 54, 0, 0.02), Band(50, 52, 0, 0.05)],
    "foreign_material": bands([0, 3.1, 5.0, 10.0], 1.0, 0.02),
}
OVERLAP = {
    "moisture": [Band(0, 20, 0, 0), Band(15, 25, 2.0, 0.03), Band(10, 30, 9.0, 0.5)],
    "test_weight": [Band(40.0, 70.0, 0, 0)],
    "foreign_material": [Band(0.0, 100.0, 0, 0)],
}
SCHEDULES = {"corn": CORN, "soybeans": OVERLAP, "wheat": {**CORN, "moisture": list(reversed(CORN["moisture"]))}}
PRICES = {"corn": 4.25, "soybeans": 10.5, "wheat": 5.7}


def t(number="T1", moisture=15.0, test_weight=56.0, fm=1.0, gross=60000, tare=32000, crop="corn", grower="Hollis"):
    return ScaleTicket(number, grower, crop, gross, tare, moisture, test_weight, fm)


CASES = [
    ([], SCHEDULES, PRICES),
    ((), {}, {}),
    ([t()], SCHEDULES, PRICES),
    ([t(), t()], SCHEDULES, PRICES),
    ([t(moisture=15.6), t(moisture=15.599999), t(moisture=0), t(moisture=29.99), t(moisture=30)], SCHEDULES, PRICES),
    ([t(moisture=-0.1)], SCHEDULES, PRICES),
    ([t(moisture=float("nan"))], SCHEDULES, PRICES),
    ([t(moisture=float("inf"))], SCHEDULES, PRICES),
    ([t(test_weight=54), t(test_weight=53.99), t(test_weight=50), t(test_weight=70)], SCHEDULES, PRICES),
    ([t(test_weight=49.9)], SCHEDULES, PRICES),
    ([t(fm=3.1), t(fm=9.999), t(fm=10)], SCHEDULES, PRICES),
    ([t(moisture=18, test_weight=51, fm=6)], SCHEDULES, PRICES),
    ([t(crop="soybeans", moisture=m) for m in (5, 15, 19.9, 20, 24.9, 25, 29.9)], SCHEDULES, PRICES),
    ([t(crop="soybeans", moisture=30)], SCHEDULES, PRICES),
    ([t(crop="wheat", moisture=m) for m in (0, 15.6, 16.5, 21, 29)], SCHEDULES, PRICES),
    ([t(crop=" Corn "), t(crop="CORN"), t(crop="corn\n")], SCHEDULES, PRICES),
    ([t(crop="rye")], {"rye": CORN}, {"rye": 3.0}),
    ([t(crop="oats")], SCHEDULES, PRICES),
    ([t(crop="barley")], {"barley": CORN}, PRICES),
    ([t(crop="barley")], {"barley": CORN}, {"barley": 3.9}),
    ([t(), t(crop="sorghum")], SCHEDULES, PRICES),
    ([t()], {"corn": {"moisture": CORN["moisture"]}}, PRICES),
    ([t()], {"corn": {**CORN, "moisture": []}}, PRICES),
    ([t()], {"corn": {**CORN, "foreign_material": ()}}, PRICES),
    ([t()], SCHEDULES, {}),
    ([t()], SCHEDULES, {"corn": 4}),
    ([t()], SCHEDULES, {"corn": 0.0}),
    ([t()], SCHEDULES, {"corn": -1.5}),
    ([t(moisture=29)], {"corn": {**CORN, "moisture": [Band(0, 40, 150.0, 9.0)]}}, PRICES),
    ([t(gross=30000, tare=32000)], SCHEDULES, PRICES),
    ([t(gross=32000, tare=32000)], SCHEDULES, PRICES),
    ([t(gross=32000.5, tare=0)], SCHEDULES, PRICES),
    ([t(gross=10**12, tare=0)], SCHEDULES, PRICES),
    ([t(moisture=15)], SCHEDULES, PRICES),
    ([t(moisture=True)], SCHEDULES, PRICES),
    ([t(moisture=None)], SCHEDULES, PRICES),
    ([t(moisture="15")], SCHEDULES, PRICES),
    ([t(gross=None)], SCHEDULES, PRICES),
    ([t(crop=None)], SCHEDULES, PRICES),
    ([t(), t(moisture=99)], SCHEDULES, PRICES),
    ([t(number=None, grower=None)], SCHEDULES, PRICES),
    ([t(), "T2"], SCHEDULES, PRICES),
    (None, SCHEDULES, PRICES),
    ([t()], None, PRICES),
    ([t()], SCHEDULES, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(settle_tickets, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(settle_tickets, reference, tickets=[t(moisture=17.3)], schedules=SCHEDULES, prices=PRICES)


def _random_schedule(rng):
    schedule = {}
    for factor, (start, stop) in {"moisture": (0, 35), "test_weight": (40, 70), "foreign_material": (0, 20)}.items():
        step = rng.choice([0.1, 0.2, 0.5, 0.5, 1.0, 2.5])
        edges = [round(start + i * step, 1) for i in range(int((stop - start) / step) + 1)]
        rows = bands(edges, rng.choice([0.0, 0.7, 1.4]), rng.choice([0.0, 0.01, 0.02]))
        if rng.random() < 0.2:
            rows.reverse()
        if rng.random() < 0.1 and len(rows) > 3:
            del rows[rng.randrange(len(rows))]
        schedule[factor] = rows
    return schedule


def _random_cases():
    rng = random.Random(33061)
    for _ in range(230):
        schedules = {crop: _random_schedule(rng) for crop in rng.sample(["corn", "soybeans", "wheat"], rng.randint(1, 3))}
        prices = {crop: rng.choice([4.25, 10.62, 5.71, 3]) for crop in schedules}
        tickets = []
        for number in range(rng.choice([0, 1, 4, 15, 40])):
            crop = rng.choice(list(schedules)) if rng.random() < 0.97 else "wheat"
            tare = rng.randint(26000, 34000)
            moisture = round(rng.uniform(8, 34.9), 1) if rng.random() < 0.98 else 36.0
            tickets.append(t(f"T{number}", moisture, round(rng.uniform(45, 66), 1),
                             round(rng.uniform(0, 8), 1), tare + rng.randint(0, 52000), tare,
                             rng.choice([crop, crop.upper(), f" {crop}"]), rng.choice(["Hollis", "Brandt"])))
        yield tickets, schedules, prices


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(settle_tickets, reference, *case)
