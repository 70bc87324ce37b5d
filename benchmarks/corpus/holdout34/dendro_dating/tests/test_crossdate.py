import math
import random

import pytest

from dendro_dating.crossdate import Match, baillie_pilcher, crossdate, t_value_at
from dendro_dating.report import felling_range, verdict
from dendro_dating.series import Chronology, mean_chronology, read_rwl


def synthetic_master(seed=1, first_year=1400, years=300):
    rng = random.Random(seed)
    return Chronology("MASTER", first_year, [round(rng.uniform(60, 240)) for _ in range(years)])


def test_read_rwl() -> None:
    text = ("OAK01  1481   120   135   101\n"
            "OAK01  1484   140   150   130   110   100    90    95   999\n"
            "OAK02  1500  1200  1300 -9999\n")
    series = read_rwl(text)
    assert series["OAK01"].first_year == 1481
    assert series["OAK01"].last_year == 1490
    assert series["OAK02"].widths == [120.0, 130.0]


def test_read_rwl_errors() -> None:
    with pytest.raises(ValueError):
        read_rwl("OAK01 1481 100 999\nOAK01 1482 100\n")
    with pytest.raises(ValueError):
        read_rwl("OAK01 1481 100 100\nOAK01 1490 100\n")


def test_baillie_pilcher() -> None:
    indices = baillie_pilcher([100, 100, 100, 100, 100, 200])
    assert indices[:2] == [None, None] and indices[-2:] == [None, None]
    assert indices[2] == pytest.approx(math.log(100))
    assert baillie_pilcher([100, 100, 0, 100, 100])[2] is None


def test_true_position_wins() -> None:
    master = synthetic_master()
    sample = master.widths[120:220]
    [best, *_] = crossdate(sample, master)
    assert best.end_year == 1400 + 219
    assert best.overlap == 96
    assert best.t > 10


def test_sample_overhanging_master() -> None:
    master = synthetic_master(years=150)
    sample = master.widths[100:] + [100.0] * 40
    best = crossdate(sample, master)[0]
    assert best.end_year == 1400 + 189


def test_t_value_short_overlap() -> None:
    master = synthetic_master(years=50)
    assert t_value_at(baillie_pilcher([100.0] * 10), master, 1400)[0] is None


def test_top_and_ordering() -> None:
    master = synthetic_master(seed=2)
    matches = crossdate(master.widths[10:80], master, top=5)
    assert len(matches) == 5
    assert [m.t for m in matches] == sorted((m.t for m in matches), reverse=True)


def test_mean_chronology() -> None:
    a, b = Chronology("A", 1500, [100.0, 200.0]), Chronology("B", 1501, [100.0, 100.0])
    assert mean_chronology("AB", [a, b]).widths == [100.0, 150.0, 100.0]


def test_report() -> None:
    assert felling_range(1600, sapwood_rings=12) == "felled 1600-1629"
    assert felling_range(1600, bark_edge=True) == "felled in 1600 (bark edge)"
    assert verdict([Match(1600, 90, 8.2), Match(1510, 90, 4.0)]).startswith("dated: last ring 1600")
    assert verdict([Match(1600, 90, 4.2), Match(1510, 90, 4.0)]) == "ambiguous"
    assert verdict([]) == "undated"
