import pytest

from divelog.profile import Sample, parse_sample
from divelog.summary import DiveSummary, summarise_dive

DIVE = """# computer: test
time_s,depth_m,temp_c
0,0.0,18.0
60,10.0,
120,20.0,14.5
180,20.0,
220,10.0,
300,5.0,16.0
400,4.0,
500,3.5,
540,0.0,17.5
"""


def test_parse_sample() -> None:
    assert parse_sample("12,3.5,", 4) == Sample(12, 3.5, None)
    assert parse_sample("12,3.5,9.25", 4) == Sample(12, 3.5, 9.25)
    with pytest.raises(ValueError):
        parse_sample("12,3.5", 4)
    with pytest.raises(ValueError):
        parse_sample("12,-1.0,", 4)


def test_summary() -> None:
    summary = summarise_dive(DIVE)
    assert summary == DiveSummary(9, 540, 20.0, 8.3, 1, 15.0, True, 14.5)


def test_limits_change_the_verdicts() -> None:
    summary = summarise_dive(DIVE, ascent_limit_m_min=5.0, safety_stop_s=300)
    assert summary.ascent_violations == 2
    assert not summary.safety_stop


def test_bad_downloads() -> None:
    with pytest.raises(ValueError):
        summarise_dive("time_s,depth_m,temp_c\n0,0.0,\n")
    with pytest.raises(ValueError):
        summarise_dive("0,0.0,\n10,1.0,\n10,2.0,\n")
    with pytest.raises(ValueError):
        summarise_dive("0,0.0,\n10,1.0\n")
