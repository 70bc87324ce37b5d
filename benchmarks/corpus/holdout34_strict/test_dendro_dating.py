"""Strict equivalence tests for crossdate (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from strict_support import assert_same
from dendro_dating.crossdate import Match, crossdate
from dendro_dating.series import Chronology

TARGET = "dendro_dating/crossdate.py:crossdate"


# --- verbatim copy of the original implementation ---------------------------------------------

def baillie_pilcher(widths):
    indices = []
    for i, width in enumerate(widths):
        if i < 2 or i > len(widths) - 3:
            indices.append(None)
            continue
        mean = sum(widths[i - 2:i + 3]) / 5
        indices.append(math.log(100 * width / mean) if width > 0 and mean > 0 else None)
    return indices


def t_value_at(sample_indices, master, end_year):
    master_indices = baillie_pilcher(master.widths)
    pairs = []
    first_year = end_year - len(sample_indices) + 1
    for offset, x in enumerate(sample_indices):
        position = first_year + offset - master.first_year
        if 0 <= position < len(master_indices):
            y = master_indices[position]
            if x is not None and y is not None:
                pairs.append((x, y))
    n = len(pairs)
    if n < 3:
        return None, n
    mean_x = sum(x for x, _ in pairs) / n
    mean_y = sum(y for _, y in pairs) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    sxx = sum((x - mean_x) ** 2 for x, _ in pairs)
    syy = sum((y - mean_y) ** 2 for _, y in pairs)
    if sxx == 0 or syy == 0:
        return None, n
    r = sxy / math.sqrt(sxx * syy)
    if r * r >= 1:
        return math.copysign(math.inf, r), n
    return r * math.sqrt((n - 2) / (1 - r * r)), n


def reference(sample_widths, master, min_overlap=30, top=10):
    sample_indices = baillie_pilcher(sample_widths)
    results = []
    first_end = master.first_year + min_overlap - 1
    last_end = master.last_year + len(sample_widths) - min_overlap
    for end_year in range(first_end, last_end + 1):
        t, overlap = t_value_at(sample_indices, master, end_year)
        if t is None or overlap < min_overlap - 4:
            continue
        results.append(Match(end_year, overlap, round(t, 2)))
    results.sort(key=lambda match: (-match.t, match.end_year))
    return results[:top]


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")


def series(seed, years):
    rng = random.Random(seed)
    return [float(rng.randint(40, 260)) for _ in range(years)]


M60 = Chronology("M60", 1500, series(1, 60))
M40 = Chronology("M40", -20, series(2, 40))
FLAT = Chronology("FLAT", 1500, [100.0] * 30)
EMPTY = Chronology("EMPTY", 1500, [])
SHORT = Chronology("SHORT", 1500, [100.0, 120.0, 90.0, 110.0])
INTS = Chronology("INTS", 1700, [int(w) for w in series(3, 45)])
TUPLE = Chronology("TUPLE", 1700, tuple(series(4, 35)))
ZEROS = Chronology("ZEROS", 1600, [0.0 if i % 7 == 3 else w for i, w in enumerate(series(5, 50))])
WITH_NAN = Chronology("NAN", 1600, [NAN if i == 20 else w for i, w in enumerate(series(6, 50))])
NEGATIVE = Chronology("NEG", 1600, [-w if i % 11 == 0 else w for i, w in enumerate(series(7, 50))])

CASES = [
    ([], M60),
    ([], EMPTY),
    (series(9, 20), EMPTY),
    (series(9, 20), SHORT),
    (series(9, 20), SHORT, 0),
    (M60.widths[10:40], M60),
    (M60.widths[10:40], M60, 10),
    (M60.widths[10:40], M60, 10, 3),
    (M60.widths[10:40], M60, 10, 0),
    (M60.widths[10:40], M60, 10, -2),
    (M60.widths[10:40], M60, 10, 100),
    (M60.widths[10:40], M60, 10, None),
    (M60.widths[10:40], M60, 0),
    (M60.widths[10:40], M60, -5),
    (M60.widths[10:40], M60, 1),
    (M60.widths[10:40], M60, 3),
    (M60.widths[10:40], M60, 7),
    (M60.widths[10:40], M60, 31),
    (M60.widths[10:40], M60, 60),
    (M60.widths[10:40], M60, 200),
    (M60.widths[:25], M60, 8),
    (M60.widths[-25:], M60, 8),
    (M60.widths, M60, 20),
    (tuple(M60.widths[5:45]), M60, 12),
    (list(reversed(M60.widths[5:45])), M60, 12),
    ([w * 2 for w in M60.widths[5:45]], M60, 12),
    ([-w for w in M60.widths[5:45]], M60, 12),
    ([1000.0 - w for w in M60.widths[5:45]], M60, 12),
    (M40.widths[:30], M40, 10),
    (series(10, 25), M40, 10),
    ([100.0] * 20, M60, 8),
    (series(11, 20), FLAT, 8),
    ([100.0] * 20, FLAT, 8),
    (series(12, 30), INTS, 10),
    ([int(w) for w in INTS.widths[3:33]], INTS, 10),
    (TUPLE.widths[2:30], TUPLE, 10),
    (series(13, 30), ZEROS, 10),
    (ZEROS.widths[5:40], ZEROS, 10),
    (WITH_NAN.widths[5:40], WITH_NAN, 10),
    (series(14, 30), WITH_NAN, 10),
    ([w if i != 10 else NAN for i, w in enumerate(series(15, 30))], M60, 10),
    (series(16, 30), NEGATIVE, 10),
    (NEGATIVE.widths[10:45], NEGATIVE, 10),
    ([0.0] * 15, M60, 5),
    ([True, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2], M60, 5),
    ([100.0, 200.0, 100.0, 200.0, 100.0, 200.0, 100.0], SHORT, 1),
    (series(17, 30), M60, 10.5),
    (series(17, 30), M60, "10"),
    (series(17, 30), None),
    (None, M60),
    (["100"] * 10, M60, 5),
    ([None] * 10, M60, 5),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(crossdate, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(crossdate, reference, sample_widths=M60.widths[10:40], master=M60)
    assert_same(crossdate, reference, M60.widths[10:40], M60, top=4, min_overlap=15)


def test_match_ties() -> None:
    # A periodic master gives identical t-values at several positions.
    master = Chronology("PERIODIC", 1800, [100.0, 180.0, 120.0, 60.0, 150.0] * 12)
    assert_same(crossdate, reference, master.widths[3:28], master, 10, 50)
    assert_same(crossdate, reference, [100.0, 180.0, 120.0, 60.0, 150.0] * 3, master, 6, 20)


def _random_cases():
    rng = random.Random(34317)
    for _ in range(200):
        years = rng.choice([6, 15, 30, 50, 70])
        master = Chronology("R", rng.randint(-50, 1900), [float(rng.randint(30, 300)) for _ in range(years)])
        if rng.random() < 0.5 and years > 10:
            start = rng.randrange(0, years - 5)
            sample = [w * rng.uniform(0.8, 1.2) for w in master.widths[start:start + rng.randint(5, 40)]]
        else:
            sample = [float(rng.randint(30, 300)) for _ in range(rng.randint(0, 40))]
        args = [sample, master]
        if rng.random() < 0.8:
            args.append(rng.choice([0, 3, 5, 10, 20, 30]))
            if rng.random() < 0.5:
                args.append(rng.choice([1, 3, 10, 1000]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(crossdate, reference, *case)
