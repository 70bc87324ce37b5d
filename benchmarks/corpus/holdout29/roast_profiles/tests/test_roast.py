import pytest

from roast_profiles.logs import parse_batch_log
from roast_profiles.report import batch_report
from roast_profiles.ror import rate_of_rise


def test_steady_rise() -> None:
    readings = [1000 + 5 * i for i in range(10)]
    rates = rate_of_rise(readings, window=1, span=2, interval_s=1)
    assert rates[:2] == [None, None]
    assert rates[2:] == [30.0] * 8


def test_smoothing_skips_dropouts() -> None:
    rates = rate_of_rise([1000, None, 1010, 1020, None], window=2, span=1, interval_s=1)
    assert rates == [None, 0.0, 60.0, 30.0, 30.0]
    assert rate_of_rise([None, None, 1000], window=1, span=1, interval_s=1) == [None, None, None]


def test_bad_parameters() -> None:
    with pytest.raises(ValueError):
        rate_of_rise([1000], window=0)
    with pytest.raises(ValueError):
        rate_of_rise([1000], interval_s=0)


def test_parse_log() -> None:
    log = parse_batch_log("B1", "bt,et,event\n2000,2400,charge\n1500,2300,\n,2250,\n1600,2300,FC\n")
    assert log.bean == [2000, 1500, None, 1600]
    assert log.events == {"CHARGE": 0, "FC": 3}
    with pytest.raises(ValueError):
        parse_batch_log("B1", "2000,2400,CHARGE\n2000,2400,CHARGE\n")
    with pytest.raises(ValueError):
        parse_batch_log("B1", "2000,hot,\n")


def test_report() -> None:
    rows = ["bt,et,event"]
    for second in range(0, 600):
        bean = 2000 - 10 * second if second < 60 else 1400 + 3 * (second - 60)
        event = {0: "CHARGE", 450: "FC", 540: "DROP"}.get(second, "")
        rows.append(f"{bean},2400,{event}")
    report = batch_report(parse_batch_log("B7", "\n".join(rows), interval_s=1.0))
    assert report.roast_s == 540.0 and report.development_s == 90.0
    assert report.dtr_percent == 16.7
    assert report.turning_point_c == 140.0 and report.drop_c == 2840 / 10
    assert report.ror_at_fc == 18.0
    assert not report.crashed
    with pytest.raises(ValueError):
        batch_report(parse_batch_log("B8", "2000,2400,CHARGE\n"))
