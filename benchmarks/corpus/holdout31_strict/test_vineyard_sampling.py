"""Strict equivalence tests for harvest_readiness (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from vineyard_sampling.maturity import Readiness, harvest_readiness
from vineyard_sampling.samples import Sample

TARGET = "vineyard_sampling/maturity.py:harvest_readiness"


# --- verbatim copy of the original implementation ---------------------------------------------

TIMESTAMP = "%Y-%m-%d %H:%M"
DEFAULT_TARGET_BRIX = 23.0


def reference(samples_by_block, targets, as_of, window_days=7):
    cutoff = datetime.strptime(as_of, TIMESTAMP)
    report = {}
    for block, samples in samples_by_block.items():
        target = targets.get(block, DEFAULT_TARGET_BRIX)
        taken = [sample for sample in samples if datetime.strptime(sample.taken, TIMESTAMP) <= cutoff]
        if not taken:
            report[block] = Readiness(block, 0, None, None, None, None, False)
            continue
        latest = max(taken, key=lambda sample: datetime.strptime(sample.taken, TIMESTAMP))
        latest_at = datetime.strptime(latest.taken, TIMESTAMP)
        start = latest_at - timedelta(days=window_days)
        window = [sample for sample in taken if datetime.strptime(sample.taken, TIMESTAMP) >= start]
        first = min(window, key=lambda sample: datetime.strptime(sample.taken, TIMESTAMP))
        days = (latest_at - datetime.strptime(first.taken, TIMESTAMP)).total_seconds() / 86400
        rate = round((latest.brix - first.brix) / days, 2) if days > 0 else None
        if latest.brix >= target:
            remaining = 0
        elif rate is not None and rate > 0:
            remaining = math.ceil((target - latest.brix) / rate)
        else:
            remaining = None
        report[block] = Readiness(block, len(taken), latest.brix, latest.ph, rate, remaining, remaining == 0)
    return report


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")


def s(block, taken, brix, ph=3.3, ta=7.0):
    return Sample(block, taken, brix, ph, ta)


AS_OF = "2024-09-10 12:00"

CASES = [
    ({}, {}, AS_OF),
    ({"N1": []}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-10 12:00", 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-10 12:01", 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-01 08:00", 20.0), s("N1", "2024-09-05 08:00", 22.0)]}, {"N1": 24.0}, AS_OF),
    # the same timestamp twice: max and min keep the first one seen
    ({"N1": [s("N1", "2024-09-05 08:00", 22.0), s("N1", "2024-09-05 08:00", 21.0),
             s("N1", "2024-09-01 08:00", 19.0), s("N1", "2024-09-01 08:00", 18.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-05 08:00", 21.0), s("N1", "2024-09-05 08:00", 22.0)]}, {}, AS_OF),
    # samples out of time order
    ({"N1": [s("N1", "2024-09-09 08:00", 22.0), s("N1", "2024-09-03 08:00", 19.0),
             s("N1", "2024-09-06 08:00", 20.5)]}, {"N1": 22.5}, AS_OF),
    # window boundary exactly 7 days before the latest sample
    ({"N1": [s("N1", "2024-09-02 12:00", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-02 11:59", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-02 12:00", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF, 0),
    ({"N1": [s("N1", "2024-09-02 12:00", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF, 30),
    ({"N1": [s("N1", "2024-09-02 12:00", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF, 2.5),
    ({"N1": [s("N1", "2024-09-02 12:00", 18.0), s("N1", "2024-09-09 12:00", 21.5)]}, {}, AS_OF, -1),
    # reached, exactly reached, over target, falling, flat
    ({"N1": [s("N1", "2024-09-09 12:00", 23.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-08 12:00", 22.0), s("N1", "2024-09-09 12:00", 23.0)]}, {"N1": 23.0}, AS_OF),
    ({"N1": [s("N1", "2024-09-08 12:00", 22.0), s("N1", "2024-09-09 12:00", 21.0)]}, {"N1": 23.0}, AS_OF),
    ({"N1": [s("N1", "2024-09-08 12:00", 22.0), s("N1", "2024-09-09 12:00", 22.0)]}, {"N1": 23.0}, AS_OF),
    ({"N1": [s("N1", "2024-09-09 11:00", 22.0), s("N1", "2024-09-09 12:00", 22.001)]}, {"N1": 23.0}, AS_OF),
    ({"N1": [s("N1", "2024-09-08 12:00", 20), s("N1", "2024-09-09 12:00", 21)]}, {"N1": 24}, AS_OF),
    # targets for other blocks, integer targets, default target
    ({"N1": [s("N1", "2024-09-09 12:00", 22.0)], "S2": [s("S2", "2024-09-09 12:00", 22.0)]},
     {"S2": 21, "X9": 10.0}, AS_OF),
    # non-padded and unusual but valid timestamps
    ({"N1": [s("N1", "2024-9-8 7:05", 20.0), s("N1", "2024-09-09 07:05", 21.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-02-29 00:00", 20.0)]}, {}, "2024-3-1 0:0"),
    # malformed timestamps and report dates
    ({"N1": [s("N1", "2024-09-09", 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-31 08:00", 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-09 08:00", 20.0)]}, {}, "2024-09-10"),
    ({}, {}, "not a date"),
    ({"N1": [s("N1", None, 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-09 08:00", 20.0)]}, {}, None),
    ({"N1": [s("N1", "2024-09-09 08:00", 20.0)]}, {}, AS_OF, "7"),
    ({"N1": [s("N1", "2024-09-09 08:00", None)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-08 08:00", None), s("N1", "2024-09-09 08:00", 20.0)]}, {}, AS_OF),
    ({"N1": [s("N1", "2024-09-09 08:00", 20.0)]}, None, AS_OF),
    ({"N1": None}, {}, AS_OF),
    ([("N1", [])], {}, AS_OF),
    # NaN pH is passed through; tuples of samples; block keys that are not strings
    ({"N1": (s("N1", "2024-09-08 08:00", 20.0, NAN), s("N1", "2024-09-09 08:00", 21.0, NAN))}, {}, AS_OF),
    ({("E", 3): [s("E3", "2024-09-09 08:00", 24.0)], None: [s(None, "2024-09-09 08:00", 19.0)]},
     {None: 18.0}, AS_OF),
    # a block whose samples all come after the report date next to one with samples
    ({"A": [s("A", "2024-09-11 08:00", 25.0)], "B": [s("B", "2024-09-01 08:00", 25.0)]}, {}, AS_OF),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(harvest_readiness, reference, *case)


def test_keyword_arguments() -> None:
    samples = {"N1": [s("N1", "2024-09-01 08:00", 20.0), s("N1", "2024-09-05 08:00", 22.0)]}
    assert_same(harvest_readiness, reference, samples_by_block=samples, targets={}, as_of=AS_OF, window_days=3)
    assert_same(harvest_readiness, reference, samples, {"N1": 21.0}, as_of=AS_OF)


def _random_cases():
    rng = random.Random(31011)
    start = datetime(2024, 9, 1, 6, 0)
    for _ in range(240):
        blocks = [f"B{number}" for number in range(rng.randint(0, 6))]
        samples = {}
        for block in blocks:
            items = []
            for _ in range(rng.choice([0, 1, 2, 5, 12, 30])):
                taken = start + timedelta(days=rng.randint(0, 20), minutes=rng.choice([0, 30, 90, 600]))
                text = f"{taken:%Y-%m-%d %H:%M}"
                if rng.random() < 0.05:
                    text = f"{taken.year}-{taken.month}-{taken.day} {taken.hour}:{taken.minute}"
                items.append(s(block, text, round(rng.uniform(15, 26), rng.choice([0, 1, 2])),
                               round(rng.uniform(3.0, 3.8), 2), round(rng.uniform(5, 10), 1)))
            if items and rng.random() < 0.2:
                items += rng.choices(items, k=rng.randint(1, 3))
            samples[block] = items if rng.random() < 0.85 else tuple(items)
        targets = {block: rng.choice([18.5, 22.0, 24.5, 23]) for block in blocks if rng.random() < 0.6}
        as_of = f"{start + timedelta(days=rng.randint(-1, 22), hours=rng.randint(0, 14)):%Y-%m-%d %H:%M}"
        args = [samples, targets, as_of]
        if rng.random() < 0.5:
            args.append(rng.choice([0, 1, 3, 7, 10, 21]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(harvest_readiness, reference, *case)


def test_full_season_block() -> None:
    rng = random.Random(3102)
    start = datetime(2024, 8, 1, 7, 0)
    samples = {}
    for number in range(30):
        block = f"N{number:03d}"
        brix = rng.uniform(9, 13)
        items = []
        for day in range(60):
            brix += rng.uniform(-0.1, 0.35)
            for _ in range(rng.randint(1, 4)):
                taken = start + timedelta(days=day, minutes=rng.randint(0, 600))
                items.append(s(block, f"{taken:%Y-%m-%d %H:%M}", round(brix, 1)))
        samples[block] = items
    targets = {f"N{number:03d}": 22.0 for number in range(0, 30, 2)}
    for as_of in ("2024-09-15 18:00", "2024-09-28 18:00", "2024-10-05 00:00"):
        assert_same(harvest_readiness, reference, samples, targets, as_of)
